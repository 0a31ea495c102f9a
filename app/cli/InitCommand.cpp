#include "InitCommand.h"

#include "storage/Database.h"

int InitCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString path = parser.positionalArguments().at(0);
    auto db = Database::open(path);
    if (!db)
        return fail(err, db.error());
    // "Up to date" is a promise about the file: a damaged one is said to be damaged.
    if (Status sound = db.value()->checkSound(); !sound)
        return fail(err, sound.error());
    if (db.value()->createdSchema())
        out << tr("Created the database %1 (format %2).")
                   .arg(db.value()->fullName())
                   .arg(db.value()->schemaVersion())
            << Qt::endl;
    else if (!db.value()->backupPath().isEmpty())
        out << tr("Upgraded the database %1 to format %2; the old file was kept as %3.")
                   .arg(db.value()->fullName())
                   .arg(db.value()->schemaVersion())
                   .arg(db.value()->backupPath())
            << Qt::endl;
    else
        out << tr("The database %1 is up to date (format %2).")
                   .arg(db.value()->fullName())
                   .arg(db.value()->schemaVersion())
            << Qt::endl;
    return Success;
}
