#pragma once
// Format 14 (issue 17): the supervisor's feedback, brought back into the database whose package
// it was written on (SupervisionFeedbackImport), one row per note: a general remark, a note for
// a duo, or a note on one visit. Each row names its duo, so the duo finds it on their Today page,
// and a visit's note its visit and family, so it shows with the visit and leaves with the family
// when the family's file is removed. One text for both engines; on a server the team's rules
// follow (PostgresTeamSchema::feedbackStatements): a coach reads the notes of their own duos and
// the remarks meant for the whole team, the coordinator imports, nobody else writes.

#include <QStringList>

namespace FeedbackSchema {
constexpr int Format = 14;
QStringList tables();
QStringList fileStatements();
// The tables and the version number; the team's rules are PostgresTeamSchema's.
QStringList serverStatements();
} // namespace FeedbackSchema
