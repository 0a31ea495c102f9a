#pragma once
// The supervision package while it is built: an SQLite database in memory, attached to the
// source database's own connection (ATTACH ':memory:'). Rows go from the source into it by
// INSERT ... SELECT inside SQLite, in one transaction that reads the source in one snapshot;
// no value passes through C++ but the free text being masked (`duosup_mask(family_id, text)`,
// an SQL function over the families' NameMaskers). Nothing of it touches the disk: temporary
// tables and sorts stay in memory too (Database sets temp_store).
//
// For its lifetime it changes the connection: the page cache is raised (a year's visits lie
// scattered over ten years of file, and SQLite's default 2 MB cache read many pages several
// times), a progress handler lets Progress::cancel() interrupt a statement, and the masking
// function is there. The destructor rolls back whatever is still open, detaches the package
// and puts the connection back as it was.

#include "NameMasker.h"
#include "Progress.h"
#include "Result.h"
#include "SecureBytes.h"

#include <QCoreApplication>
#include <QHash>
#include <QVariantList>

#include <memory>

struct sqlite3;

class AttachedPackage
{
    Q_DECLARE_TR_FUNCTIONS(AttachedPackage)
public:
    // The schema name the package is attached under.
    static QString schema() { return QStringLiteral("duosup_package"); }

    // Attaches an empty package to `source` and begins the transaction. The source must not
    // be in a transaction (SQLite attaches only outside one).
    static Result<std::unique_ptr<AttachedPackage>> attach(sqlite3 *source,
                                                           const Progress *progress);
    ~AttachedPackage();
    AttachedPackage(const AttachedPackage &) = delete;
    AttachedPackage &operator=(const AttachedPackage &) = delete;

    sqlite3 *handle() const { return m_db; }

    // Masking with these maskers, by family id, from now on (they must outlive this).
    Status setMaskers(const QHash<qint64, NameMasker> *maskers);

    // Runs one statement with its binds; `changes` gets the rows it inserted.
    Status exec(const QString &sql, const QVariantList &binds = {}, qint64 *changes = nullptr);
    // A temporary table of the connection (in memory) made for the build, dropped when this
    // goes.
    void dropWhenDone(const QString &temporaryTable) { m_temporaryTables << temporaryTable; }
    // The first column of every row `sql` gives, as integers.
    Result<QList<qint64>> ids(const QString &sql);

    // Commits the transaction and returns the package as the bytes of an SQLite file.
    Result<SecureBytes> finish();

private:
    explicit AttachedPackage(sqlite3 *db, const Progress *progress);
    Error failure(const QString &reason) const;

    sqlite3 *m_db = nullptr;
    const Progress *m_progress = nullptr;
    bool m_attached = false;
    bool m_inTransaction = false;
    bool m_masking = false;
    QStringList m_temporaryTables;
    qint64 m_cacheSize = 0; // the source's own, put back at the end
};
