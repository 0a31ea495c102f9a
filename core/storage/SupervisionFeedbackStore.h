#pragma once
// The supervisor's feedback as it came back into the database (FeedbackSchema, format 14): one
// row per note, tied to the package it was written on. Written only by
// SupervisionFeedbackImport, which replaces a package's notes whole when its feedback is
// imported again; read by the duo's Today page and by their visits.

#include "Result.h"
#include "services/CurrentUser.h"
#include "storage/AccessLog.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>

class Database;

struct SupervisionNote
{
    enum class Kind { General, Duo, Visit };

    qint64 id = 0;
    qint64 exportId = 0;
    Kind kind = Kind::General;
    qint64 duoId = 0;    // 0: a general remark for the whole team (General only)
    qint64 visitId = 0;  // set for a note on one visit
    qint64 familyId = 0; // the visit's family
    QString note;
    QDateTime writtenAt; // when the supervisor saved it
    QDateTime importedAt;
    QString importedBy;
    // Read with the note, for showing it.
    QString duoName;
    QString caseCode;
    QDateTime visitStart;
    QDate periodFrom; // the package's period
    QDate periodTo;
};

class SupervisionFeedbackStore
{
    Q_DECLARE_TR_FUNCTIONS(SupervisionFeedbackStore)
public:
    // How long a note stays on Today after it was imported.
    static constexpr int TodayDays = 28;

    explicit SupervisionFeedbackStore(Database &db) : m_db(db) {}

    // The notes of one package's feedback, in place of any imported before; in the caller's
    // transaction.
    Status replace(qint64 exportId, const QList<SupervisionNote> &notes);
    // The notes imported on or after `since` that `user` is to read: a worker's duos' and the
    // team's remarks; every note for a coordinator or supervisor. Newest first.
    Result<QList<SupervisionNote>> recentFor(const CurrentUser &user, const QDate &since) const;
    // The notes on one visit.
    Result<QList<SupervisionNote>> forVisit(qint64 visitId) const;
    // The note was opened and read: an access-log entry for its family (for a note without one,
    // an entry without a family), never its text.
    Status recordRead(const Actor &actor, const SupervisionNote &note);

private:
    Result<QList<SupervisionNote>> list(const QString &where, const QVariantList &binds) const;

    Database &m_db;
};
