#include "ReviewFeedback.h"

#include "PackageCrypto.h"
#include "SecureBytes.h"
#include "storage/InputFile.h"
#include "storage/PrivateFile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
// Identifies the file, so any other JSON file of that name is refused, not read as feedback.
const QLatin1String Format("duocoach-review-feedback");
constexpr int Version = 1;
// Feedback is typed by a person: megabytes at most; a larger file is not feedback.
constexpr qint64 MaxFeedbackBytes = 64 * 1024 * 1024;

QString cleaned(QString text)
{
    return text.trimmed().isEmpty() ? QString() : std::move(text);
}

void put(QMap<qint64, QString> &notes, qint64 id, QString text)
{
    text = cleaned(std::move(text));
    if (text.isEmpty())
        notes.remove(id);
    else
        notes.insert(id, text);
}

QJsonObject toJson(const QMap<qint64, QString> &notes)
{
    QJsonObject object;
    for (auto it = notes.cbegin(); it != notes.cend(); ++it)
        object.insert(QString::number(it.key()), it.value());
    return object;
}

// False when a key is no id or a value no text.
bool fromJson(const QJsonValue &value, QMap<qint64, QString> *notes)
{
    if (value.isUndefined())
        return true;
    if (!value.isObject())
        return false;
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        bool ok = false;
        const qint64 id = it.key().toLongLong(&ok);
        if (!ok || id <= 0 || !it.value().isString())
            return false;
        put(*notes, id, it.value().toString());
    }
    return true;
}
} // namespace

QString ReviewFeedback::pathFor(const QString &packagePath)
{
    return packagePath + QStringLiteral(".feedback.json");
}

Result<ReviewFeedback> ReviewFeedback::load(const QString &packagePath,
                                            const QByteArray &contentSha256,
                                            const QString &passphrase)
{
    ReviewFeedback feedback;
    feedback.m_packagePath = packagePath;
    feedback.m_packageSha256 = contentSha256.toLower();
    feedback.m_passphrase = passphrase;
    const QString path = pathFor(packagePath);
    const QString name = QFileInfo(path).fileName();
    if (!QFileInfo::exists(path) && !QFileInfo(path).isSymLink())
        return feedback;
    auto read = InputFile::readAll(path, MaxFeedbackBytes);
    if (!read)
        return read.error();
    SecureBytes plaintext;
    if (PackageCrypto::isEncrypted(read.value())) {
        if (passphrase.isEmpty())
            return Error::refused(tr("The feedback file \"%1\" is encrypted, but its package is "
                                     "not; it was left as it is.")
                                      .arg(name));
        auto decrypted = PackageCrypto::decrypt(read.value(), passphrase, name);
        if (!decrypted)
            return decrypted.error();
        plaintext = std::move(decrypted).value();
    } else {
        plaintext = SecureBytes::copyOf(read.value());
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(
        QByteArray::fromRawData(plaintext.view().data(), plaintext.view().size()), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::refused(tr("The feedback file \"%1\" is damaged (%2 at character %3); it "
                                 "was left as it is.")
                                  .arg(name, parseError.errorString())
                                  .arg(parseError.offset));
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(QStringLiteral("format")).toString() != Format)
        return Error::refused(
            tr("The file \"%1\" is not feedback on a supervision package; it was left as it is.")
                .arg(name));
    if (root.value(QStringLiteral("version")).toInt() > Version)
        return Error::refused(
            tr("The feedback file \"%1\" was written by a newer version of DuoCoach.").arg(name));
    const QByteArray stored =
        root.value(QStringLiteral("package_sha256")).toString().toLatin1().toLower();
    if (!contentSha256.isEmpty() && !stored.isEmpty() && stored != feedback.m_packageSha256)
        return Error::refused(tr("The feedback file \"%1\" was written for another package (its "
                                 "content differs); it was left as it is.")
                                  .arg(name));
    if (feedback.m_packageSha256.isEmpty())
        feedback.m_packageSha256 = stored;
    const QJsonValue general = root.value(QStringLiteral("general"));
    if (!(general.isUndefined() || general.isString()) ||
        !fromJson(root.value(QStringLiteral("duos")), &feedback.m_duos) ||
        !fromJson(root.value(QStringLiteral("visits")), &feedback.m_visits))
        return Error::refused(
            tr("The feedback file \"%1\" is damaged (a note is not text or not tied to a "
               "number); it was left as it is.")
                .arg(name));
    feedback.m_general = cleaned(general.toString());
    feedback.m_sourceDatabase = root.value(QStringLiteral("source_database")).toString();
    feedback.m_savedAt =
        QDateTime::fromString(root.value(QStringLiteral("saved_at")).toString(), Qt::ISODate);
    return feedback;
}

void ReviewFeedback::setGeneral(QString text)
{
    m_general = cleaned(std::move(text));
}

void ReviewFeedback::setForDuo(qint64 duoId, QString text)
{
    put(m_duos, duoId, std::move(text));
}

void ReviewFeedback::setForVisit(qint64 visitId, QString text)
{
    put(m_visits, visitId, std::move(text));
}

bool ReviewFeedback::isEmpty() const
{
    return m_general.isEmpty() && m_duos.isEmpty() && m_visits.isEmpty();
}

Status ReviewFeedback::save() const
{
    const QString path = pathFor(m_packagePath);
    const QString name = QFileInfo(path).fileName();
    if (m_packagePath.isEmpty())
        return Error::invalid(tr("The feedback belongs to no package and cannot be saved."));
    const QDateTime now = QDateTime::currentDateTime();
    QJsonObject root{
        {QStringLiteral("format"), QString(Format)},
        {QStringLiteral("version"), Version},
        {QStringLiteral("package"), QFileInfo(m_packagePath).fileName()},
        {QStringLiteral("package_sha256"), QString::fromLatin1(m_packageSha256)},
        {QStringLiteral("source_database"), m_sourceDatabase},
        {QStringLiteral("saved_at"),
         now.toOffsetFromUtc(now.offsetFromUtc()).toString(Qt::ISODate)},
        {QStringLiteral("general"), m_general},
        {QStringLiteral("duos"), toJson(m_duos)},
        {QStringLiteral("visits"), toJson(m_visits)},
    };
    QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);
    if (!m_passphrase.isEmpty()) {
        // Encrypted in memory: the plaintext never reaches the disk, not even a temporary file.
        const SecureBytes plaintext = SecureBytes::copyOf(bytes);
        bytes.fill('\0');
        auto sealed = PackageCrypto::encrypt(plaintext, m_passphrase);
        if (!sealed)
            return sealed.error();
        bytes = std::move(sealed).value();
    }
    // Feedback on a family's visits is as private as the package: owner only, and never over
    // the package itself.
    PrivateFile file(path, m_packagePath);
    if (Status opened = file.openForWriting(); !opened)
        return opened.error().kind == Error::Kind::Refused
                   ? opened.error()
                   : Error::storage(tr("Could not save the feedback in \"%1\": %2")
                                        .arg(name, file.errorString()));
    if (file.write(bytes) != bytes.size())
        return Error::storage(
            tr("Could not save the feedback in \"%1\": %2").arg(name, file.errorString()));
    if (Status published = file.publish(); !published)
        return published.error();
    m_savedAt = now;
    return {};
}

bool ReviewFeedback::operator==(const ReviewFeedback &other) const
{
    return m_general == other.m_general && m_duos == other.m_duos && m_visits == other.m_visits;
}
