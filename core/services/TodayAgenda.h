#pragma once
// The "Today" start page of the current user: the visits of the day, follow-up actions due
// or overdue, and families without a visit for too long. For a worker only the duos they are
// part of count (and the follow-ups they own); a coordinator or supervisor sees everyone's.

#include "CurrentUser.h"
#include "Result.h"
#include "domain/Domain.h"
#include "domain/Network.h"

#include <QCoreApplication>

class Database;

// A family that has not been visited for a while; `lastVisit` is null when never visited.
struct QuietFamily
{
    qint64 familyId = 0;
    QString caseCode;
    QString familyName;
    QString duoName;
    QDate assignedOn;
    QDate lastVisit;
    QDate nextPlanned; // null when nothing is planned
    int daysWithoutVisit = 0;
};

class TodayAgenda
{
    Q_DECLARE_TR_FUNCTIONS(TodayAgenda)
public:
    // How long a family may go without a done visit before it is listed (Settings).
    static constexpr int DefaultQuietDays = 21;
    // Follow-ups due this many days ahead are listed with those due and overdue.
    static constexpr int FollowUpHorizonDays = 7;

    TodayAgenda(Database &db, const CurrentUser &user) : m_db(db), m_user(user) {}

    Result<QList<Visit>> visitsOn(const QDate &day) const;
    // The open follow-ups due by the horizon (overdue ones included), then those ticked off on
    // `day`, so an action ticked off on Today stays in sight, ticked, until tomorrow.
    Result<QList<FollowUp>> followUpsDue(const QDate &day) const;
    // Families with a current duo whose last done visit (or, never visited, their duo's start)
    // lies more than `days` days before `day`, longest first.
    Result<QList<QuietFamily>> quietFamilies(const QDate &day, int days) const;
    // Referrals without an answer ReferralStore::DefaultAnswerDays or more after they were sent: a
    // worker's own (those they sent), everyone's for a coordinator or supervisor.
    Result<QList<Referral>> referralsWaiting(const QDate &day) const;

private:
    bool mine() const { return m_user.kind == CurrentUser::Kind::Worker; }

    Database &m_db;
    CurrentUser m_user;
};
