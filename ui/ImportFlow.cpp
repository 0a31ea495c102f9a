#include "ImportFlow.h"

#include "BackgroundTask.h"
#include "MessageBox.h"
#include "commands/EditCommands.h"
#include "commands/ImportFamiliesCommand.h"
#include "commands/ImportWorkersCommand.h"
#include "dialogs/ImportPreviewDialog.h"
#include "domain/DomainText.h"
#include "domain/Languages.h"
#include "exchange/FamilyImporter.h"
#include "exchange/ImportExample.h"
#include "exchange/WorkerImporter.h"
#include "storage/OrganisationStore.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QSet>

namespace {
// Counts are written as "Families: 12" rather than "12 families": no plural forms to get wrong.
QString number(int n)
{
    return QLocale().toString(n);
}

// Reads and checks the file off the window's thread too: a file of thousands of rows takes
// longer than a frame. (The work's own database connection goes unused.)
template <typename Importer>
Status readInBackground(QWidget *parent, EditCommands &commands, Importer &importer,
                        const QString &path)
{
    return BackgroundTask::run(
        parent, ImportFlow::tr("Reading %1…").arg(QFileInfo(path).fileName()),
        commands.database().path(), [&importer, &path](Database &, Progress &progress) {
            return importer.read(path, &progress);
        });
}
// A refused file: the sentence that says why, and the example file to compare it with or to
// start again from.
void refuse(QWidget *parent, const QString &title, const QString &message, ImportExample::Kind kind,
            const QString &path)
{
    const auto answer =
        MessageBox::choose(parent, QMessageBox::Critical, title, message,
                           {{QMessageBox::Save, ImportFlow::tr("Save Example File…")},
                            {QMessageBox::Close, ImportFlow::tr("Close")}},
                           QMessageBox::Close);
    if (answer != QMessageBox::Save)
        return;
    const QString target = QFileDialog::getSaveFileName(
        parent, ImportFlow::tr("Save Example File"),
        QFileInfo(path).absoluteDir().filePath(ImportExample::suggestedFileName(kind)),
        ImportFlow::tr("CSV files (*.csv)"));
    if (!target.isEmpty())
        ImportFlow::saveExample(parent, kind, target);
}

// One row left out of an import because it is already in the database: said the same way in
// the question and in the preview.
QString duplicateLine(const FamilyImporter::Duplicate &duplicate)
{
    return ImportFlow::tr("row %1: %2, %3")
        .arg(QString::number(duplicate.rowNumber), duplicate.familyName, duplicate.caseCode);
}

QString duplicateLine(const WorkerImporter::Duplicate &duplicate)
{
    return ImportFlow::tr("row %1: %2 of %3")
        .arg(QString::number(duplicate.rowNumber), duplicate.name, duplicate.organisationName);
}

// "row 4: Öztürk, G-2026-0012; row 9: ...": the first few, so the question stays readable.
template <typename Duplicate> QString duplicateList(const QList<Duplicate> &duplicates)
{
    constexpr int Shown = 5;
    QStringList rows;
    for (int i = 0; i < qMin(Shown, int(duplicates.size())); ++i)
        rows << duplicateLine(duplicates.at(i));
    if (duplicates.size() > Shown)
        rows << ImportFlow::tr("and %1 more").arg(number(int(duplicates.size()) - Shown));
    return rows.join(QLatin1String("; "));
}
} // namespace

bool ImportFlow::saveExample(QWidget *parent, ImportExample::Kind kind, const QString &path)
{
    if (Status saved = ImportExample::save(kind, path); !saved) {
        MessageBox::critical(parent, tr("Save Example File"), saved.message());
        return false;
    }
    return true;
}

bool ImportFlow::importFamilies(QWidget *parent, EditCommands &commands, const QString &path,
                                QString *done)
{
    const QString title = tr("Import Families");
    FamilyImporter importer;
    if (Status read = readInBackground(parent, commands, importer, path); !read) {
        if (!read.error().isCancelled()) // a cancel was the user's own choice: nothing to say
            refuse(parent, title, read.message(), ImportExample::Kind::Families, path);
        return false;
    }
    const int count = int(importer.families().size());
    if (count == 0) {
        MessageBox::information(parent, title,
                                tr("The file %1 holds no families.").arg(importer.fileName()));
        return false;
    }
    // Families already in the database are named before the question, not after the user said
    // yes: importing an updated list again then brings in only the new ones.
    auto duplicates = importer.findDuplicates(commands.database());
    if (!duplicates) {
        MessageBox::critical(parent, title, duplicates.message());
        return false;
    }
    const int already = int(duplicates->size());
    if (already == count) {
        MessageBox::information(
            parent, title,
            tr("Every family in %1 is already in the database (%2); there is nothing to import.")
                .arg(importer.fileName(), duplicateList(duplicates.value())));
        return false;
    }
    QString question = tr("Families in %1: %2.").arg(importer.fileName(), number(count));
    if (already > 0)
        question +=
            QLatin1Char(' ') +
            tr("Already in the database and left out: %1 (%2). New families: %3.")
                .arg(number(already), duplicateList(duplicates.value()), number(count - already));
    question += QLatin1Char(' ') +
                tr("Import them? Each gets a new case code; Undo takes the whole import back.");
    // The preview: the first families as they will be stored, and those left out.
    ImportPreviewDialog::Preview preview{title, question, {}, {}, count - already, {}};
    preview.headers =
        QStringList{tr("Family name"),    tr("Street"),      tr("Postcode"), tr("City"),
                    tr("Home languages"), tr("Referred on"), tr("Phone")};
    QSet<int> skipped;
    for (const FamilyImporter::Duplicate &duplicate : duplicates.value()) {
        skipped.insert(duplicate.index);
        preview.leftOut << duplicateLine(duplicate);
    }
    for (int i = 0; i < count && preview.rows.size() < ImportPreviewDialog::ShownRows; ++i) {
        if (skipped.contains(i))
            continue;
        const Family &f = importer.families().at(i);
        preview.rows << QStringList{f.familyName,
                                    f.street,
                                    f.postcode,
                                    f.city,
                                    Languages::names(f.homeLanguages),
                                    QLocale().toString(f.referredOn, QLocale::ShortFormat),
                                    f.phone};
    }
    if (!ImportPreviewDialog::confirm(parent, preview))
        return false;
    importer.leaveOut(duplicates.value());
    // Off the window's thread, on a connection of its own, with Cancel; then the same step on
    // the undo stack as any edit.
    const Actor actor = commands.actor();
    auto written = BackgroundTask::run(
        parent, tr("Importing families from %1…").arg(importer.fileName()),
        commands.database().path(), [&importer, &actor](Database &db, Progress &progress) {
            return ImportFamiliesCommand::write(db, importer, actor, &progress);
        });
    if (!written) {
        if (!written.error().isCancelled())
            MessageBox::critical(parent, title, written.message());
        return false;
    }
    commands.addWrittenImport(importer.fileName(), written.value());
    if (done)
        *done = tr("Families imported from %1: %2.")
                    .arg(importer.fileName(), number(int(written->size())));
    return true;
}

bool ImportFlow::importWorkers(QWidget *parent, EditCommands &commands, const QString &path,
                               QString *done)
{
    const QString title = tr("Import Workers");
    WorkerImporter importer;
    if (Status read = readInBackground(parent, commands, importer, path); !read) {
        if (!read.error().isCancelled())
            refuse(parent, title, read.message(), ImportExample::Kind::Workers, path);
        return false;
    }
    if (importer.workers().isEmpty()) {
        MessageBox::information(parent, title,
                                tr("The file %1 holds no workers.").arg(importer.fileName()));
        return false;
    }
    // As for families: who is already in the database is said before the question.
    auto duplicates = importer.findDuplicates(commands.database());
    if (!duplicates) {
        MessageBox::critical(parent, title, duplicates.message());
        return false;
    }
    const QString already = duplicateList(duplicates.value());
    if (duplicates->size() == importer.workers().size()) {
        MessageBox::information(
            parent, title,
            tr("Every worker in %1 is already in the database (%2); there is nothing to import.")
                .arg(importer.fileName(), already));
        return false;
    }
    importer.leaveOut(duplicates.value());
    QList<Worker> workers;
    {
        QSet<int> leftOut;
        for (const WorkerImporter::Duplicate &duplicate : duplicates.value())
            leftOut.insert(duplicate.index);
        for (int i = 0; i < importer.workers().size(); ++i)
            if (!leftOut.contains(i))
                workers << importer.workers().at(i);
    }
    int trusted = 0;
    QStringList newOrganisations;
    // Known as the importer knows them (case folded): one query, not one an organisation.
    QSet<QString> seen;
    if (auto known = OrganisationStore(commands.database()).all()) {
        for (const Organisation &organisation : known.value())
            seen.insert(organisation.name.trimmed().toCaseFolded());
    }
    for (const Worker &worker : workers) {
        if (worker.role == WorkerRole::TrustedPerson)
            ++trusted;
        const QString key = worker.organisationName.trimmed().toCaseFolded();
        if (seen.contains(key))
            continue;
        seen.insert(key);
        newOrganisations << worker.organisationName;
    }
    QString question = tr("Workers in %1: %2 (trusted persons: %3, professionals: %4).")
                           .arg(importer.fileName(), number(int(workers.size())), number(trusted),
                                number(int(workers.size()) - trusted));
    if (!newOrganisations.isEmpty())
        question += QLatin1Char(' ') +
                    tr("New organisations: %1.").arg(newOrganisations.join(QLatin1String(", ")));
    if (!duplicates->isEmpty())
        question += QLatin1Char(' ') + tr("Already in the database and left out: %1 (%2).")
                                           .arg(number(int(duplicates->size())), already);
    question += QLatin1Char(' ') + tr("Import them? Undo takes the whole import back.");
    ImportPreviewDialog::Preview preview{title, question, {}, {}, int(workers.size()), {}};
    preview.headers =
        QStringList{tr("Name"), tr("Role"), tr("Organisation"), tr("Languages"), tr("District")};
    for (const WorkerImporter::Duplicate &duplicate : duplicates.value())
        preview.leftOut << duplicateLine(duplicate);
    for (const Worker &worker : std::as_const(workers).mid(0, ImportPreviewDialog::ShownRows))
        preview.rows << QStringList{worker.name, DomainText::display(worker.role),
                                    worker.organisationName, Languages::names(worker.languages),
                                    worker.district};
    if (!ImportPreviewDialog::confirm(parent, preview))
        return false;
    auto written = BackgroundTask::run(
        parent, tr("Importing workers from %1…").arg(importer.fileName()),
        commands.database().path(), [&importer](Database &db, Progress &progress) {
            return ImportWorkersCommand::write(db, importer, &progress);
        });
    if (!written) {
        if (!written.error().isCancelled())
            MessageBox::critical(parent, title, written.message());
        return false;
    }
    commands.addWrittenImport(importer.fileName(), written.value());
    if (done)
        *done = tr("Workers imported from %1: %2.")
                    .arg(importer.fileName(), number(int(written->summary.workerIds.size())));
    return true;
}
