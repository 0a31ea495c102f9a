#pragma once
// Asks for the password of a server login, when the server asks for one that libpq's
// PGPASSWORD, ~/.pgpass or PGPASSFILE did not give, or refused the one given. Echo off; the
// answer is handed to the connection and kept nowhere else (not in settings, not in the
// address, not in recent files).

#include <QCoreApplication>

#include <optional>

class QWidget;

class PasswordPrompt
{
    Q_DECLARE_TR_FUNCTIONS(PasswordPrompt)
public:
    // `why` is the server's refusal as one sentence; no value when the user cancelled.
    static std::optional<QString> ask(QWidget *parent, const QString &why, const QString &user);

    // The object name of the prompt, for tests that answer it.
    static QString objectName() { return QStringLiteral("passwordPrompt"); }
};
