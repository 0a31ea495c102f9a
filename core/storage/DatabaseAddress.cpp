#include "DatabaseAddress.h"

#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

namespace {
// The libpq connection keywords an address may carry besides host and port. Others (a
// password, a service file that may hold one) are refused rather than passed on unseen.
const QStringList &optionKeywords()
{
    static const QStringList keywords = {QStringLiteral("sslmode"),
                                         QStringLiteral("sslrootcert"),
                                         QStringLiteral("sslcert"),
                                         QStringLiteral("sslkey"),
                                         QStringLiteral("connect_timeout"),
                                         QStringLiteral("application_name"),
                                         QStringLiteral("target_session_attrs"),
                                         QStringLiteral("gssencmode"),
                                         QStringLiteral("krbsrvname"),
                                         QStringLiteral("passfile")};
    return keywords;
}
} // namespace

bool DatabaseAddress::isServerAddress(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<DatabaseAddress> DatabaseAddress::parse(const QString &text)
{
    DatabaseAddress address;
    address.m_text = text;
    if (!isServerAddress(text))
        return address;

    address.m_server = true;
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return Error::invalid(tr("\"%1\" is not a valid server address (postgresql://user@host/"
                                 "database).")
                                  .arg(text));
    if (!url.password().isEmpty())
        return Error::invalid(tr("The server address may not contain a password: it would be "
                                 "visible to other programs. Use ~/.pgpass or PGPASSWORD."));
    address.m_host = url.host();
    address.m_port = url.port(-1);
    address.m_user = url.userName();
    address.m_database = url.path().mid(1);
    if (address.m_database.contains(QLatin1Char('/')))
        return Error::invalid(tr("\"%1\" is not a valid server address: \"%2\" is no database "
                                 "name.")
                                  .arg(text, address.m_database));

    QStringList options;
    bool timeoutGiven = false;
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (key == QLatin1String("host")) {
            address.m_host = value;
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            address.m_port = value.toInt(&ok);
            if (!ok || address.m_port <= 0 || address.m_port > 65535)
                return Error::invalid(
                    tr("\"%1\" is not a valid server address: port \"%2\" is no port number.")
                        .arg(text, value));
        } else if (key == QLatin1String("user")) {
            address.m_user = value;
        } else if (key == QLatin1String("dbname")) {
            address.m_database = value;
        } else if (key == QLatin1String("password")) {
            return Error::invalid(tr("The server address may not contain a password: it would "
                                     "be visible to other programs. Use ~/.pgpass or "
                                     "PGPASSWORD."));
        } else if (optionKeywords().contains(key)) {
            // libpq's conninfo quoting: values are single-quoted, with \ and ' escaped.
            QString quoted = value;
            quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
                .replace(QLatin1Char('\''), QLatin1String("\\'"));
            options << QStringLiteral("%1='%2'").arg(key, quoted);
            timeoutGiven = timeoutGiven || key == QLatin1String("connect_timeout");
            if (key == QLatin1String("sslmode"))
                address.m_sslMode = value;
        } else {
            return Error::invalid(
                tr("\"%1\" is not a valid server address: \"%2\" is not a connection setting "
                   "DuoCoach knows.")
                    .arg(text, key));
        }
    }
    // A server that does not answer is reported within seconds, not after the system's
    // TCP timeout of minutes.
    if (!timeoutGiven)
        options << QStringLiteral("connect_timeout=5");
    address.m_options = options.join(QLatin1Char(';'));
    return address;
}

QString DatabaseAddress::serverText(const QString &host, int port, const QString &database,
                                    const QString &user, const QString &sslMode)
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    QUrlQuery query;
    // A socket folder is no host name a URL can hold; libpq takes it from ?host= instead.
    const bool socket = host.startsWith(QLatin1Char('/'));
    if (socket)
        query.addQueryItem(QStringLiteral("host"), host);
    else
        url.setHost(host);
    if (!user.isEmpty())
        url.setUserName(user);
    if (port > 0 && port != 5432) {
        if (socket)
            query.addQueryItem(QStringLiteral("port"), QString::number(port));
        else
            url.setPort(port);
    }
    url.setPath(QLatin1Char('/') + database);
    if (!sslMode.isEmpty())
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    if (!query.isEmpty())
        url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

QString DatabaseAddress::serverName() const
{
    if (!m_server)
        return {};
    if (m_host.isEmpty() || m_host.startsWith(QLatin1Char('/')))
        return tr("this computer");
    return m_port > 0 ? QStringLiteral("%1:%2").arg(m_host).arg(m_port) : m_host;
}

QString DatabaseAddress::displayName() const
{
    if (!m_server)
        return QFileInfo(m_text).fileName();
    const QString database = m_database.isEmpty() ? m_user : m_database;
    return tr("%1 on %2").arg(database, serverName());
}
