#pragma once
// One run of the team load benchmark (see team-load-main.cpp): the data set and the logins on
// a server database, then the simulated people at work, then the figures.

#include <QList>
#include <QString>
#include <QTextStream>

#include <atomic>

class TeamLoadRun
{
public:
    struct Options
    {
        int families = 10000;
        int coaches = 100;
        int coordinators = 3;
        int seconds = 60;
    };

    struct Figures
    {
        QList<double> saves;      // ms from a save's start to its commit
        QList<double> todays;     // ms to read a coach's Today (visits and follow-ups)
        QList<double> visibility; // ms from an assignment's commit to another client's notice
        qint64 actions = 0;
        qint64 errors = 0;
        qint64 lostOrDoubled = 0;
        QStringList firstErrors;
        // The single-user reference: median ms with row-level security (a coordinator's
        // login), without (the owner) and the owner on a second connection, for the family
        // page and Today.
        double pageWithRls = 0, pageWithout = 0, pageSame = 0;
        double todayWithRls = 0, todayWithout = 0, todaySame = 0;
        void print(QTextStream &out) const;
    };

    TeamLoadRun(QString ownerAddress, const Options &options)
        : m_owner(std::move(ownerAddress)), m_options(options)
    {}

    // The single-user reference alone, between two logins of one existing database: a team
    // login (with row-level security) and one without (its owner).
    static void measureSingleUser(const QString &with, const QString &without, Figures &figures);

    // The demo data set and a login for each simulated person.
    bool prepare(QString *error);
    Figures work();

private:
    struct Coach
    {
        QString login;
        qint64 workerId = 0;
    };
    void coachAtWork(const Coach &coach, Figures &mine);
    void coordinatorAtWork(const QString &login, Figures &mine);
    void observe(Figures &mine);
    void measureReference(Figures &figures) const;
    QString as(const QString &login) const;
    qint64 count(const QString &table) const;

    QString m_owner;
    Options m_options;
    QList<Coach> m_coaches;
    QStringList m_coordinators;
    QList<qint64> m_duos;    // with a family now: where coordinators assign
    QList<qint64> m_waiting; // families without a duo, handed out one by one
    std::atomic<int> m_nextWaiting{0};
    std::atomic<bool> m_stop{false};
    // Rows the simulated people were told were saved.
    std::atomic<qint64> m_visitsAdded{0}, m_followUpsAdded{0}, m_assignmentsAdded{0};
};
