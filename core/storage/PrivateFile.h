#pragma once
// The one way DuoCoach writes a file that holds family data (a CSV visit log, a calendar, a
// PDF report, a supervision package, a supervisor's feedback, a restored database): owner-only
// (0600) from its first byte whatever the umask, also over an existing file with looser
// permissions; never over the database it comes from or a file kept beside it
// (DatabaseFiles); written beside the target and renamed into place, so it is there whole or
// not at all. publish() runs a step just before the file appears (the export's record, so the
// log always knows at least as much as the disk).

#include "Result.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <functional>

class PrivateFile : public QSaveFile
{
    Q_DECLARE_TR_FUNCTIONS(PrivateFile)
public:
    // Run just before the file is renamed into place; a failure leaves no file.
    using BeforePublish = std::function<Status()>;

    // `database`: the database the content comes from, protected from being written over.
    explicit PrivateFile(const QString &path, const QString &database = {});

    // Opens the file for writing, owner-only. Refused (Error::Kind::Refused) with one sentence
    // naming the file when it is the database or beside it, or a folder; a file that cannot be
    // created is a storage error (writeError()), which a writer may say in its own words.
    Status openForWriting();
    // Renames the file into place, after `beforePublish` succeeded.
    Status publish(const BeforePublish &beforePublish = {});
    // One sentence for a write that failed: "Could not write "NAME": REASON".
    Error writeError() const;

    static constexpr QFileDevice::Permissions OwnerOnly =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner;

private:
    QString m_database;
};
