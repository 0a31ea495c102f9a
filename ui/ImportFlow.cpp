#include "ImportFlow.h"

#include "MessageBox.h"
#include "commands/EditCommands.h"
#include "exchange/FamilyImporter.h"
#include "exchange/WorkerImporter.h"
#include "storage/OrganisationStore.h"

#include <QLocale>
#include <QSet>

namespace {
// Counts are written as "Families: 12" rather than "12 families": no plural forms to get wrong.
QString number(int n)
{
    return QLocale().toString(n);
}
} // namespace

bool ImportFlow::importFamilies(QWidget *parent, EditCommands &commands, const QString &path,
                                QString *done)
{
    const QString title = tr("Import Families");
    FamilyImporter importer;
    if (Status read = importer.read(path); !read) {
        MessageBox::critical(parent, title, read.message());
        return false;
    }
    const int count = int(importer.families().size());
    if (count == 0) {
        MessageBox::information(parent, title,
                                tr("The file %1 holds no families.").arg(importer.fileName()));
        return false;
    }
    const QString question = tr("Families in %1: %2. Import them? Each gets a new case code; "
                                "Undo takes the whole import back.")
                                 .arg(importer.fileName(), number(count));
    if (MessageBox::question(parent, title, question) != QMessageBox::Yes)
        return false;
    auto written = commands.importFamilies(importer);
    if (!written) {
        MessageBox::critical(parent, title, written.message());
        return false;
    }
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
    if (Status read = importer.read(path); !read) {
        MessageBox::critical(parent, title, read.message());
        return false;
    }
    const QList<Worker> &workers = importer.workers();
    if (workers.isEmpty()) {
        MessageBox::information(parent, title,
                                tr("The file %1 holds no workers.").arg(importer.fileName()));
        return false;
    }
    int trusted = 0;
    QStringList newOrganisations;
    QSet<QString> seen;
    OrganisationStore organisations(commands.database());
    for (const Worker &worker : workers) {
        if (worker.role == WorkerRole::TrustedPerson)
            ++trusted;
        const QString key = worker.organisationName.trimmed().toCaseFolded();
        if (seen.contains(key))
            continue;
        seen.insert(key);
        auto known = organisations.findByName(worker.organisationName);
        if (known && known.value() == 0)
            newOrganisations << worker.organisationName;
    }
    QString question = tr("Workers in %1: %2 (trusted persons: %3, professionals: %4).")
                           .arg(importer.fileName(), number(int(workers.size())), number(trusted),
                                number(int(workers.size()) - trusted));
    if (!newOrganisations.isEmpty())
        question += QLatin1Char(' ') +
                    tr("New organisations: %1.").arg(newOrganisations.join(QLatin1String(", ")));
    question += QLatin1Char(' ') + tr("Import them? Undo takes the whole import back.");
    if (MessageBox::question(parent, title, question) != QMessageBox::Yes)
        return false;
    auto written = commands.importWorkers(importer);
    if (!written) {
        MessageBox::critical(parent, title, written.message());
        return false;
    }
    if (done)
        *done = tr("Workers imported from %1: %2.")
                    .arg(importer.fileName(), number(int(written->workerIds.size())));
    return true;
}
