#include "FamilyImporter.h"

#include "CsvReader.h"
#include "ImportFields.h"
#include "Progress.h"
#include "domain/Validation.h"
#include "storage/Database.h"
#include "storage/FamilyStore.h"
#include "storage/SqlValues.h"

#include <QHash>
#include <QLocale>
#include <QSet>

namespace {
const QString FamilyName = QStringLiteral("family_name");
const QString Street = QStringLiteral("street");
const QString Postcode = QStringLiteral("postcode");
const QString City = QStringLiteral("city");
const QString District = QStringLiteral("district");
const QString HomeLanguages = QStringLiteral("home_languages");
const QString TrustedPersonGender = QStringLiteral("trusted_person_gender");
const QString ReferralSource = QStringLiteral("referral_source");
const QString ReferredOn = QStringLiteral("referred_on");
const QString Phone = QStringLiteral("phone");

// What makes two rows the same family: importing a file twice must not double the register.
// The name in one Unicode form: "Öztürk" composed and decomposed is one family (a database
// from before text was stored in NFC may hold either).
QString identity(const QString &familyName, const QString &postcode, const QDate &referredOn)
{
    return familyName.normalized(QString::NormalizationForm_C).simplified().toCaseFolded() +
           QLatin1Char('\x1f') + Validation::normalisePostcode(postcode) + QLatin1Char('\x1f') +
           QString::number(referredOn.toJulianDay());
}
} // namespace

const QStringList &FamilyImporter::columns()
{
    static const QStringList all = {
        FamilyName,          Street,         Postcode,   City, District, HomeLanguages,
        TrustedPersonGender, ReferralSource, ReferredOn, Phone};
    return all;
}

const QStringList &FamilyImporter::requiredColumns()
{
    static const QStringList required = {FamilyName, ReferredOn};
    return required;
}

const QStringList &FamilyImporter::dutchColumns()
{
    static const QStringList all = {QStringLiteral("Achternaam"),
                                    QStringLiteral("Straat"),
                                    QStringLiteral("Postcode"),
                                    QStringLiteral("Plaats"),
                                    QStringLiteral("Wijk"),
                                    QStringLiteral("Thuistalen"),
                                    QStringLiteral("Voorkeur vertrouwenspersoon"),
                                    QStringLiteral("Verwezen door"),
                                    QStringLiteral("Verwezen op"),
                                    QStringLiteral("Telefoon")};
    return all;
}

const QHash<QString, QString> &FamilyImporter::otherHeadings()
{
    static const QHash<QString, QString> all = {
        {QStringLiteral("gezinsnaam"), FamilyName},
        {QStringLiteral("familienaam"), FamilyName},
        {QStringLiteral("naam"), FamilyName},
        {QStringLiteral("adres"), Street},
        {QStringLiteral("straat_en_huisnummer"), Street},
        {QStringLiteral("woonplaats"), City},
        {QStringLiteral("stad"), City},
        {QStringLiteral("thuistaal"), HomeLanguages},
        {QStringLiteral("talen"), HomeLanguages},
        {QStringLiteral("geslacht_vertrouwenspersoon"), TrustedPersonGender},
        {QStringLiteral("verwijzer"), ReferralSource},
        {QStringLiteral("verwijzing_door"), ReferralSource},
        {QStringLiteral("verwijsdatum"), ReferredOn},
        {QStringLiteral("telefoonnummer"), Phone},
        {QStringLiteral("tel"), Phone},
        {QStringLiteral("mobiel"), Phone},
        {QStringLiteral("datum_verwijzing"), ReferredOn}};
    return all;
}

Error FamilyImporter::cancelled() const
{
    return Error::cancelled(
        tr("The import from %1 was cancelled; nothing was imported.").arg(fileName()));
}

Status FamilyImporter::read(const QString &path, const Progress *progress)
{
    auto table = CsvReader::readFile(path);
    if (!table)
        return table.error();
    return read(std::move(table).value(), progress);
}

Status FamilyImporter::read(CsvTable table, const Progress *progress)
{
    m_table = std::move(table);
    m_families.clear();
    m_leftOut.clear();
    if (Status mapped =
            m_table.mapColumns(columns(), requiredColumns(), dutchColumns(), otherHeadings());
        !mapped)
        return mapped;
    QHash<QString, int> seen; // identity -> row number
    const qint64 total = m_table.rows.size();
    for (const CsvRow &row : std::as_const(m_table.rows)) {
        if (const qint64 checked = m_families.size(); checked % StepRows == 0) {
            Progress::step(progress, checked, total);
            if (Progress::cancelled(progress))
                return cancelled();
        }
        auto family = familyFrom(row);
        if (!family)
            return family.error();
        const QString key = identity(family->familyName, family->postcode, family->referredOn);
        if (const int earlier = seen.value(key); earlier > 0)
            return m_table.errorAt(row, FamilyName,
                                   tr("The family %1 already appears in row %2.")
                                       .arg(family->familyName, QString::number(earlier)));
        seen.insert(key, row.number);
        m_families << std::move(family).value();
    }
    Progress::step(progress, total, total);
    if (Progress::cancelled(progress)) // nothing stored changes either way: honour it
        return cancelled();
    return {};
}

Result<Family> FamilyImporter::familyFrom(const CsvRow &row) const
{
    const auto cell = [&](const QString &column) {
        return m_table.cell(row, column);
    };
    const auto at = [&](const QString &column, const QString &reason) {
        return m_table.errorAt(row, column, reason);
    };

    Family f;
    f.familyName = cell(FamilyName);
    if (f.familyName.isEmpty())
        return at(FamilyName, tr("The family name is empty."));
    f.street = cell(Street);
    f.postcode = cell(Postcode);
    if (!f.postcode.isEmpty()) {
        if (const QString problem = Validation::checkPostcode(f.postcode); !problem.isEmpty())
            return at(Postcode, problem);
        f.postcode = Validation::normalisePostcode(f.postcode);
    }
    f.city = cell(City);
    f.phone = cell(Phone);
    if (const QString problem = Validation::checkPhone(f.phone); !problem.isEmpty())
        return at(Phone, problem);
    f.phone = Validation::normalisePhone(f.phone);
    f.district = cell(District);
    auto languages = ImportFields::languages(cell(HomeLanguages));
    if (!languages)
        return at(HomeLanguages, languages.message());
    f.homeLanguages = languages.value();
    auto wish = ImportFields::genderWish(cell(TrustedPersonGender));
    if (!wish)
        return at(TrustedPersonGender, wish.message());
    f.preferredGender = wish.value();
    f.referralSource = cell(ReferralSource);
    if (cell(ReferredOn).isEmpty())
        return at(ReferredOn, tr("The referral date is empty."));
    auto referredOn = ImportFields::date(cell(ReferredOn));
    if (!referredOn)
        return at(ReferredOn, referredOn.message());
    f.referredOn = referredOn.value();
    // Imported families wait for a duo; the status moves on when one is assigned.
    f.status = FamilyStatus::Referred;

    // The field checks above name the column; this catches any rule they do not cover.
    if (const QString problem = Validation::checkFamily(f); !problem.isEmpty())
        return m_table.errorInRow(row, problem);
    return f;
}

Result<QList<FamilyImporter::Duplicate>> FamilyImporter::findDuplicates(const Database &db) const
{
    // One query for the whole register, not one per row.
    auto existing = db.exec(
        QStringLiteral("SELECT family_name, postcode, referred_on, case_code FROM families"));
    if (!existing)
        return existing.error();
    QHash<QString, QString> known; // identity -> case code
    while (existing->next())
        known.insert(identity(existing->value(0).toString(), existing->value(1).toString(),
                              SqlValues::toDate(existing->value(2))),
                     existing->value(3).toString());
    QList<Duplicate> found;
    for (int i = 0; i < m_families.size(); ++i) {
        const Family &family = m_families.at(i);
        const auto match =
            known.constFind(identity(family.familyName, family.postcode, family.referredOn));
        if (match != known.cend())
            found.append({i, m_table.rows.at(i).number, family.familyName, match.value()});
    }
    return found;
}

void FamilyImporter::leaveOut(const QList<Duplicate> &duplicates)
{
    m_leftOut.clear();
    for (const Duplicate &duplicate : duplicates)
        if (duplicate.index >= 0 && duplicate.index < m_families.size())
            m_leftOut.insert(duplicate.index);
}

Result<QList<Family>> FamilyImporter::write(Database &db, const Progress *progress) const
{
    QList<Family> stored;
    QList<Family> families;
    QList<int> rowOf; // index in families -> index in m_families
    for (int i = 0; i < m_families.size(); ++i) {
        if (m_leftOut.contains(i))
            continue;
        families << m_families.at(i);
        rowOf << i;
    }
    const qint64 total = families.size();
    const auto stepped = [&](qint64 written) -> Status {
        Progress::step(progress, written, total);
        if (Progress::cancelled(progress))
            return cancelled();
        return {};
    };
    Status done = db.transaction([&]() -> Status {
        if (Status goOn = stepped(0); !goOn)
            return goOn;
        // Checked again inside the transaction: on a shared server a colleague may have added
        // one of them since the question was asked.
        auto duplicates = findDuplicates(db);
        if (!duplicates)
            return duplicates.error();
        for (const Duplicate &duplicate : duplicates.value()) {
            if (m_leftOut.contains(duplicate.index))
                continue;
            const Family &family = m_families.at(duplicate.index);
            return m_table.errorAt(
                m_table.rows.at(duplicate.index), FamilyName,
                tr("The family %1 (referred on %2) is already in the database.")
                    .arg(family.familyName,
                         QLocale().toString(family.referredOn, QLocale::ShortFormat)));
        }
        int refused = -1;
        auto added = FamilyStore(db).addAll(families, stepped, &refused);
        if (!added) {
            if (added.error().kind == Error::Kind::Invalid && refused >= 0)
                return m_table.errorInRow(m_table.rows.at(rowOf.at(refused)), added.message());
            return added.error();
        }
        stored = std::move(added).value();
        return {};
    });
    if (!done)
        return done.error();
    return stored;
}
