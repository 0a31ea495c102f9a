#include "DailyWorkSchema.h"

QStringList DailyWorkSchema::fileStatements()
{
    return {
        // Who ticked a follow-up action off: the worker's name, or the account of a coordinator
        // (the access log's actor name). Actions done before this format say only when.
        QStringLiteral("ALTER TABLE follow_ups ADD COLUMN done_by TEXT CHECK (done_by <> '')"),
        // A family's phone number, and a household member's (for a parent); checked as a Dutch
        // or international number by Validation, never part of a supervision package.
        QStringLiteral("ALTER TABLE families ADD COLUMN phone TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE household_members ADD COLUMN phone TEXT NOT NULL DEFAULT ''"),
    };
}

QStringList DailyWorkSchema::serverStatements()
{
    return fileStatements() << QStringLiteral("UPDATE duocoach_schema SET version = %1")
                                   .arg(DailyWorkSchema::Format);
}
