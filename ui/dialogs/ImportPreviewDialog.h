#pragma once
// What an import will do, shown before anything is written: how many rows come in, the first of
// them as they will be stored, and the rows already in the database that are left out. Import
// or Cancel; all or nothing stays the rule (ImportFlow writes the rest in one transaction).

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

class ImportPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    struct Preview
    {
        QString title;   // "Import Families"
        QString summary; // the counts in one or two sentences
        QStringList headers;
        QList<QStringList> rows; // the first rows to be added, as they will be stored
        int added = 0;           // all rows to be added
        QStringList leftOut;     // "row 4: Öztürk, G-2026-0012", one an entry
    };
    // Rows of the table at most: enough to see the columns were read right.
    static constexpr int ShownRows = 10;

    ImportPreviewDialog(const Preview &preview, QWidget *parent = nullptr);

    // Shows the preview modally; true when the user chose to import. Answered in advance like a
    // message box (MessageBox::setNextAnswer: Yes imports), with the summary as its text.
    static bool confirm(QWidget *parent, const Preview &preview);

    QTableWidget *rowsTable() const { return m_rows; }
    QListWidget *leftOutList() const { return m_leftOut; }
    QPushButton *importButton() const { return m_import; }

private:
    QTableWidget *m_rows = nullptr;
    QListWidget *m_leftOut = nullptr;
    QPushButton *m_import = nullptr;
};
