#include "SupervisionFeedbackImport.h"

#include "exchange/PackageCrypto.h"
#include "exchange/ReviewFeedback.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/SupervisionFeedbackStore.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace {
const QLatin1String Suffix(".feedback.json");

struct ExportRow
{
    qint64 id = 0;
    qint64 duoId = 0;
    qint64 workerId = 0;
    QString fileName;
    QDate from;
    QDate to;
};
} // namespace

bool SupervisionFeedbackImport::isEncrypted(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return PackageCrypto::isEncrypted(file.read(PackageCrypto::HeaderSize));
}

Result<SupervisionFeedbackImport::Summary> SupervisionFeedbackImport::run(Database &db,
                                                                          const Actor &actor,
                                                                          const QString &path,
                                                                          const QString &passphrase)
{
    auto feedback = read(path, passphrase);
    if (!feedback)
        return feedback.error();
    return run(db, actor, feedback.value());
}

Result<ReviewFeedback> SupervisionFeedbackImport::read(const QString &path,
                                                       const QString &passphrase)
{
    const QString name = QFileInfo(path).fileName();
    if (!path.endsWith(Suffix))
        return Error::invalid(tr("\"%1\" is not a feedback file: its name does not end in "
                                 "\"%2\"; nothing was imported.")
                                  .arg(name, Suffix));
    if (!QFileInfo::exists(path))
        return Error::invalid(tr("The feedback file \"%1\" does not exist.").arg(path));
    if (isEncrypted(path) && passphrase.isEmpty())
        return Error::refused(tr("The feedback file \"%1\" is encrypted: give the passphrase of "
                                 "its package; nothing was imported.")
                                  .arg(name));
    auto loaded = ReviewFeedback::load(path.chopped(Suffix.size()), {}, passphrase);
    if (!loaded)
        return loaded.error();
    if (loaded->packageSha256().isEmpty())
        return Error::invalid(tr("The feedback file \"%1\" names no package; nothing was "
                                 "imported.")
                                  .arg(name));
    return loaded;
}

Result<SupervisionFeedbackImport::Summary>
SupervisionFeedbackImport::run(Database &db, const Actor &actor, const ReviewFeedback &feedback)
{
    const QString name = QFileInfo(ReviewFeedback::pathFor(feedback.packagePath())).fileName();

    auto identity = db.scalar(QStringLiteral("SELECT identity FROM database_identity"));
    if (!identity)
        return identity.error();
    if (!feedback.sourceDatabase().isEmpty() && feedback.sourceDatabase() != identity->toString())
        return Error::refused(tr("The feedback file \"%1\" is about a package from another "
                                 "database, not \"%2\"; nothing was imported.")
                                  .arg(name, db.displayName()));
    auto found = db.exec(QStringLiteral("SELECT id, duo_id, worker_id, file_name, from_date, "
                                        "to_date FROM supervision_exports WHERE "
                                        "content_sha256 = ? AND status = 'completed' "
                                        "ORDER BY id DESC"),
                         {QString::fromLatin1(feedback.packageSha256())});
    if (!found)
        return found.error();
    if (!found.value()->next())
        return Error::refused(tr("The feedback file \"%1\" is about a package that was not "
                                 "exported from \"%2\" (no export of this database has its "
                                 "content); nothing was imported.")
                                  .arg(name, db.displayName()));
    ExportRow source;
    source.id = found.value()->value(0).toLongLong();
    source.duoId = found.value()->value(1).toLongLong();
    source.workerId = found.value()->value(2).toLongLong();
    source.fileName = found.value()->value(3).toString();
    source.from = SqlValues::toDate(found.value()->value(4));
    source.to = SqlValues::toDate(found.value()->value(5));
    found.value()->finish();

    Summary summary;
    summary.exportId = source.id;
    summary.packageFile = source.fileName;
    summary.from = source.from;
    summary.to = source.to;
    const QDateTime now = QDateTime::currentDateTime();
    QDateTime written = feedback.savedAt().isValid() ? feedback.savedAt().toLocalTime() : now;
    const auto note = [&](SupervisionNote::Kind kind, qint64 duo, const QString &text) {
        SupervisionNote n;
        n.kind = kind;
        n.duoId = duo;
        n.note = text;
        n.writtenAt = written;
        n.importedAt = now;
        n.importedBy = actor.name;
        return n;
    };

    QList<SupervisionNote> notes;
    QList<qint64> families;
    Status done = db.transaction([&]() -> Status {
        // A general remark goes to the duo the package was about, to each duo of its worker,
        // or (a package of every duo) to the whole team.
        if (!feedback.general().isEmpty()) {
            QList<qint64> duos;
            if (source.duoId) {
                duos << source.duoId;
            } else if (source.workerId) {
                auto q = db.exec(QStringLiteral("SELECT id FROM duos WHERE trusted_person_id = ? "
                                                "OR professional_id = ? ORDER BY id"),
                                 {source.workerId, source.workerId});
                if (!q)
                    return q.error();
                while (q.value()->next())
                    duos << q.value()->value(0).toLongLong();
            }
            if (duos.isEmpty())
                duos << 0;
            for (qint64 duo : std::as_const(duos))
                notes << note(SupervisionNote::Kind::General, duo, feedback.general());
            summary.general = duos.size();
        }
        const auto &duoNotes = feedback.duoNotes();
        for (auto it = duoNotes.cbegin(); it != duoNotes.cend(); ++it) {
            auto exists =
                db.scalar(QStringLiteral("SELECT count(*) FROM duos WHERE id = ?"), {it.key()});
            if (!exists)
                return exists.error();
            if (exists->toInt() == 0) {
                ++summary.leftOut;
                continue;
            }
            notes << note(SupervisionNote::Kind::Duo, it.key(), it.value());
            ++summary.duos;
        }
        const auto &visitNotes = feedback.visitNotes();
        for (auto it = visitNotes.cbegin(); it != visitNotes.cend(); ++it) {
            auto visit = db.exec(
                QStringLiteral("SELECT duo_id, family_id FROM visits WHERE id = ?"), {it.key()});
            if (!visit)
                return visit.error();
            if (!visit.value()->next()) {
                ++summary.leftOut;
                continue;
            }
            SupervisionNote n = note(SupervisionNote::Kind::Visit,
                                     visit.value()->value(0).toLongLong(), it.value());
            n.visitId = it.key();
            n.familyId = visit.value()->value(1).toLongLong();
            visit.value()->finish();
            notes << n;
            if (!families.contains(n.familyId))
                families << n.familyId;
            ++summary.visits;
        }
        auto before = db.scalar(
            QStringLiteral("SELECT count(*) FROM supervision_feedback WHERE export_id = ?"),
            {source.id});
        if (!before)
            return before.error();
        summary.replaced = before->toInt() > 0;
        if (Status stored = SupervisionFeedbackStore(db).replace(source.id, notes); !stored)
            return stored;
        AccessLog log(db);
        const QString detail = QStringLiteral("supervision_feedback");
        return families.isEmpty()
                   ? log.record(actor, AccessAction::Import, 0, AccessOutcome::Success, detail)
                   : log.record(actor, AccessAction::Import, families, AccessOutcome::Success,
                                detail);
    });
    if (!done)
        return done.error();
    return summary;
}
