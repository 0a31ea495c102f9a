#pragma once
// The signing keys a reader trusts: whoever signed a package with one of them is a known
// sender. A supervisor says once that a coordinator's key is theirs (after comparing its
// fingerprint, on the phone or on paper); from then on the coordinator's packages open without
// a question, and a package re-signed by anyone else is told apart.
//
// Known are: the keys of this computer's own databases (SigningKey::folder()), the fingerprints
// in the user's list (QStandardPaths::AppDataLocation/known-senders), and any added for one run
// (`verify --trust`, `--trusted-keys FILE`).
//
// List file (the user's, or one given with --trusted-keys): one sender a line, a fingerprint
// (32 hex digits; spaces and colons may group them) and after it, optionally, who it is; empty
// lines and lines starting with '#' are comments.

#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

class KnownSenders
{
    Q_DECLARE_TR_FUNCTIONS(KnownSenders)
public:
    // This computer's own keys and the user's list. A damaged line in the user's list is
    // skipped: it cannot make a stranger known.
    static KnownSenders load();
    static QString userListPath();

    // Adds the senders of a list file. Refused with one sentence naming the file and line.
    Status addFile(const QString &path);
    // Adds one fingerprint, as typed. Refused when it is not one.
    Status add(const QString &fingerprint, const QString &who = {});

    bool contains(const QString &fingerprint) const;
    // Who the list says it is; empty when it does not say.
    QString who(const QString &fingerprint) const;

    // Adds a sender to the user's list for good.
    static Status remember(const QString &fingerprint, const QString &who);

private:
    QHash<QString, QString> m_senders; // normalized fingerprint -> who
};
