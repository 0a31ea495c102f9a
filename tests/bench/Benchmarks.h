#pragma once
// The performance benchmark of issue 7, as Qt Test QBENCHMARKs on a demo data set (10,000
// families, ~500,000 visits by default): start-up until the first paint, a keystroke in the
// family search, switching the week planner to another week, opening a family, one year of visits
// to a supervision package, to CSV and `verify`, each against the sqlite3 shell writing one year
// of visits to CSV, peak memory while scrolling the visit log end to end, and importing a CSV
// file of 5,000 families into an empty database.
// Figures are reported, never asserted; the summary at the end gives each as the median of its
// runs, next to its target.

#include <QMap>
#include <QObject>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <memory>

class BenchServer;
class Database;

class Benchmarks : public QObject
{
    Q_OBJECT
public:
    // `self` is this program, started again as the memory benchmark's child.
    Benchmarks(int families, const QString &self);
    ~Benchmarks() override;

private slots:
    // Every figure on both engines (issue 14): the SQLite file, and the same data copied to a
    // PostgreSQL 15 cluster on this machine that the benchmark starts for itself.
    void initTestCase_data();
    void initTestCase();
    void cleanupTestCase();

    void coldStart();
    void familySearchKeystroke_data();
    void familySearchKeystroke();
    void plannerWeekSwitch();
    void openFamily();
    void oneYearToCsv_data();
    void oneYearToCsv();
    void supervisionExport_data();
    void supervisionExport();
    void peakMemoryScrollingVisits();
    void importFamilies();

private:
    void record(const QString &figure, double value);
    // The engine of the current global row, the data set's address on it, and its database.
    bool onServer() const;
    QString database() const;
    Database &db() const;
    // psql (on the server) or the sqlite3 shell writing `sql`'s rows to CSV in `out`.
    void shellToCsv(const QString &sql, const QString &out, const char *figure);
    void setUpServer();
    // HOME and XDG folders of their own: a child must not read or write the user's settings.
    QProcessEnvironment childEnvironment() const;
    // The one-year query to CSV through QtSql, as DuoCoach's storage layer reads; row count.
    int writeCsvThroughQtSql(const QString &sql, const QString &out) const;
    // A copy of the data set for the package export, which records every export in the
    // database it reads: the kept data set stays as it was made.
    QString exportSource();

    QString m_exportSource;

    int m_families;
    QString m_self;
    QString m_database;
    QTemporaryDir m_scratch;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<BenchServer> m_server;
    QString m_serverDatabase; // the data set's address on the server
    std::unique_ptr<Database> m_serverDb;
    QMap<QString, QList<double>> m_samples;
    QMap<QString, QByteArray> m_csvHashes;
};
