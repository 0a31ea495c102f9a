#pragma once
// Cells and headers of the review window's tables of figures.

#include <QString>

class QLabel;
class QTableWidgetItem;

namespace FigureCells {
// A read-only cell; a number is aligned right.
QTableWidgetItem *cell(const QString &text, bool number = true);
// A long header on two lines, broken at the space nearest its middle, so many columns and the
// duos' names fit side by side in any language.
QString twoLines(const QString &text);
// A bold heading above a table.
QLabel *heading(const QString &text);
} // namespace FigureCells
