#include "ImportFamiliesCommand.h"

#include "services/ChangeNotifier.h"
#include "storage/FamilyStore.h"

ImportFamiliesCommand::ImportFamiliesCommand(EditCommands &commands, const FamilyImporter &importer)
    : EditCommand(commands, tr("Import families from %1").arg(importer.fileName())),
      m_importer(importer)
{}

Status ImportFamiliesCommand::apply()
{
    if (!m_written) {
        auto written = m_importer.write(db());
        if (!written)
            return written.error();
        m_families = written.value();
        m_written = true;
        return {};
    }
    FamilyStore store(db());
    for (const Family &family : std::as_const(m_families))
        if (Status restored = store.restore(family); !restored)
            return restored;
    return {};
}

Status ImportFamiliesCommand::revert()
{
    FamilyStore store(db());
    for (const Family &family : std::as_const(m_families))
        if (Status removed = store.remove(family.id); !removed)
            return removed;
    return {};
}

void ImportFamiliesCommand::announce() const
{
    QList<qint64> ids;
    for (const Family &family : m_families)
        ids << family.id;
    emit notifier().familiesChanged(ids);
}
