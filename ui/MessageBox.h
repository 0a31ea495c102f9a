#pragma once
// Every modal message box of the GUI goes through here, so tests can answer one in advance
// (setNextAnswer) instead of hanging on a dialog nobody clicks.

#include <QMessageBox>

#include <optional>

class MessageBox
{
public:
    static QMessageBox::StandardButton
    question(QWidget *parent, const QString &title, const QString &text,
             QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
             QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    static QMessageBox::StandardButton critical(QWidget *parent, const QString &title,
                                                const QString &text);
    static QMessageBox::StandardButton information(QWidget *parent, const QString &title,
                                                   const QString &text);

    // A question whose answers say what they do ("Plan Anyway", "Only This Visit"): each
    // standard button of `answers` shows its text. Answered in advance like the others.
    static QMessageBox::StandardButton
    choose(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
           const QList<QPair<QMessageBox::StandardButton, QString>> &answers,
           QMessageBox::StandardButton defaultButton);

    // The next message box returns this at once without being shown; used once, then cleared.
    static void setNextAnswer(QMessageBox::StandardButton button);
    // The text of the last message box, shown or answered in advance: tests check what was said.
    static QString lastText();
    // For a dialog of its own that is answered like a message box (ImportPreviewDialog): records
    // `text` as the last text and returns the answer set in advance, if one was.
    static std::optional<QMessageBox::StandardButton> takeNextAnswer(const QString &text);

private:
    static QMessageBox::StandardButton show(QMessageBox::Icon icon, QWidget *parent,
                                            const QString &title, const QString &text,
                                            QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton);

    static QMessageBox::StandardButton s_nextAnswer;
    static QString s_lastText;
};
