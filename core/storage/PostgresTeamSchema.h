#pragma once
// Format 9 on a server: a team on one database, each person logged in as their own
// PostgreSQL role, and need-to-know enforced by the server itself (row-level security), so
// that a login used from psql sees no more than it does in DuoCoach.
//
// - Group roles duocoach_coordinator, duocoach_coach and duocoach_supervisor hold the table
//   privileges (what a kind of user may do at all). Roles belong to the whole server; which
//   login is who in *this* database is team_logins, and the policies read that, so a coach of
//   one DuoCoach database on a server sees nothing of another.
// - Policies decide the rows: a coach the families currently assigned to one of their duos
//   (and those of an emergency access still running), with everything about them, and the
//   visits they take part in; a coordinator everything but trusted-person notes; a
//   supervisor, read-only, what a supervision export holds. Trusted-person notes are their
//   author's alone. Policies are FORCE'd, so they hold for the tables' owner too.
// - The database's owner (who ran init) counts as a coordinator. Bulk writes (demo data, a
//   copy) lift FORCE inside their own transaction (PostgresEngine::startBulkWrite).
// - The access log is stamped by the server: time, the session's login, and the name and role
//   team_logins gives it, whatever the client sent.
//
// The policies ask three SECURITY DEFINER functions, each called once per statement (an
// initplan: `IN (SELECT f())`), never once per row, so the indices on family_id still serve.
// A file has one user at a time and nothing of this: its format 9 step is empty.

#include <QStringList>

namespace PostgresTeamSchema {
// The statements that bring a format 8 server database to format 9, in one transaction.
QStringList statements();
// Format 10: each policy scoped to the group it is for (and the owner), and the view of the
// duos' names read past row-level security by the team only; in one transaction.
QStringList groupScopedPolicies();
// Formats 11 and 12: need-to-know, grants and notices for the network's tables of that format
// (NetworkSchema), which the same transaction made just before.
QStringList networkStatements(int format);
// Format 14: need-to-know for the supervisor's feedback (FeedbackSchema): a coach reads the
// notes of their own duos and the remarks for the whole team; the coordinator imports.
QStringList feedbackStatements();
// The tables of format 9 that only a server has: never copied to or from a file.
QStringList serverOnlyTables();
} // namespace PostgresTeamSchema
