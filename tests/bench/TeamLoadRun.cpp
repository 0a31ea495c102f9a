#include "TeamLoadRun.h"

#include "services/CurrentUser.h"
#include "services/DemoGenerator.h"
#include "services/ServerChanges.h"
#include "services/TodayAgenda.h"
#include "storage/AssignmentStore.h"
#include "storage/Database.h"
#include "storage/FamilyStore.h"
#include "storage/FollowUpStore.h"
#include "storage/TeamLogins.h"
#include "storage/VisitReportStore.h"
#include "storage/VisitStore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <memory>
#include <mutex>
#include <thread>

namespace {
using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size()))));
}

// Assignments made by coordinators, by family: when each was committed, for the observer.
std::mutex committedMutex;
QHash<qint64, Clock::time_point> committed;

QList<qint64> ids(Database &db, const QString &sql)
{
    QList<qint64> found;
    if (auto q = db.exec(sql))
        while (q->next())
            found << q->value(0).toLongLong();
    return found;
}
} // namespace

QString TeamLoadRun::as(const QString &login) const
{
    return QString(m_owner).replace(QRegularExpression(QStringLiteral("://[^@]*@")),
                                    QStringLiteral("://%1@").arg(login));
}

qint64 TeamLoadRun::count(const QString &table) const
{
    auto db = Database::open(m_owner, Database::Access::ReadOnly);
    if (!db)
        return -1;
    auto n = db.value()->scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table));
    return n ? n.value().toLongLong() : -1;
}

bool TeamLoadRun::prepare(QString *error)
{
    auto db = Database::open(m_owner);
    if (!db) {
        *error = db.error().message;
        return false;
    }
    Database &owner = *db.value();
    DemoGenerator::Options demo;
    demo.families = m_options.families;
    if (auto made = DemoGenerator::generate(owner, demo); !made) {
        *error = made.error().message;
        return false;
    }
    // Coaches: both members of the duos that have families now, as many as asked.
    const QList<qint64> workers = ids(
        owner, QStringLiteral("SELECT w FROM (SELECT DISTINCT unnest(ARRAY[d.trusted_person_id, "
                              "d.professional_id]) AS w FROM duos d JOIN assignments a ON "
                              "a.duo_id = d.id AND a.to_date IS NULL) s ORDER BY w"));
    m_duos = ids(owner, QStringLiteral("SELECT DISTINCT duo_id FROM assignments WHERE to_date IS "
                                       "NULL ORDER BY duo_id"));
    m_waiting = ids(owner, QStringLiteral("SELECT id FROM families f WHERE status <> 'closed' AND "
                                          "NOT EXISTS (SELECT 1 FROM assignments a WHERE "
                                          "a.family_id = f.id) ORDER BY id"));
    const QString pid = QString::number(QCoreApplication::applicationPid());
    TeamLogins team(owner);
    for (int i = 0; i < m_options.coaches && i < workers.size(); ++i) {
        Coach coach{QStringLiteral("load_coach_%1_%2").arg(i).arg(pid), workers.at(i)};
        if (Status added = team.add(coach.login, TeamKind::Coach, coach.workerId, QString());
            !added) {
            *error = added.error().message;
            return false;
        }
        m_coaches << coach;
    }
    for (int i = 0; i < m_options.coordinators; ++i) {
        const QString login = QStringLiteral("load_coordinator_%1_%2").arg(i).arg(pid);
        if (Status added = team.add(login, TeamKind::Coordinator, 0, QString()); !added) {
            *error = added.error().message;
            return false;
        }
        m_coordinators << login;
    }
    return true;
}

void TeamLoadRun::coachAtWork(const Coach &coach, Figures &mine)
{
    auto opened = Database::open(as(coach.login));
    if (!opened) {
        ++mine.errors;
        mine.firstErrors << opened.error().message;
        return;
    }
    Database &db = *opened.value();
    const CurrentUser user = CurrentUser::load(db);
    QRandomGenerator random(quint32(coach.workerId));
    const QDate today = QDate::currentDate();
    const auto failed = [&](const Error &error) {
        ++mine.errors;
        if (mine.firstErrors.size() < 3)
            mine.firstErrors << error.message;
    };
    while (!m_stop) {
        const int action = int(random.bounded(10));
        const auto start = Clock::now();
        ++mine.actions;
        if (action < 4) { // Today
            TodayAgenda agenda(db, user);
            auto visits = agenda.visitsOn(today);
            auto followUps = agenda.followUpsDue(today);
            if (!visits || !followUps)
                failed(visits ? followUps.error() : visits.error());
            else
                mine.todays << msSince(start);
        } else {
            // A family of mine and its duo, as the planner and the family page know them.
            auto q = db.exec(QStringLiteral("SELECT a.family_id, a.duo_id FROM assignments a JOIN "
                                            "duos d ON d.id = a.duo_id WHERE a.to_date IS NULL "
                                            "AND ? IN (d.trusted_person_id, d.professional_id) "
                                            "ORDER BY a.family_id"),
                             {coach.workerId});
            QList<QPair<qint64, qint64>> families;
            while (q && q->next())
                families << qMakePair(q->value(0).toLongLong(), q->value(1).toLongLong());
            if (families.isEmpty())
                continue;
            const auto [family, duo] = families.at(int(random.bounded(int(families.size()))));
            const auto saveStart = Clock::now();
            Status saved;
            if (action < 7) { // plan a visit
                Visit visit;
                visit.familyId = family;
                visit.duoId = duo;
                visit.start = QDateTime(today.addDays(1 + int(random.bounded(40))),
                                        QTime(9 + int(random.bounded(8)), 0));
                auto added = VisitStore(db).add(visit);
                saved = added ? Status() : Status(added.error());
                if (added)
                    ++m_visitsAdded;
            } else { // a follow-up action from the visit report
                FollowUp followUp;
                followUp.familyId = family;
                followUp.ownerId = coach.workerId;
                followUp.description = QStringLiteral("Navragen bij de school (belasting)");
                followUp.dueOn = today.addDays(7 + int(random.bounded(14)));
                auto added = FollowUpStore(db).add(followUp);
                saved = added ? Status() : Status(added.error());
                if (added)
                    ++m_followUpsAdded;
            }
            if (saved)
                mine.saves << msSince(saveStart);
            else
                failed(saved.error());
        }
        // Thinking, reading, typing: 0.5 to 1.5 s between two steps.
        QThread::msleep(500 + random.bounded(1000));
    }
}

void TeamLoadRun::coordinatorAtWork(const QString &login, Figures &mine)
{
    auto opened = Database::open(as(login));
    if (!opened) {
        ++mine.errors;
        mine.firstErrors << opened.error().message;
        return;
    }
    Database &db = *opened.value();
    QRandomGenerator random(quint32(qHash(login)));
    while (!m_stop) {
        const int next = m_nextWaiting++;
        ++mine.actions;
        if (next < m_waiting.size()) { // assign a waiting family
            const qint64 family = m_waiting.at(next);
            const qint64 duo = m_duos.at(int(random.bounded(int(m_duos.size()))));
            const auto start = Clock::now();
            {
                std::lock_guard<std::mutex> lock(committedMutex);
                committed.insert(family, start); // before: the notice may beat the return
            }
            auto assigned = AssignmentStore(db).assign(family, duo, QDate::currentDate());
            if (assigned) {
                mine.saves << msSince(start);
                ++m_assignmentsAdded;
            } else {
                ++mine.errors;
                mine.firstErrors << assigned.error().message;
            }
        }
        QThread::msleep(1000 + random.bounded(1000));
    }
}

void TeamLoadRun::observe(Figures &mine)
{
    // Another client: a window listening as ServerChanges does, with an event loop of its own.
    auto opened = Database::open(m_owner);
    if (!opened)
        return;
    QSqlDriver *driver = opened.value()->connection().driver();
    QObject receiver;
    QObject::connect(
        driver, &QSqlDriver::notification, &receiver,
        [&mine](const QString &, QSqlDriver::NotificationSource, const QVariant &payload) {
            const QString notice = payload.toString();
            if (!notice.startsWith(QLatin1String("assignments:")))
                return;
            std::lock_guard<std::mutex> lock(committedMutex);
            for (const QString &id : notice.mid(12).split(QLatin1Char(','))) {
                const auto it = committed.constFind(id.toLongLong());
                if (it != committed.constEnd())
                    mine.visibility << msSince(it.value());
            }
        });
    driver->subscribeToNotification(QLatin1String(ServerChanges::Channel));
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&loop, this] {
        if (m_stop)
            loop.quit();
    });
    poll.start(50);
    loop.exec();
    // The last notices, sent just before the end.
    QElapsedTimer tail;
    tail.start();
    while (tail.elapsed() < 1500)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
}

void TeamLoadRun::measureReference(Figures &figures) const
{
    measureSingleUser(as(m_coordinators.first()), m_owner, figures);
}

void TeamLoadRun::measureSingleUser(const QString &withAddress, const QString &withoutAddress,
                                    Figures &figures)
{
    // With and without row-level security in turns, so that whatever else the machine does
    // (autovacuum after the load, a checkpoint) weighs on both alike; and the owner against a
    // second connection of its own, the same statements on both sides, as the reference that
    // tells a difference from noise.
    const CurrentUser coordinator; // sees every duo
    const auto timed = [&coordinator](Database &db, bool today) {
        const auto start = Clock::now();
        if (today)
            (void)TodayAgenda(db, coordinator).visitsOn(QDate::currentDate());
        else
            (void)FamilyStore(db).page(QStringLiteral("a"), QString(), 200);
        return msSince(start);
    };
    // Which side goes first turns in each round: in a fixed order the owner against itself
    // came out 1.2-1.6x, the first of each round paying for the switch between server
    // processes. And each batch has new connections: one server process can stay 20 % slower
    // than another for its whole life (where the scheduler put it), so a single pair of
    // connections measures them, not row-level security.
    QList<double> page[3], today[3];
    for (int batch = 0; batch < 9; ++batch) {
        auto with = Database::open(withAddress);
        auto without = Database::open(withoutAddress);
        auto same = Database::open(withoutAddress);
        if (!with || !without || !same)
            return;
        Database *const sides[] = {with->get(), without->get(), same->get()};
        for (int round = 0; round < 23; ++round) {
            for (int k = 0; k < 3; ++k) {
                const int side = (round + k + batch) % 3;
                page[side] << timed(*sides[side], false);
                today[side] << timed(*sides[side], true);
            }
        }
    }
    figures.pageWithRls = percentile(page[0], 0.5);
    figures.pageWithout = percentile(page[1], 0.5);
    figures.pageSame = percentile(page[2], 0.5);
    figures.todayWithRls = percentile(today[0], 0.5);
    figures.todayWithout = percentile(today[1], 0.5);
    figures.todaySame = percentile(today[2], 0.5);
}

TeamLoadRun::Figures TeamLoadRun::work()
{
    const qint64 visits = count(QStringLiteral("visits"));
    const qint64 followUps = count(QStringLiteral("follow_ups"));
    const qint64 assignments = count(QStringLiteral("assignments"));

    QList<Figures> each(m_coaches.size() + m_coordinators.size() + 1);
    std::vector<std::thread> people;
    int slot = 0;
    // A QThread: the driver's socket notifier, which delivers the notices, needs one.
    std::unique_ptr<QThread> observer(
        QThread::create([this, &each, s = slot++] { observe(each[s]); }));
    observer->start();
    QThread::msleep(300); // listening before anyone commits
    // People log in one after another, 20 ms apart (two seconds for a hundred), as a team
    // does; a hundred SCRAM logins in the same millisecond on two cores is no working day.
    for (const Coach &coach : std::as_const(m_coaches))
        people.emplace_back([this, coach, &each, s = slot++] {
            QThread::msleep(20 * unsigned(s));
            coachAtWork(coach, each[s]);
        });
    for (const QString &login : std::as_const(m_coordinators))
        people.emplace_back([this, login, &each, s = slot++] {
            QThread::msleep(20 * unsigned(s));
            coordinatorAtWork(login, each[s]);
        });
    QThread::sleep(unsigned(m_options.seconds));
    m_stop = true;
    for (std::thread &person : people)
        person.join();
    observer->wait();

    Figures all;
    for (const Figures &one : std::as_const(each)) {
        all.saves << one.saves;
        all.todays << one.todays;
        all.visibility << one.visibility;
        all.actions += one.actions;
        all.errors += one.errors;
        for (const QString &text : one.firstErrors)
            if (all.firstErrors.size() < 5)
                all.firstErrors << text;
    }
    // Every row a simulated person was told was saved is there, once.
    all.lostOrDoubled =
        std::abs(count(QStringLiteral("visits")) - visits - m_visitsAdded) +
        std::abs(count(QStringLiteral("follow_ups")) - followUps - m_followUpsAdded) +
        std::abs(count(QStringLiteral("assignments")) - assignments - m_assignmentsAdded);
    measureReference(all);
    return all;
}

void TeamLoadRun::Figures::print(QTextStream &out) const
{
    out << "actions " << actions << ", saves " << saves.size() << ", Today reads " << todays.size()
        << ", assignments seen by another client " << visibility.size() << '\n'
        << "save p50 " << percentile(saves, 0.5) << " ms, p95 " << percentile(saves, 0.95)
        << " ms\n"
        << "Today p50 " << percentile(todays, 0.5) << " ms, p95 " << percentile(todays, 0.95)
        << " ms\n"
        << "change visible to another client p50 " << percentile(visibility, 0.5) << " ms, p95 "
        << percentile(visibility, 0.95) << " ms\n"
        << "rows lost or doubled " << lostOrDoubled << ", errors shown " << errors << '\n';
    for (const QString &text : firstErrors)
        out << "  " << text << '\n';
    const auto ratio = [](double a, double b) {
        return a / std::max(0.001, b);
    };
    out << "single user, median: family page " << pageWithRls << " ms with row-level security, "
        << pageWithout << " ms without (" << ratio(pageWithRls, pageWithout)
        << "x; the owner against itself " << ratio(pageSame, pageWithout) << "x); Today "
        << todayWithRls << " ms with, " << todayWithout << " ms without ("
        << ratio(todayWithRls, todayWithout) << "x; the owner against itself "
        << ratio(todaySame, todayWithout) << "x)" << Qt::endl;
}
