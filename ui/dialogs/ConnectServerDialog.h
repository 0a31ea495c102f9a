#pragma once
// File > Connect to Team Server: the parts of a server address as a coordinator hands them
// out (server, port, database, user name, encryption), or one of the servers connected to
// before (Settings::Key::RememberedServers, never with a password). The address is built by
// DatabaseAddress; the password, when the server asks for one, is asked for on connecting
// (DatabaseOpener), not here. Not modal, so tests can fill it in.

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

class ConnectServerDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectServerDialog(const QStringList &remembered, QWidget *parent = nullptr);

    // The postgresql:// URI of what was filled in.
    QString address() const;

    QComboBox *rememberedBox() const { return m_remembered; }
    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portBox() const { return m_port; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *userEdit() const { return m_user; }
    QComboBox *sslBox() const { return m_ssl; }
    QPushButton *connectButton() const { return m_connect; }

    // The name the computer's user logs in with: libpq's own default for the user name.
    static QString loginName();

private:
    // Fills the fields from a remembered address.
    void fillFrom(const QString &address);
    void updateButton();

    QComboBox *m_remembered = nullptr;
    QLabel *m_rememberedLabel = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QComboBox *m_ssl = nullptr;
    QPushButton *m_connect = nullptr;
};
