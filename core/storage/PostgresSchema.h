#pragma once
// The schema of a PostgreSQL database, the same as a SQLite file's after its last migration
// (Migrations): the same tables, columns in the same order, constraints, indices and rules,
// the rules as PL/pgSQL triggers with the same refusal texts. A server database starts at the
// latest format in one step, because there is no older server database to upgrade: formats
// 1 to 7 only ever existed as files. Later formats add a step here and in Migrations alike.
//
// Dates and times stay ISO text, as in the file: the same SQL text works on both engines,
// sorts the same way (given a database with C collation) and copies byte for byte.

#include <QStringList>

namespace PostgresSchema {
// The statements that create format `Version` (the SQLite migrations' latest) in an empty
// database, in order; they are meant to run in one transaction.
QStringList statements();
// The DuoCoach tables (duocoach_schema aside), each after every table it refers to: the order
// rows can be written in while references are checked row by row.
QStringList tables();
constexpr int Version = 8;
} // namespace PostgresSchema
