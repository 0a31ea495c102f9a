#include "PassphrasePrompt.h"

#include <QInputDialog>
#include <QLineEdit>

QStringList PassphrasePrompt::s_answers;
int PassphrasePrompt::s_asked = 0;

QString PassphrasePrompt::ask(QWidget *parent, const QString &packageName, const QString &problem)
{
    ++s_asked;
    if (!s_answers.isEmpty())
        return s_answers.takeFirst();
    QString text = tr("The package \"%1\" is encrypted. Type its passphrase:").arg(packageName);
    if (!problem.isEmpty())
        text = problem + QStringLiteral("\n\n") + text;
    bool ok = false;
    const QString typed = QInputDialog::getText(parent, tr("Open Supervision Package"), text,
                                                QLineEdit::Password, QString(), &ok);
    // OK on an empty field is not Cancel: the opener asks again.
    return ok ? (typed.isNull() ? QStringLiteral("") : typed) : QString();
}

void PassphrasePrompt::setNextAnswers(const QStringList &answers)
{
    s_answers = answers;
    s_asked = 0;
}

int PassphrasePrompt::askedCount()
{
    return s_asked;
}
