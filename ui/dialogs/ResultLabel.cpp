#include "ResultLabel.h"

ResultLabel::ResultLabel(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("result"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
}

void ResultLabel::say(const QString &sentence, bool failed)
{
    if (failed) {
        // The warning colour of the forms (EditDialog).
        QPalette colours = palette();
        colours.setColor(QPalette::WindowText, QColor(0xb0, 0x3a, 0x2e));
        setPalette(colours);
    } else {
        setPalette(QPalette()); // nothing set: the form's own text colour again
    }
    setText(sentence);
    // A sentence of two or three lines must not squeeze the form above it: the dialog grows
    // to fit (never shrinks, should the user have made it larger).
    if (QWidget *dialog = window(); dialog != this && dialog->isVisible())
        dialog->resize(dialog->size().expandedTo(dialog->sizeHint()));
}
