#pragma once
// Formats 11 and 12 (issue 16), the network around a family. Format 11: the support deployed
// for it with the reviews of whether it helps, and the referrals its duo sends. Format 12: case
// consultations and the other meetings, the family's surroundings (network map), the training
// and debriefs of the workers. One text for both engines: the
// statements differ only in the type of an id, and on a server in what a server has besides
// (ids chosen for NULL, notices to other windows, row-level security: PostgresTeamSchema).

#include <QStringList>

namespace NetworkSchema {
// The tables of a format (11 or 12; 0 both), each after every table it refers to.
QStringList tables(int format = 0);
// Of those, the ones without family data that the whole team reads (meetings, their
// attendance, training); the others hold a family_id.
QStringList teamTables();
// The statements of a format in a file, and on a server (where the team's rules follow).
QStringList fileStatements(int format);
QStringList serverStatements(int format);
} // namespace NetworkSchema
