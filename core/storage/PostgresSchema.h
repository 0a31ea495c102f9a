#pragma once
// The schema of a PostgreSQL database, the same as a SQLite file's after its last migration
// (Migrations): the same tables, columns in the same order, constraints, indices and rules,
// the rules as PL/pgSQL triggers with the same refusal texts. A server database starts at the
// format 8 in one step, because formats 1 to 7 only ever existed as files; later formats are
// steps after it, run on a new database and on an older one alike (format 9: the team,
// PostgresTeamSchema), each with a step of the same number in Migrations.
//
// Dates and times stay ISO text, as in the file: the same SQL text works on both engines,
// sorts the same way (given a database with C collation) and copies byte for byte.

#include <QStringList>

namespace PostgresSchema {
// The statements that create format `BaseVersion` in an empty database, in order; they are
// meant to run in one transaction.
QStringList statements();
// The DuoCoach tables (duocoach_schema and the team's own aside), each after every table it
// refers to: the order rows can be written in while references are checked row by row.
QStringList tables();
// The statements that bring a database at `from` (BaseVersion or later) to `Version`, the
// SQLite migrations' latest, in one transaction; none when it is there already.
QStringList upgrade(int from);
constexpr int BaseVersion = 8;
constexpr int Version = 15;
} // namespace PostgresSchema
