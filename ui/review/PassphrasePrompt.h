#pragma once
// Asks the passphrase of an encrypted supervision package. Goes through here, as message boxes
// go through MessageBox, so tests can give the answers in advance instead of hanging on a
// dialog nobody types into.

#include <QCoreApplication>
#include <QStringList>

class QWidget;

class PassphrasePrompt
{
    Q_DECLARE_TR_FUNCTIONS(PassphrasePrompt)
public:
    // The passphrase typed, or a null string when the user cancelled. `problem`, when given,
    // says why the question is asked again (a passphrase that did not open the package).
    static QString ask(QWidget *parent, const QString &packageName, const QString &problem = {});

    // The next questions return these at once, in order, without being shown; a null string
    // answers "Cancel". Once all are used, questions are shown again.
    static void setNextAnswers(const QStringList &answers);
    // How often ask() was called since the last setNextAnswers().
    static int askedCount();

private:
    static QStringList s_answers;
    static int s_asked;
};
