#pragma once
// Case consultations, the organisations' interim meetings on their collaboration and the
// network meetings of trusted persons. A meeting is recorded whole in one transaction: who was
// there and, at a consultation, each family with the question brought in, the advice, the
// reviews of its support (a stop ends that support), the other decisions and the follow-up
// actions, which land on their owners' Today pages. Its undo takes all of it back.

#include "Result.h"
#include "domain/Meeting.h"

#include <QCoreApplication>

class Database;

class MeetingStore
{
    Q_DECLARE_TR_FUNCTIONS(MeetingStore)
public:
    explicit MeetingStore(Database &db) : m_db(db) {}

    // Refused: what MeetingRules::check refuses; an unknown worker, organisation or family; a
    // partner organisation without a contact person (the organisation's own is taken when the
    // form gives none); a review of support that is not the family's, or what SupportStore
    // and FollowUpStore refuse. Returns the meeting as written, every id filled, for its undo.
    Result<Meeting> record(const Meeting &meeting, const QDate &today = QDate::currentDate());
    // Undo of record(): the meeting goes with all it wrote; support that its stop ended runs
    // again.
    Status remove(const Meeting &meeting);
    // Redo of record() after remove(): everything comes back with its own ids.
    Status restore(const Meeting &meeting);

    // The meeting whole: attendance, partners, families with their reviews, decisions and
    // follow-ups.
    Result<Meeting> get(qint64 id) const;
    // The meetings held in a period, newest first, without their families' contents (their
    // case codes only).
    Result<QList<Meeting>> held(const QDate &from, const QDate &until) const;
    // The consultations a family was discussed in, newest first.
    Result<QList<FamilyMeeting>> forFamily(qint64 familyId) const;

private:
    Status write(Meeting *meeting, bool keepIds, const QDate &today);
    Status writeFamily(const Meeting &meeting, MeetingFamily *family, bool keepIds,
                       const QDate &today);
    Status exists(const char *table, qint64 id, const QString &missing) const;

    Database &m_db;
};
