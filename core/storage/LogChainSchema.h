#pragma once
// Format 15 (issue 18): the access log's hash chain. One row per log entry, holding the SHA-256
// of the entry before it and of its own fields (AccessLogChain), added by the program in the
// transaction that adds the entry. Append-only like the log. On a server the table exists, so a
// copy keeps the chain a file made; the server's own log is guarded by its roles and is not
// chained (AccessLogChain).

#include <QStringList>

namespace LogChainSchema {
constexpr int Format = 15;
QStringList tables();
QStringList fileStatements();
QStringList serverStatements();
} // namespace LogChainSchema
