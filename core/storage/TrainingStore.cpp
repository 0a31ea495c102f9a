#include "TrainingStore.h"

#include "Database.h"
#include "PutBack.h"
#include "SqlValues.h"

#include <QSqlQuery>

namespace {
const QString selectSql = QStringLiteral("SELECT id, worker_id, course, started_on, ended_on, "
                                         "completed, certificate_on, row_version FROM trainings ");

Training fromRow(const QSqlQuery &q)
{
    Training t;
    t.id = q.value(0).toLongLong();
    t.workerId = q.value(1).toLongLong();
    t.course = q.value(2).toString();
    t.startedOn = SqlValues::toDate(q.value(3));
    t.endedOn = SqlValues::toDate(q.value(4));
    t.completed = q.value(5).toBool();
    t.certificateOn = SqlValues::toDate(q.value(6));
    t.version = q.value(7).toLongLong();
    return t;
}
} // namespace

Status TrainingStore::check(const Training &training, const QDate &today) const
{
    if (const QString problem = WorkerCare::check(training, today); !problem.isEmpty())
        return Error::invalid(problem);
    auto worker = m_db.scalar(QStringLiteral("SELECT count(*) FROM workers WHERE id = ?"),
                              {training.workerId});
    if (!worker)
        return worker.error();
    if (worker->toInt() == 0)
        return Error::invalid(tr("There is no worker with number %1.").arg(training.workerId));
    return {};
}

Result<qint64> TrainingStore::insert(const Training &t, qint64 id)
{
    return m_db.insert(QStringLiteral("INSERT INTO trainings (id, worker_id, course, started_on, "
                                      "ended_on, completed, certificate_on) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                       {SqlValues::id(id), t.workerId, t.course.trimmed(),
                        SqlValues::date(t.startedOn), SqlValues::date(t.endedOn),
                        t.completed ? 1 : 0, SqlValues::date(t.certificateOn)});
}

Result<qint64> TrainingStore::add(const Training &training, const QDate &today)
{
    return PutBack::addChecked(
        m_db, [&] { return check(training, today); },
        [&](qint64 id) { return insert(training, id); });
}

Status TrainingStore::update(const Training &training, const QDate &today)
{
    return m_db.transaction([&]() -> Status {
        auto stored = get(training.id);
        if (!stored)
            return stored.error();
        Training t = training;
        t.workerId = stored->workerId;
        if (Status checked = check(t, today); !checked)
            return checked;
        auto q =
            m_db.exec(QStringLiteral("UPDATE trainings SET course = ?, started_on = ?, "
                                     "ended_on = ?, completed = ?, certificate_on = ? "
                                     "WHERE id = ?"),
                      {t.course.trimmed(), SqlValues::date(t.startedOn), SqlValues::date(t.endedOn),
                       t.completed ? 1 : 0, SqlValues::date(t.certificateOn), t.id});
        if (!q)
            return q.error();
        return {};
    });
}

Status TrainingStore::remove(qint64 id)
{
    return m_db.transaction([&]() -> Status {
        auto q = m_db.exec(QStringLiteral("DELETE FROM trainings WHERE id = ?"), {id});
        if (!q)
            return q.error();
        if (q.value()->numRowsAffected() != 1)
            return Error::invalid(tr("There is no training with number %1.").arg(id));
        return {};
    });
}

Status TrainingStore::restore(const Training &training)
{
    // Judged as on the day it ended (or started), as when it was first written.
    const QDate then = training.certificateOn.isValid() ? training.certificateOn
                       : training.endedOn.isValid()     ? training.endedOn
                                                        : training.startedOn;
    return PutBack::restoreChecked(
        m_db, QStringLiteral("trainings"), training.id,
        tr("The course \"%1\" cannot be put back: another program changed the database in the "
           "meantime.")
            .arg(training.course.trimmed()),
        [&] { return check(training, qMax(then, QDate::currentDate())); },
        [&](qint64 id) { return insert(training, id); });
}

Result<Training> TrainingStore::get(qint64 id) const
{
    auto q = m_db.exec(selectSql + QStringLiteral("WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q.value()->next())
        return Error::invalid(tr("There is no training with number %1.").arg(id));
    return fromRow(*q.value());
}

Result<QList<Training>> TrainingStore::forWorker(qint64 workerId) const
{
    auto q = m_db.exec(selectSql + QStringLiteral("WHERE worker_id = ? ORDER BY started_on DESC, "
                                                  "id DESC"),
                       {workerId});
    if (!q)
        return q.error();
    QList<Training> result;
    while (q.value()->next())
        result << fromRow(*q.value());
    return result;
}

Result<QHash<qint64, WorkerCareSummary>> TrainingStore::summaries() const
{
    QHash<qint64, WorkerCareSummary> result;
    const auto read = [&](const QString &sql, auto fill) -> Status {
        auto q = m_db.exec(sql);
        if (!q)
            return q.error();
        while (q.value()->next())
            fill(result[q.value()->value(0).toLongLong()], q.value()->value(1));
        return {};
    };
    if (Status s = read(
            QStringLiteral("SELECT worker_id, max(ended_on) FROM trainings WHERE "
                           "completed = 1 GROUP BY worker_id"),
            [](WorkerCareSummary &c, const QVariant &v) { c.lastTraining = SqlValues::toDate(v); });
        !s)
        return s.error();
    if (Status s = read(QStringLiteral("SELECT mw.worker_id, max(m.held_on) FROM meeting_workers "
                                       "mw JOIN meetings m ON m.id = mw.meeting_id WHERE m.kind = "
                                       "'network' GROUP BY mw.worker_id"),
                        [](WorkerCareSummary &c, const QVariant &v) {
                            c.lastNetworkMeeting = SqlValues::toDate(v);
                        });
        !s)
        return s.error();
    if (Status s = read(
            QStringLiteral("SELECT worker_id, max(held_on) FROM debriefs GROUP BY "
                           "worker_id"),
            [](WorkerCareSummary &c, const QVariant &v) { c.lastDebrief = SqlValues::toDate(v); });
        !s)
        return s.error();
    if (Status s =
            read(QStringLiteral("SELECT worker_id, count(*) FROM debriefs WHERE held_on "
                                "IS NULL GROUP BY worker_id"),
                 [](WorkerCareSummary &c, const QVariant &v) { c.openDebriefs = v.toInt(); });
        !s)
        return s.error();
    return result;
}
