#pragma once
// How one CSV cell becomes a domain value, shared by the family and worker importers. Each
// parser accepts what a Dutch coordinator plausibly types (codes, English or Dutch words, ISO
// or Dutch dates) and otherwise fails with one sentence about the cell, without row or column:
// CsvTable::errorAt adds those.

#include "Result.h"
#include "domain/Domain.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

class ImportFields
{
    Q_DECLARE_TR_FUNCTIONS(ImportFields)
public:
    // "Arabic|nl|Turks" -> {"ar", "nl", "tr"}: codes, English or Dutch names, separated by '|'.
    static Result<QStringList> languages(const QString &cell);
    // 2026-03-01, or Dutch day-month-year: 01-03-2026, 1-3-2026, 01/03/2026.
    static Result<QDate> date(const QString &cell);
    // female/male/other, or vrouw/man/anders.
    static Result<Gender> gender(const QString &cell);
    // empty/none/female/male, or geen/vrouw/man.
    static Result<GenderWish> genderWish(const QString &cell);
    // trusted_person/professional, or vertrouwenspersoon/hulpverlener.
    static Result<WorkerRole> role(const QString &cell);
    // A whole number within [minimum, maximum].
    static Result<int> wholeNumber(const QString &cell, int minimum, int maximum);
};
