#include "WorkerImporter.h"

#include "CsvReader.h"
#include "ImportFields.h"
#include "Progress.h"
#include "domain/Validation.h"
#include "storage/Database.h"
#include "storage/OrganisationStore.h"
#include "storage/WorkerStore.h"

#include <QHash>
#include <QSet>

namespace {
const QString Name = QStringLiteral("name");
const QString Role = QStringLiteral("role");
const QString OrganisationColumn = QStringLiteral("organisation");
const QString LanguagesColumn = QStringLiteral("languages");
const QString District = QStringLiteral("district");
const QString GenderColumn = QStringLiteral("gender");
const QString MaxCaseload = QStringLiteral("max_caseload");
const QString Phone = QStringLiteral("phone");
const QString Email = QStringLiteral("email");

// In one Unicode form and case: "Doğan" composed or decomposed is one person, and one
// organisation (a database from before text was stored in NFC may hold either).
QString folded(const QString &text)
{
    return text.normalized(QString::NormalizationForm_C).simplified().toCaseFolded();
}

// What makes two rows the same worker: importing a file twice must not double the staff.
QString identity(const QString &name, const QString &organisation)
{
    return folded(name) + QLatin1Char('\x1f') + folded(organisation);
}
} // namespace

const QStringList &WorkerImporter::columns()
{
    static const QStringList all = {Name,     Role,         OrganisationColumn, LanguagesColumn,
                                    District, GenderColumn, MaxCaseload,        Phone,
                                    Email};
    return all;
}

const QStringList &WorkerImporter::requiredColumns()
{
    static const QStringList required = {Name, Role, OrganisationColumn, GenderColumn};
    return required;
}

const QStringList &WorkerImporter::dutchColumns()
{
    static const QStringList all = {QStringLiteral("Naam"),
                                    QStringLiteral("Rol"),
                                    QStringLiteral("Organisatie"),
                                    QStringLiteral("Talen"),
                                    QStringLiteral("Wijk"),
                                    QStringLiteral("Geslacht"),
                                    QStringLiteral("Maximale caseload"),
                                    QStringLiteral("Telefoon"),
                                    QStringLiteral("E-mail")};
    return all;
}

const QHash<QString, QString> &WorkerImporter::otherHeadings()
{
    static const QHash<QString, QString> all = {
        {QStringLiteral("volledige_naam"), Name},
        {QStringLiteral("functie"), Role},
        {QStringLiteral("organisatienaam"), OrganisationColumn},
        {QStringLiteral("taal"), LanguagesColumn},
        {QStringLiteral("max_caseload"), MaxCaseload},
        {QStringLiteral("maximum_caseload"), MaxCaseload},
        {QStringLiteral("maximaal_aantal_gezinnen"), MaxCaseload},
        {QStringLiteral("telefoonnummer"), Phone},
        {QStringLiteral("mobiel"), Phone},
        {QStringLiteral("emailadres"), Email},
        {QStringLiteral("mail"), Email}};
    return all;
}

Error WorkerImporter::cancelled() const
{
    return Error::cancelled(
        tr("The import from %1 was cancelled; nothing was imported.").arg(fileName()));
}

Status WorkerImporter::read(const QString &path, const Progress *progress)
{
    auto table = CsvReader::readFile(path);
    if (!table)
        return table.error();
    return read(std::move(table).value(), progress);
}

Status WorkerImporter::read(CsvTable table, const Progress *progress)
{
    m_table = std::move(table);
    m_workers.clear();
    m_leftOut.clear();
    if (Status mapped =
            m_table.mapColumns(columns(), requiredColumns(), dutchColumns(), otherHeadings());
        !mapped)
        return mapped;
    QHash<QString, int> seen; // identity -> row number
    const qint64 total = m_table.rows.size();
    for (const CsvRow &row : std::as_const(m_table.rows)) {
        if (const qint64 checked = m_workers.size(); checked % StepRows == 0) {
            Progress::step(progress, checked, total);
            if (Progress::cancelled(progress))
                return cancelled();
        }
        auto worker = workerFrom(row);
        if (!worker)
            return worker.error();
        const QString key = identity(worker->name, worker->organisationName);
        if (const int earlier = seen.value(key); earlier > 0)
            return m_table.errorAt(
                row, Name,
                tr("%1 of %2 already appears in row %3.")
                    .arg(worker->name, worker->organisationName, QString::number(earlier)));
        seen.insert(key, row.number);
        m_workers << std::move(worker).value();
    }
    Progress::step(progress, total, total);
    if (Progress::cancelled(progress)) // nothing stored changes either way: honour it
        return cancelled();
    return {};
}

Result<Worker> WorkerImporter::workerFrom(const CsvRow &row) const
{
    const auto cell = [&](const QString &column) {
        return m_table.cell(row, column);
    };
    const auto at = [&](const QString &column, const QString &reason) {
        return m_table.errorAt(row, column, reason);
    };

    Worker w;
    w.name = cell(Name);
    if (w.name.isEmpty())
        return at(Name, tr("The name is empty."));
    if (cell(Role).isEmpty())
        return at(Role, tr("The role is empty; use trusted_person or professional."));
    auto role = ImportFields::role(cell(Role));
    if (!role)
        return at(Role, role.message());
    w.role = role.value();
    w.organisationName = cell(OrganisationColumn);
    if (w.organisationName.isEmpty())
        return at(OrganisationColumn, tr("The organisation is empty."));
    auto languages = ImportFields::languages(cell(LanguagesColumn));
    if (!languages)
        return at(LanguagesColumn, languages.message());
    w.languages = languages.value();
    w.district = cell(District);
    if (cell(GenderColumn).isEmpty())
        return at(GenderColumn, tr("The gender is empty; use female, male or other."));
    auto gender = ImportFields::gender(cell(GenderColumn));
    if (!gender)
        return at(GenderColumn, gender.message());
    w.gender = gender.value();
    if (!cell(MaxCaseload).isEmpty()) {
        auto maximum = ImportFields::wholeNumber(cell(MaxCaseload), 1, 50);
        if (!maximum)
            return at(MaxCaseload, maximum.message());
        w.maxCaseload = maximum.value();
    } // else the default of a new Worker
    w.phone = cell(Phone);
    w.email = cell(Email);
    if (const QString problem = Validation::checkEmail(w.email); !problem.isEmpty())
        return at(Email, problem);

    // The organisation is resolved (or created) only when writing; a stand-in id lets the
    // remaining worker rules be checked now, before anything is written.
    Worker check = w;
    check.organisationId = 1;
    if (const QString problem = Validation::checkWorker(check); !problem.isEmpty())
        return m_table.errorInRow(row, problem);
    return w;
}

Result<QList<WorkerImporter::Duplicate>> WorkerImporter::findDuplicates(const Database &db) const
{
    // One query for all workers, not one per row.
    auto existing = db.exec(QStringLiteral(
        "SELECT w.name, o.name FROM workers w JOIN organisations o ON o.id = w.organisation_id"));
    if (!existing)
        return existing.error();
    QSet<QString> known;
    while (existing->next())
        known.insert(identity(existing->value(0).toString(), existing->value(1).toString()));
    QList<Duplicate> found;
    for (int i = 0; i < m_workers.size(); ++i) {
        const Worker &worker = m_workers.at(i);
        if (known.contains(identity(worker.name, worker.organisationName)))
            found.append({i, m_table.rows.at(i).number, worker.name, worker.organisationName});
    }
    return found;
}

void WorkerImporter::leaveOut(const QList<Duplicate> &duplicates)
{
    m_leftOut.clear();
    for (const Duplicate &duplicate : duplicates)
        if (duplicate.index >= 0 && duplicate.index < m_workers.size())
            m_leftOut.insert(duplicate.index);
}

Result<WorkerImporter::Summary> WorkerImporter::write(Database &db, const Progress *progress) const
{
    Summary summary;
    QList<int> rowOf; // index in the workers written -> index in m_workers
    for (int i = 0; i < m_workers.size(); ++i)
        if (!m_leftOut.contains(i))
            rowOf << i;
    const qint64 total = rowOf.size();
    const auto stepped = [&](qint64 written) -> Status {
        Progress::step(progress, written, total);
        if (Progress::cancelled(progress))
            return cancelled();
        return {};
    };
    Status done = db.transaction([&]() -> Status {
        if (Status goOn = stepped(0); !goOn)
            return goOn;
        // Whole lists up front, one query each, rather than a look-up per row.
        OrganisationStore organisations(db);
        auto knownOrganisations = organisations.all();
        if (!knownOrganisations)
            return knownOrganisations.error();
        QHash<QString, qint64> organisationIds; // folded name -> id
        for (const Organisation &o : knownOrganisations.value())
            organisationIds.insert(folded(o.name), o.id);
        WorkerStore store(db);
        // Checked again inside the transaction: on a shared server a colleague may have added
        // one of them since the question was asked.
        auto duplicates = findDuplicates(db);
        if (!duplicates)
            return duplicates.error();
        for (const Duplicate &duplicate : duplicates.value())
            if (!m_leftOut.contains(duplicate.index))
                return m_table.errorAt(m_table.rows.at(duplicate.index), Name,
                                       tr("%1 of %2 is already in the database.")
                                           .arg(duplicate.name, duplicate.organisationName));

        // New organisations first (few), in order of first appearance, each created as the
        // first row naming it says; then all workers as one set.
        QList<Worker> workers;
        for (int i : std::as_const(rowOf))
            workers << m_workers.at(i);
        for (int i = 0; i < workers.size(); ++i) {
            Worker &worker = workers[i];
            const QString key = folded(worker.organisationName);
            if (!organisationIds.contains(key)) {
                Organisation created;
                created.name = worker.organisationName;
                created.kind = worker.role == WorkerRole::TrustedPerson
                                   ? OrganisationKind::Community
                                   : OrganisationKind::CareProvider;
                auto id = organisations.add(created);
                if (!id)
                    return m_table.errorAt(m_table.rows.at(rowOf.at(i)), OrganisationColumn,
                                           id.message());
                organisationIds.insert(key, id.value());
                summary.createdOrganisations << created.name;
                summary.createdOrganisationIds << id.value();
            }
            worker.organisationId = organisationIds.value(key);
            if (worker.role == WorkerRole::TrustedPerson)
                ++summary.trustedPersons;
            else
                ++summary.professionals;
        }
        int refused = -1;
        auto ids = store.addAll(workers, stepped, &refused);
        if (!ids) {
            if (ids.error().kind == Error::Kind::Invalid && refused >= 0)
                return m_table.errorInRow(m_table.rows.at(rowOf.at(refused)), ids.message());
            return ids.error();
        }
        summary.workerIds = std::move(ids).value();
        return {};
    });
    if (!done)
        return done.error();
    return summary;
}
