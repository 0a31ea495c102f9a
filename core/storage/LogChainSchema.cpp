#include "LogChainSchema.h"

QStringList LogChainSchema::tables()
{
    return {QStringLiteral("access_log_chain")};
}

QStringList LogChainSchema::fileStatements()
{
    return {
        // No foreign key: a chain row whose entry was deleted must stay to be found.
        QStringLiteral(R"(CREATE TABLE access_log_chain (
    entry_id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64)))"),
        QStringLiteral(R"(CREATE TRIGGER access_log_chain_never_changed
    BEFORE UPDATE ON access_log_chain
    BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END)"),
        QStringLiteral(R"(CREATE TRIGGER access_log_chain_never_deleted
    BEFORE DELETE ON access_log_chain
    BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END)"),
        QStringLiteral(R"(CREATE TRIGGER access_log_chain_never_replaced
    BEFORE INSERT ON access_log_chain
    WHEN EXISTS (SELECT 1 FROM access_log_chain WHERE entry_id = NEW.entry_id)
    BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END)"),
    };
}

QStringList LogChainSchema::serverStatements()
{
    return {
        QStringLiteral(R"(CREATE TABLE access_log_chain (
    entry_id BIGINT PRIMARY KEY,
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64)))"),
        QStringLiteral(R"(CREATE TRIGGER access_log_chain_never_changed
    BEFORE UPDATE ON access_log_chain
    FOR EACH ROW EXECUTE FUNCTION access_log_append_only())"),
        QStringLiteral(R"(CREATE TRIGGER access_log_chain_never_deleted
    BEFORE DELETE ON access_log_chain
    FOR EACH ROW EXECUTE FUNCTION access_log_append_only())"),
        QStringLiteral(R"(CREATE TRIGGER access_log_chain_never_truncated
    BEFORE TRUNCATE ON access_log_chain
    FOR EACH STATEMENT EXECUTE FUNCTION access_log_append_only())"),
        QStringLiteral("UPDATE duocoach_schema SET version = %1").arg(Format),
    };
}
