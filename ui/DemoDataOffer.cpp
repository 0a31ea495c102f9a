#include "DemoDataOffer.h"

#include "MessageBox.h"
#include "services/DemoGenerator.h"
#include "services/Settings.h"
#include "services/Statistics.h"
#include "storage/Database.h"

#include <QGuiApplication>

bool DemoDataOffer::wasOffered(const Database &db)
{
    return Settings::value(Settings::Key::DemoOffered).toStringList().contains(db.path());
}

bool DemoDataOffer::run(QWidget *parent, Database &db)
{
    if (db.isReadOnly() || wasOffered(db))
        return false;
    auto counts = Statistics::totals(db);
    // Real people must never be mixed with fictitious ones, so any family or worker means no.
    if (!counts || counts->families > 0 || counts->workers > 0)
        return false;

    const auto answer = MessageBox::question(
        parent, tr("Load demo data?"),
        tr("This database is empty. Do you want to load demo data to try DuoCoach?\n\n"
           "The families, workers and visits in the demo data are fictitious. Use a separate "
           "database for real families."),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    QStringList offered = Settings::value(Settings::Key::DemoOffered).toStringList();
    offered << db.path();
    Settings::setValue(Settings::Key::DemoOffered, offered);
    if (answer != QMessageBox::Yes)
        return false;
    return load(parent, db);
}

bool DemoDataOffer::load(QWidget *parent, Database &db)
{
    if (db.isReadOnly())
        return false;
    auto counts = Statistics::totals(db);
    if (!counts || counts->families > 0 || counts->workers > 0)
        return false;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto created = DemoGenerator::generate(db, DemoGenerator::Options());
    QGuiApplication::restoreOverrideCursor();
    if (!created) {
        MessageBox::critical(parent, tr("Load demo data"), created.message());
        return false;
    }
    return true;
}
