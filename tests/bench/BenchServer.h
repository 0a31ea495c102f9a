#pragma once
// The benchmark's PostgreSQL 15 server: a throwaway cluster of its own on this machine
// (scripts/pg-test-cluster, as the tests start theirs), the large data set copied into it with
// `duocoach-cli copy`, and the reference for that copy: psql restoring a plain pg_dump of the
// same data. The cluster goes with this object.

#include <QString>
#include <QStringList>

class BenchServer
{
public:
    explicit BenchServer(QString folder) : m_folder(std::move(folder)) {}
    ~BenchServer();
    BenchServer(const BenchServer &) = delete;
    BenchServer &operator=(const BenchServer &) = delete;

    // Starts the cluster; false with the reason in *error.
    bool start(QString *error);
    // The address of `database` on the cluster, as duocoach and duocoach-cli take it.
    QString address(const QString &database) const;
    // A new, empty database.
    bool create(const QString &database, QString *error);
    // Runs a program of PostgreSQL's (psql, pg_dump) on the cluster; its output goes to `out`
    // when given. Milliseconds taken, or -1 with the reason in *error.
    double run(const QString &program, const QStringList &arguments, QString *error,
               const QString &in = {}, const QString &out = {}) const;

private:
    QString m_folder;
    QString m_state;
    QString m_uri; // of the "postgres" database
};
