#pragma once
// Where a database is: a SQLite file path, or a PostgreSQL server named by a URI as libpq
// writes it (postgresql://user@host:port/dbname?host=/socket/dir&sslmode=require). Every
// place that names a database (--database, each duocoach-cli command, File → Open and
// Connect) takes either. A password is never part of an address: it would show in the
// process list and the shell's history; libpq's PGPASSWORD, ~/.pgpass and PGPASSFILE, or the
// window's prompt, provide it.

#include "Result.h"

#include <QCoreApplication>
#include <QString>

class DatabaseAddress
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseAddress)
public:
    // True for text that names a server (postgresql:// or postgres://) rather than a file.
    static bool isServerAddress(const QString &text);
    // A file path is taken as it is; a server URI is checked: a password, an unknown
    // parameter or a malformed URI is refused with one sentence.
    static Result<DatabaseAddress> parse(const QString &text);
    // The URI of a server database from its parts, as File → Connect to Team Server builds it:
    // a host name, or a socket folder (starting with "/"), which goes into ?host= as libpq
    // reads it; the port left out when it is libpq's default (5432); sslMode empty for libpq's
    // default. Parts are percent-encoded, so any name survives the round trip through parse().
    static QString serverText(const QString &host, int port, const QString &database,
                              const QString &user, const QString &sslMode = QString());

    bool isServer() const { return m_server; }
    QString filePath() const { return m_server ? QString() : m_text; }
    // The text that reopens it: the file path, or the URI (never with a password).
    QString text() const { return m_text; }

    // For a server: what QPSQL needs. hostName is a host or a socket folder; empty means
    // libpq's default (the local socket).
    QString hostName() const { return m_host; }
    int port() const { return m_port; }
    QString userName() const { return m_user; }
    QString databaseName() const { return m_database; }
    // libpq keywords (sslmode, connect_timeout, application_name …) for setConnectOptions.
    QString connectOptions() const { return m_options; }
    // The sslmode the address asks for; empty for libpq's default ("prefer").
    QString sslMode() const { return m_sslMode; }

    // For sentences: the file's name, or the server as a person would name it ("db.example.org",
    // "this computer" for a local socket).
    QString serverName() const;
    QString displayName() const;

private:
    bool m_server = false;
    QString m_text;
    QString m_host;
    int m_port = -1;
    QString m_user;
    QString m_database;
    QString m_options;
    QString m_sslMode;
};
