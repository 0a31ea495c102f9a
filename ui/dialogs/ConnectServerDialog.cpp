#include "ConnectServerDialog.h"

#include "DialogSetup.h"

#include "storage/DatabaseAddress.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
constexpr int DefaultPort = 5432;
const QString Prefer = QStringLiteral("prefer");
} // namespace

ConnectServerDialog::ConnectServerDialog(const QStringList &remembered, QWidget *parent)
    : QDialog(parent)
{
    DialogSetup::install(this);
    setObjectName(QStringLiteral("connectServerDialog"));
    setWindowTitle(tr("Connect to Team Server"));
    auto *intro = new QLabel(tr("Your coordinator tells you the server and the database. When "
                                "the server asks for a password, DuoCoach asks you for it; it is "
                                "never saved."));
    intro->setWordWrap(true);

    m_remembered = new QComboBox;
    m_remembered->setObjectName(QStringLiteral("rememberedServers"));
    m_remembered->addItem(tr("New server"), QString());
    for (const QString &address : remembered) {
        auto parsed = DatabaseAddress::parse(address);
        if (!parsed || !parsed->isServer())
            continue;
        const QString user = parsed->userName().isEmpty() ? loginName() : parsed->userName();
        m_remembered->addItem(tr("%1 (user %2)").arg(parsed->displayName(), user), address);
    }
    m_host = new QLineEdit;
    m_host->setObjectName(QStringLiteral("serverHost"));
    m_host->setPlaceholderText(tr("for example db.example.org"));
    m_port = new QSpinBox;
    m_port->setObjectName(QStringLiteral("serverPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(DefaultPort);
    // A port is a number, not an amount: no thousands separator ("5.432").
    m_port->setGroupSeparatorShown(false);
    m_database = new QLineEdit;
    m_database->setObjectName(QStringLiteral("serverDatabase"));
    m_user = new QLineEdit(loginName());
    m_user->setObjectName(QStringLiteral("serverUser"));
    m_ssl = new QComboBox;
    m_ssl->setObjectName(QStringLiteral("serverSsl"));
    m_ssl->addItem(tr("When the server offers it"), Prefer);
    m_ssl->addItem(tr("Always"), QStringLiteral("require"));
    m_ssl->addItem(tr("Always, with the server's certificate checked"),
                   QStringLiteral("verify-full"));

    auto *form = new QFormLayout;
    m_rememberedLabel = new QLabel(tr("&Remembered:"));
    form->addRow(m_rememberedLabel, m_remembered);
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Encryption:"), m_ssl);
    // A first connection has nothing to pick from.
    m_rememberedLabel->setVisible(m_remembered->count() > 1);
    m_remembered->setVisible(m_remembered->count() > 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_connect = buttons->button(QDialogButtonBox::Ok);
    m_connect->setText(tr("Connect"));
    m_connect->setObjectName(QStringLiteral("connectButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_remembered, &QComboBox::activated, this,
            [this](int index) { fillFrom(m_remembered->itemData(index).toString()); });
    // Most often the user connects to the server of last time: it is filled in already.
    if (m_remembered->count() > 1) {
        m_remembered->setCurrentIndex(1);
        fillFrom(m_remembered->itemData(1).toString());
    }
    connect(m_host, &QLineEdit::textChanged, this, &ConnectServerDialog::updateButton);
    connect(m_database, &QLineEdit::textChanged, this, &ConnectServerDialog::updateButton);
    updateButton();
}

QString ConnectServerDialog::loginName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("LOGNAME");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME"); // Windows
    if (name.isEmpty())
        name = QDir::home().dirName(); // a session without them (a service, a container)
    return name;
}

QString ConnectServerDialog::address() const
{
    const QString ssl = m_ssl->currentData().toString();
    // libpq's own default is left out, so the address stays as short as a person writes it.
    return DatabaseAddress::serverText(m_host->text().trimmed(), m_port->value(),
                                       m_database->text().trimmed(), m_user->text().trimmed(),
                                       ssl == Prefer ? QString() : ssl);
}

void ConnectServerDialog::fillFrom(const QString &address)
{
    auto parsed = DatabaseAddress::parse(address);
    if (address.isEmpty() || !parsed) {
        // "New server": a clean form, as on a first connection.
        m_host->clear();
        m_port->setValue(DefaultPort);
        m_database->clear();
        m_user->setText(loginName());
        m_ssl->setCurrentIndex(0);
        return;
    }
    m_host->setText(parsed->hostName());
    m_port->setValue(parsed->port() > 0 ? parsed->port() : DefaultPort);
    m_database->setText(parsed->databaseName());
    m_user->setText(parsed->userName());
    const int ssl = m_ssl->findData(parsed->sslMode().isEmpty() ? Prefer : parsed->sslMode());
    m_ssl->setCurrentIndex(std::max(0, ssl));
}

void ConnectServerDialog::updateButton()
{
    m_connect->setEnabled(!m_host->text().trimmed().isEmpty() &&
                          !m_database->text().trimmed().isEmpty());
}
