#include "PasswordPrompt.h"

#include <QInputDialog>
#include <QLineEdit>

std::optional<QString> PasswordPrompt::ask(QWidget *parent, const QString &why, const QString &user)
{
    QInputDialog dialog(parent);
    dialog.setObjectName(objectName());
    dialog.setWindowTitle(tr("Password"));
    dialog.setInputMode(QInputDialog::TextInput);
    dialog.setTextEchoMode(QLineEdit::Password);
    dialog.setLabelText(why + QStringLiteral("\n\n") +
                        (user.isEmpty() ? tr("Password:") : tr("Password for %1:").arg(user)));
    dialog.setOkButtonText(tr("Connect"));
    dialog.setCancelButtonText(tr("Cancel"));
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.textValue();
}
