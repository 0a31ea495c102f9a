#pragma once
// What the export dialogs (calendar, supervision) share around their own fields: the intro on
// top, a form whose fields grow, the result sentence under it (ResultLabel) and the Close and
// Export buttons. The dialog adds its rows to form(), then calls finish() with its intro.

#include <QCoreApplication>
#include <QString>

class QDialog;
class QDialogButtonBox;
class QFormLayout;
class QLayout;
class QPushButton;
class QWidget;
class ResultLabel;

class ExportDialogFrame
{
    Q_DECLARE_TR_FUNCTIONS(ExportDialogFrame)
public:
    explicit ExportDialogFrame(QDialog *dialog);

    QFormLayout *form() const { return m_form; }
    // A row whose label (with its mnemonic) focuses `buddy`; `field` is what stands beside it,
    // the buddy itself when null.
    void addRow(const QString &label, QWidget *buddy, QWidget *field = nullptr);
    void addRow(const QString &label, QWidget *buddy, QLayout *fields);

    ResultLabel *result() const { return m_result; }
    QPushButton *exportButton() const { return m_export; }

    // Lays out intro, form, result and buttons in the dialog, at least `minimumWidth` wide.
    void finish(QWidget *intro, int minimumWidth);

private:
    QDialog *m_dialog;
    QFormLayout *m_form;
    ResultLabel *m_result;
    QDialogButtonBox *m_buttons;
    QPushButton *m_export;
};
