#pragma once
// Format 13 (issue 17), the daily work of each role: a follow-up action ticked off says who
// did it; a family and its household members have a phone number. One text for both engines, like
// NetworkSchema; on a server the version number is set with it (the team's rules need nothing new:
// the column lives in a table they cover).

#include <QStringList>

namespace DailyWorkSchema {
constexpr int Format = 13;
QStringList fileStatements();
QStringList serverStatements();
} // namespace DailyWorkSchema
