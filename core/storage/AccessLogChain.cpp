#include "AccessLogChain.h"

#include "BatchInserter.h"
#include "Database.h"
#include "PrivateFile.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

#include <openssl/evp.h>

namespace {
constexpr qint64 MaxSealBytes = 512;
const QByteArray SealTag = QByteArrayLiteral("DUOCOACH-LOG-SEAL-1 ");

const QString EntryColumns = QStringLiteral(
    "l.id, l.at, l.user_name, l.user_role, l.account, l.action, l.family_id, l.case_code, "
    "l.outcome, l.detail");
constexpr int EntryFields = 10;

void putBig(QByteArray &out, quint64 value, int bytes)
{
    for (int i = bytes - 1; i >= 0; --i)
        out.append(char((value >> (8 * i)) & 0xff));
}

void encode(QByteArray &out, const QVariant &value)
{
    if (value.isNull()) {
        out.append('N');
    } else if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int ||
               value.typeId() == QMetaType::ULongLong || value.typeId() == QMetaType::UInt) {
        out.append('I');
        putBig(out, quint64(value.toLongLong()), 8);
    } else {
        const QByteArray utf8 = value.toString().toUtf8();
        out.append('S');
        putBig(out, quint64(utf8.size()), 4);
        out.append(utf8);
    }
}
} // namespace

QString AccessLogChain::Head::text() const
{
    return entryId ? QStringLiteral("%1:%2").arg(entryId).arg(QString::fromLatin1(sha256))
                   : QString();
}

QByteArray AccessLogChain::entryHash(const QByteArray &previous, const QVariantList &fields)
{
    QByteArray data = QByteArrayLiteral("DUOCOACH-LOG-1");
    data.append(previous.isEmpty() ? QByteArray(32, '\0') : QByteArray::fromHex(previous));
    for (const QVariant &field : fields)
        encode(data, field);
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (EVP_Digest(data.constData(), std::size_t(data.size()), digest, &size, EVP_sha256(),
                   nullptr) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char *>(digest), int(size)).toHex();
}

QString AccessLogChain::sealPath(const QString &databaseFile)
{
    return databaseFile + QStringLiteral(".seal");
}

QString AccessLogChain::readSeal(const QString &databaseFile)
{
    QFile file(sealPath(databaseFile));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray line = file.read(MaxSealBytes).trimmed();
    // "ID:SHA256" exactly; anything else (a line cut off by a kill) counts as no seal.
    static const QRegularExpression form(QStringLiteral("^[1-9][0-9]{0,18}:[0-9a-f]{64}$"));
    const QString seal = QString::fromLatin1(line.mid(SealTag.size()));
    return line.startsWith(SealTag) && form.match(seal).hasMatch() ? seal : QString();
}

Result<AccessLogChain::Head> AccessLogChain::head(const Database &db)
{
    if (db.isServer())
        return Head();
    auto q = db.exec(QStringLiteral(
        "SELECT entry_id, sha256 FROM access_log_chain ORDER BY entry_id DESC LIMIT 1"));
    if (!q)
        return q.error();
    Head head;
    if (q.value()->next()) {
        head.entryId = q.value()->value(0).toLongLong();
        head.sha256 = q.value()->value(1).toString().toLatin1();
    }
    q.value()->finish();
    return head;
}

Status AccessLogChain::extend()
{
    if (m_db.isServer())
        return {};
    auto last = head(m_db);
    if (!last)
        return last.error();
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM access_log l WHERE l.id > ? ORDER BY l.id")
                           .arg(EntryColumns),
                       {last->entryId});
    if (!q)
        return q.error();
    QList<std::pair<qint64, QByteArray>> links;
    QByteArray previous = last->sha256;
    while (q.value()->next()) {
        QVariantList fields;
        for (int i = 0; i < EntryFields; ++i)
            fields << q.value()->value(i);
        previous = entryHash(previous, fields);
        links.append({fields.at(0).toLongLong(), previous});
    }
    if (links.isEmpty())
        return {};
    BatchInserter rows(m_db, QStringLiteral("access_log_chain"),
                       {QStringLiteral("entry_id"), QStringLiteral("sha256")});
    for (const auto &[id, sha] : std::as_const(links))
        if (Status added = rows.add({id, QString::fromLatin1(sha)}); !added)
            return added;
    if (Status flushed = rows.flush(); !flushed)
        return flushed;
    const QString path = m_db.filePath();
    if (!path.isEmpty()) {
        const QByteArray seal =
            SealTag + Head{links.constLast().first, links.constLast().second}.text().toLatin1() +
            '\n';
        // After the commit: a seal naming an entry a rollback took back would look like a
        // deletion. A seal that fails to be written only stays behind (older, still true).
        const qint64 sealedId = links.constLast().first;
        m_db.afterCommit([path, seal, sealedId] {
            // Never back: another program on the same file may have sealed a newer entry.
            if (readSeal(path).section(QLatin1Char(':'), 0, 0).toLongLong() > sealedId)
                return;
            // Written in place, owner-only from its creation: one short line, so a kill leaves
            // the old seal, the new one or a damaged line that readSeal() ignores, and never a
            // temporary file beside the database.
            QFile file(sealPath(path));
            if (file.open(QIODevice::WriteOnly | QIODevice::Truncate, PrivateFile::OwnerOnly))
                file.write(seal);
        });
    }
    return {};
}

Result<AccessLogChain::Verdict> AccessLogChain::verify() const
{
    Verdict verdict;
    if (m_db.isServer()) {
        verdict.kept = false;
        return verdict;
    }
    // Every entry and every chain row, in id order: an entry without its row, a row without
    // its entry, and a hash that does not follow are each a break.
    auto q = m_db.exec(
        QStringLiteral("SELECT %1, c.sha256, l.id FROM access_log l LEFT JOIN "
                       "access_log_chain c ON c.entry_id = l.id "
                       "UNION ALL SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, "
                       "NULL, c.sha256, c.entry_id FROM access_log_chain c "
                       "WHERE c.entry_id NOT IN (SELECT id FROM access_log) "
                       "ORDER BY 12")
            .arg(EntryColumns));
    if (!q)
        return q.error();
    QSqlQuery &rows = *q.value();
    QByteArray previous;
    qint64 previousId = 0;
    qint64 firstUnchained = 0;
    const auto broken = [&](qint64 at, const QString &problem) {
        verdict.brokenAt = at;
        verdict.problem = problem;
        rows.finish();
        return verdict;
    };
    while (rows.next()) {
        const bool hasEntry = !rows.value(0).isNull();
        const bool hasLink = !rows.value(10).isNull();
        const qint64 id = rows.value(11).toLongLong();
        if (!hasLink) {
            if (!firstUnchained)
                firstUnchained = id;
            ++verdict.unchained;
            continue;
        }
        if (firstUnchained)
            return broken(firstUnchained,
                          tr("entry %1 was added outside DuoCoach (it has no place in the "
                             "chain, and entries after it have)")
                              .arg(firstUnchained));
        if (!hasEntry)
            return broken(id, tr("entry %1 was deleted").arg(id));
        QVariantList fields;
        for (int i = 0; i < EntryFields; ++i)
            fields << rows.value(i);
        const QByteArray stored = rows.value(10).toString().toLatin1();
        if (entryHash(previous, fields) != stored)
            return broken(id, previousId ? tr("the chain breaks at entry %1: it was changed, or "
                                              "an entry between %2 and %1 was deleted or added")
                                               .arg(id)
                                               .arg(previousId)
                                         : tr("the chain breaks at entry %1, its first: it was "
                                              "changed, or an entry before it was deleted")
                                               .arg(id));
        previous = stored;
        previousId = id;
        ++verdict.entries;
    }
    rows.finish();
    verdict.sealedUpTo = previousId;

    // The seal file names the newest entry chained when it was written: it must still be in
    // the chain, with the same hash. Newer chained entries are fine (a program killed between
    // its commit and the seal's write leaves the seal one step behind); entries without a place
    // in the chain are not, once DuoCoach has sealed this file: it chains every entry it adds.
    const QString seal = readSeal(m_db.filePath());
    if (!seal.isEmpty()) {
        const qint64 sealedId = seal.section(QLatin1Char(':'), 0, 0).toLongLong();
        const QByteArray sealedSha = seal.section(QLatin1Char(':'), 1).toLatin1();
        auto found = m_db.scalar(
            QStringLiteral("SELECT sha256 FROM access_log_chain WHERE entry_id = ?"), {sealedId});
        if (!found)
            return found.error();
        if (found->isNull())
            return broken(sealedId, tr("the newest entries were removed: the seal beside the "
                                       "database names entry %1, which is no longer in the log")
                                        .arg(sealedId));
        if (found->toString().toLatin1() != sealedSha)
            return broken(sealedId, tr("the log was rewritten: entry %1 no longer has the hash "
                                       "the seal beside the database holds")
                                        .arg(sealedId));
        if (firstUnchained)
            return broken(firstUnchained, tr("entry %1 was added outside DuoCoach (it has no "
                                             "place in the chain)")
                                              .arg(firstUnchained));
    }
    return verdict;
}
