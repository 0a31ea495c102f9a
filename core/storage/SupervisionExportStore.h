#pragma once
// The record of every supervision package made from this database: who exported which period
// of which duo, when, pseudonymised and encrypted or not, how many visits and families, into
// which file, with the package's content hash (so a package found later can be matched to its
// record). Written only by SupervisionPackageWriter, in the same step as the package.

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>

class Database;

struct SupervisionExportRecord
{
    qint64 id = 0;
    QDateTime exportedAt; // wall-clock time, like every time in the database
    QString exportedBy;
    QDate from;
    QDate to;
    qint64 duoId = 0;    // 0: every duo
    qint64 workerId = 0; // 0: every worker
    bool pseudonymized = false;
    bool encrypted = false;
    int visits = 0;
    int families = 0;
    QString fileName;
    QByteArray contentSha256; // hex
    // Recorded just before the package appears, marked after (issue 13): a "started" record
    // whose package is missing was cut off by a crash or kill.
    enum class Status { Started, Completed, Failed };
    Status status = Status::Completed;
};

class SupervisionExportStore
{
    Q_DECLARE_TR_FUNCTIONS(SupervisionExportStore)
public:
    explicit SupervisionExportStore(Database &db) : m_db(db) {}

    Result<qint64> add(const SupervisionExportRecord &record);
    ::Status setStatus(qint64 id, SupervisionExportRecord::Status status);
    // Newest first.
    Result<QList<SupervisionExportRecord>> list() const;

private:
    Database &m_db;
};
