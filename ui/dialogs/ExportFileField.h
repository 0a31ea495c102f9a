#pragma once
// The file an export form writes to: a path to type, in the user's documents folder to begin
// with, and Browse… for the system's file chooser. The chooser asks itself before replacing a
// file, so the form asks only about typed names (replaceConfirmed()).

#include <QWidget>

class QLineEdit;
class QPushButton;

class ExportFileField : public QWidget
{
    Q_OBJECT
public:
    // `fileName` in the documents folder; `filter` and `suffix` for the chooser.
    ExportFileField(const QString &fileName, const QString &filter, const QString &suffix,
                    QWidget *parent = nullptr);

    QLineEdit *lineEdit() const { return m_path; }
    QPushButton *browseButton() const { return m_browse; }
    // The path as typed or chosen, trimmed and with the system's separators undone.
    QString path() const;
    // The file at path() was chosen in the file chooser, which asked about replacing it.
    bool replaceConfirmed() const;

private:
    void browse();

    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QString m_filter;
    QString m_suffix;
    QString m_confirmedPath;
};
