#pragma once
// Format 11 (issue 16), the network around a family: the support deployed for it with the
// reviews of whether it helps, and the referrals its duo sends. One text for both engines: the
// statements differ only in the type of an id, and on a server in what a server has besides
// (ids chosen for NULL, notices to other windows, row-level security: PostgresTeamSchema).

#include <QStringList>

namespace NetworkSchema {
// The tables, each after every table it refers to.
QStringList tables();
// The statements of format 11 in a file, and on a server (where the team's rules follow).
QStringList fileStatements();
QStringList serverStatements();
} // namespace NetworkSchema
