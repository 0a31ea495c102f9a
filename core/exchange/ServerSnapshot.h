#pragma once
// The rows an export of one period can touch, read from a server in one snapshot into a private
// SQLite database in memory with the same schema. The exports then build from it exactly as
// they build from a file (ATTACH, INSERT … SELECT, SQLite's C API for speed), so a package or a
// CSV of the same period from the same data is the same whichever engine held it, and their SQL
// exists once. Nothing of it touches the disk; it goes with the returned object. The rows come
// as psql's \copy reads them (COPY … TO STDOUT, Database::textRows) and go in through SQLite's
// C API, without a QVariant or a QString for any value.
//
// What is read is a superset of what the export selects (the export narrows it itself): the
// period's visits with what hangs off them, every row of their families, and the organisations,
// workers and duos.

#include "ExportRequest.h"
#include "Progress.h"
#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

class Database;

class ServerSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(ServerSnapshot)
public:
    // `only` names the tables an export reads when it reads fewer than a package (the visit
    // log); the others stay empty in the copy.
    static Result<std::unique_ptr<Database>> take(const Database &server,
                                                  const ExportRequest &request,
                                                  const Progress *progress = nullptr,
                                                  const QStringList &only = {});
    // The same queries with their values written in, as a psql script writing every row to
    // CSV: the reference the benchmark measures a package from a server against.
    static QString referenceScript(const ExportRequest &request);
};
