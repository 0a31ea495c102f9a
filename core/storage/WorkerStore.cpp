#include "WorkerStore.h"

#include "BatchInserter.h"
#include "Database.h"
#include "SqlValues.h"
#include "domain/DomainText.h"
#include "domain/Languages.h"
#include "domain/Validation.h"

#include <QSet>

namespace {
const QString selectSql = QStringLiteral(
    "SELECT w.id, w.name, w.role, w.organisation_id, o.name, w.languages, w.district, w.gender, "
    "w.max_caseload, w.phone, w.email, w.active, w.row_version FROM workers w "
    "JOIN organisations o ON o.id = w.organisation_id ");

Worker fromRow(const QSqlQuery &q)
{
    Worker w;
    w.id = q.value(0).toLongLong();
    w.name = q.value(1).toString();
    w.role =
        DomainText::parse<WorkerRole>(q.value(2).toString()).value_or(WorkerRole::TrustedPerson);
    w.organisationId = q.value(3).toLongLong();
    w.organisationName = q.value(4).toString();
    w.languages = Languages::split(q.value(5).toString());
    w.district = q.value(6).toString();
    w.gender = DomainText::parse<Gender>(q.value(7).toString()).value_or(Gender::Other);
    w.maxCaseload = q.value(8).toInt();
    w.phone = q.value(9).toString();
    w.email = q.value(10).toString();
    w.active = q.value(11).toBool();
    w.version = q.value(12).toLongLong();
    return w;
}

const QStringList insertColumns = {QStringLiteral("id"),        QStringLiteral("name"),
                                   QStringLiteral("role"),      QStringLiteral("organisation_id"),
                                   QStringLiteral("languages"), QStringLiteral("district"),
                                   QStringLiteral("gender"),    QStringLiteral("max_caseload"),
                                   QStringLiteral("phone"),     QStringLiteral("email"),
                                   QStringLiteral("active")};

QVariantList values(const Worker &w, qint64 id)
{
    // A null id lets SQLite choose the next number.
    return {id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong)),
            w.name.trimmed(),
            DomainText::code(w.role),
            w.organisationId,
            Languages::join(w.languages),
            w.district,
            DomainText::code(w.gender),
            w.maxCaseload,
            w.phone,
            w.email,
            w.active ? 1 : 0};
}
} // namespace

Result<qint64> WorkerStore::add(const Worker &w)
{
    return insert(w, 0);
}

Result<qint64> WorkerStore::insert(const Worker &w, qint64 id)
{
    if (const QString problem = Validation::checkWorker(w); !problem.isEmpty())
        return Error::invalid(problem);
    auto org = m_db.scalar(QStringLiteral("SELECT count(*) FROM organisations WHERE id = ?"),
                           {w.organisationId});
    if (!org)
        return org.error();
    if (org->toInt() == 0)
        return Error::invalid(tr("The organisation of %1 does not exist.").arg(w.name));
    auto q = m_db.insert(QStringLiteral("INSERT INTO workers (id, name, role, organisation_id, "
                                        "languages, district, gender, max_caseload, phone, email, "
                                        "active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                         values(w, id));
    if (!q)
        return q.error();
    return q.value();
}

Result<QList<qint64>> WorkerStore::addAll(const QList<Worker> &workers, const Written &written,
                                          int *refused)
{
    const auto refuse = [&](int index, const QString &problem) -> Error {
        if (refused)
            *refused = index;
        return Error::invalid(problem);
    };
    for (int i = 0; i < workers.size(); ++i)
        if (const QString problem = Validation::checkWorker(workers.at(i)); !problem.isEmpty())
            return refuse(i, problem);
    QList<qint64> ids;
    Status done = m_db.transaction([&]() -> Status {
        // A bulk write into a damaged file would spread the damage: looked at first (issue 13).
        if (Status sound = m_db.checkSound(); !sound)
            return sound;
        // Organisations are few (tens): one query for all, not one a worker.
        auto organisations = m_db.exec(QStringLiteral("SELECT id FROM organisations"));
        if (!organisations)
            return organisations.error();
        QSet<qint64> known;
        while (organisations->next())
            known.insert(organisations->value(0).toLongLong());
        for (int i = 0; i < workers.size(); ++i)
            if (!known.contains(workers.at(i).organisationId))
                return refuse(i,
                              tr("The organisation of %1 does not exist.").arg(workers.at(i).name));
        BatchInserter rows(m_db, QStringLiteral("workers"), insertColumns);
        rows.setObserver(written);
        auto firstId = rows.nextId();
        if (!firstId)
            return firstId.error();
        for (int i = 0; i < workers.size(); ++i) {
            ids << firstId.value() + i;
            if (Status added = rows.add(values(workers.at(i), ids.constLast())); !added)
                return added;
        }
        return rows.flush();
    });
    if (!done)
        return done.error();
    return ids;
}

Result<Worker> WorkerStore::get(qint64 id) const
{
    auto q = m_db.exec(selectSql + QStringLiteral("WHERE w.id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::invalid(tr("There is no worker with number %1.").arg(id));
    const Worker worker = fromRow(*q.value());
    q->finish(); // see Database::exec: a half-read statement pins an old snapshot
    return worker;
}

Result<QList<Worker>> WorkerStore::all() const
{
    auto q = m_db.exec(selectSql + QStringLiteral("ORDER BY w.name, w.id"));
    if (!q)
        return q.error();
    QList<Worker> result;
    while (q->next())
        result << fromRow(*q.value());
    return result;
}

Result<QHash<qint64, int>> WorkerStore::caseloads(const QDate &day) const
{
    // One grouped query for all workers: counting per worker in a loop would be N queries.
    // Families, not assignments: on a handover between two duos of the same worker the
    // family is still one family for that worker.
    auto q = m_db.exec(
        QStringLiteral("SELECT w.id, count(DISTINCT a.family_id) FROM workers w "
                       "JOIN duos d ON d.trusted_person_id = w.id OR d.professional_id = w.id "
                       "JOIN assignments a ON a.duo_id = d.id AND a.from_date <= ? "
                       "    AND (a.to_date IS NULL OR a.to_date >= ?) "
                       "JOIN families f ON f.id = a.family_id AND f.status <> 'closed' "
                       "GROUP BY w.id"),
        {SqlValues::date(day), SqlValues::date(day)});
    if (!q)
        return q.error();
    QHash<qint64, int> result;
    while (q->next())
        result.insert(q->value(0).toLongLong(), q->value(1).toInt());
    return result;
}

Status WorkerStore::update(const Worker &w)
{
    if (const QString problem = Validation::checkWorker(w); !problem.isEmpty())
        return Error::invalid(problem);
    auto before = get(w.id);
    if (!before)
        return before.error();
    auto org = m_db.scalar(QStringLiteral("SELECT count(*) FROM organisations WHERE id = ?"),
                           {w.organisationId});
    if (!org)
        return org.error();
    if (org->toInt() == 0)
        return Error::invalid(tr("The organisation of %1 does not exist.").arg(w.name));
    if (w.role != before->role) {
        auto duos = m_db.scalar(QStringLiteral("SELECT count(*) FROM duos WHERE "
                                               "trusted_person_id = ? OR professional_id = ?"),
                                {w.id, w.id});
        if (!duos)
            return duos.error();
        if (duos->toInt() > 0)
            return Error::invalid(tr("The role of %1 cannot change: %1 is in a duo as %2.")
                                      .arg(before->name, DomainText::display(before->role)));
    }
    auto q = m_db.exec(QStringLiteral("UPDATE workers SET name = ?, role = ?, organisation_id = ?, "
                                      "languages = ?, district = ?, gender = ?, max_caseload = ?, "
                                      "phone = ?, email = ? WHERE id = ?"),
                       {w.name.trimmed(), DomainText::code(w.role), w.organisationId,
                        Languages::join(w.languages), w.district, DomainText::code(w.gender),
                        w.maxCaseload, w.phone, w.email, w.id});
    if (!q)
        return q.error();
    return {};
}

Status WorkerStore::setActive(qint64 id, bool active, const QDate &day)
{
    auto worker = get(id);
    if (!worker)
        return worker.error();
    if (active) {
        auto archived =
            m_db.scalar(QStringLiteral("SELECT archived FROM organisations WHERE id = ?"),
                        {worker->organisationId});
        if (!archived)
            return archived.error();
        if (archived->toBool())
            return Error::invalid(tr("The organisation %1 is archived; restore it before %2.")
                                      .arg(worker->organisationName, worker->name));
    } else {
        auto families = m_db.scalar(
            QStringLiteral("SELECT count(DISTINCT a.family_id) FROM assignments a "
                           "JOIN duos d ON d.id = a.duo_id "
                           "JOIN families f ON f.id = a.family_id AND f.status <> 'closed' "
                           "WHERE (d.trusted_person_id = ? OR d.professional_id = ?) "
                           "AND (a.to_date IS NULL OR a.to_date > ?)"),
            {id, id, SqlValues::date(day)});
        if (!families)
            return families.error();
        if (families->toInt() > 0)
            return Error::invalid(tr("%1 still works with families; hand them over to another "
                                     "duo first.")
                                      .arg(worker->name));
    }
    auto q = m_db.exec(QStringLiteral("UPDATE workers SET active = ? WHERE id = ?"),
                       {active ? 1 : 0, id});
    if (!q)
        return q.error();
    return {};
}

Status WorkerStore::remove(qint64 id)
{
    auto worker = get(id);
    if (!worker)
        return worker.error();
    auto duos = m_db.scalar(QStringLiteral("SELECT count(*) FROM duos WHERE "
                                           "trusted_person_id = ? OR professional_id = ?"),
                            {id, id});
    if (!duos)
        return duos.error();
    if (duos->toInt() > 0)
        return Error::invalid(tr("%1 cannot be removed: %1 is in a duo.").arg(worker->name));
    auto q = m_db.exec(QStringLiteral("DELETE FROM workers WHERE id = ?"), {id});
    if (!q)
        return q.error();
    return {};
}

Status WorkerStore::restore(const Worker &w)
{
    auto taken = m_db.scalar(QStringLiteral("SELECT count(*) FROM workers WHERE id = ?"), {w.id});
    if (!taken)
        return taken.error();
    if (w.id <= 0 || taken->toInt() > 0)
        return Error::invalid(tr("%1 cannot be put back: another program changed the database in "
                                 "the meantime.")
                                  .arg(w.name));
    auto id = insert(w, w.id);
    if (!id)
        return id.error();
    return {};
}
