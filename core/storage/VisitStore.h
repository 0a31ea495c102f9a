#pragma once
// Home visits of a duo to a family. The visit log is paged (keyset on start time and id,
// newest first): half a million visits never sit in memory at once.

#include "Result.h"
#include "domain/Domain.h"

#include <QCoreApplication>
#include <optional>

class Database;

struct VisitFilter
{
    qint64 familyId = 0; // 0: any
    qint64 duoId = 0;    // 0: any
    std::optional<VisitStatus> status;
    QDate from; // inclusive; null: open
    QDate to;   // inclusive; null: open
};

// Where a page of the visit log continues: the last row of the previous page.
struct VisitCursor
{
    QDateTime start;
    qint64 id = 0;
};

class VisitStore
{
    Q_DECLARE_TR_FUNCTIONS(VisitStore)
public:
    explicit VisitStore(Database &db) : m_db(db) {}

    // The duo must be assigned to the family on the visit's day.
    Result<qint64> add(const Visit &visit);
    Result<Visit> get(qint64 id) const;
    Status setStatus(qint64 visitId, VisitStatus status);

    Result<QList<Visit>> page(const VisitFilter &filter, const std::optional<VisitCursor> &after,
                              int limit) const;
    Result<int> count(const VisitFilter &filter) const;

private:
    Database &m_db;
};
