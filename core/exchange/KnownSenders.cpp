#include "KnownSenders.h"

#include "SigningKey.h"
#include "storage/InputFile.h"
#include "storage/PrivateFile.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace {
constexpr qint64 MaxListBytes = 1024 * 1024;

// Splits a list line into its fingerprint and who it names. The fingerprint may be grouped by
// spaces, so the name starts at the first word that is not hex.
std::pair<QString, QString> parseLine(const QString &line)
{
    const QStringList words = line.simplified().split(QLatin1Char(' '));
    QString fingerprint;
    qsizetype i = 0;
    while (i < words.size() && SigningKey::normalizedFingerprint(fingerprint).isEmpty())
        fingerprint += words.at(i++);
    return {SigningKey::normalizedFingerprint(fingerprint), words.mid(i).join(QLatin1Char(' '))};
}
} // namespace

QString KnownSenders::userListPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("known-senders"));
}

KnownSenders KnownSenders::load()
{
    KnownSenders senders;
    QDirIterator keys(SigningKey::folder(), {QStringLiteral("*.key")}, QDir::Files);
    while (keys.hasNext()) {
        const QString path = keys.next();
        // Only the public half is needed; reading the key checks it too.
        if (auto key = SigningKey::forDatabase(QFileInfo(path).completeBaseName()))
            senders.m_senders.insert(key->fingerprint(), tr("this computer"));
    }
    QFile list(userListPath());
    if (list.open(QIODevice::ReadOnly)) {
        const QStringList lines =
            QString::fromUtf8(list.read(MaxListBytes)).split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            if (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1Char('#')))
                continue;
            const auto [fingerprint, who] = parseLine(line);
            if (!fingerprint.isEmpty())
                senders.m_senders.insert(fingerprint, who);
        }
    }
    return senders;
}

Status KnownSenders::addFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    if (Status ordinary = InputFile::check(path, MaxListBytes); !ordinary)
        return ordinary.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::refused(tr("The list of known senders \"%1\" cannot be read: %2")
                                  .arg(name, file.errorString()));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    QHash<QString, QString> read;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const auto [fingerprint, who] = parseLine(line);
        if (fingerprint.isEmpty())
            return Error::refused(tr("Line %1 of \"%2\" does not start with a key's fingerprint "
                                     "(32 hexadecimal digits).")
                                      .arg(i + 1)
                                      .arg(name));
        read.insert(fingerprint, who);
    }
    m_senders.insert(read);
    return {};
}

Status KnownSenders::add(const QString &fingerprint, const QString &who)
{
    const QString normalized = SigningKey::normalizedFingerprint(fingerprint);
    if (normalized.isEmpty())
        return Error::invalid(
            tr("\"%1\" is not a key's fingerprint (32 hexadecimal digits).").arg(fingerprint));
    m_senders.insert(normalized, who);
    return {};
}

bool KnownSenders::contains(const QString &fingerprint) const
{
    return m_senders.contains(SigningKey::normalizedFingerprint(fingerprint));
}

QString KnownSenders::who(const QString &fingerprint) const
{
    return m_senders.value(SigningKey::normalizedFingerprint(fingerprint));
}

Status KnownSenders::remember(const QString &fingerprint, const QString &who)
{
    const QString normalized = SigningKey::normalizedFingerprint(fingerprint);
    if (normalized.isEmpty())
        return Error::invalid(
            tr("\"%1\" is not a key's fingerprint (32 hexadecimal digits).").arg(fingerprint));
    const QString path = userListPath();
    QByteArray content;
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly))
        content = existing.read(MaxListBytes);
    existing.close();
    if (!content.isEmpty() && !content.endsWith('\n'))
        content += '\n';
    content +=
        (normalized + QLatin1Char(' ') + QString(who).simplified()).trimmed().toUtf8() + '\n';
    QDir().mkpath(QFileInfo(path).absolutePath());
    PrivateFile file(path);
    Status written = file.openForWriting();
    if (written && file.write(content) != content.size())
        written = file.writeError();
    if (written)
        written = file.publish();
    return written;
}
