#include "ChangeMapCommand.h"

#include "services/ChangeNotifier.h"
#include "storage/NetworkMapStore.h"

namespace {
QString textFor(ChangeMapCommand::Change change, const NetworkMapEntry &entry)
{
    const QString label = NetworkMapText::label(entry);
    switch (change) {
    case ChangeMapCommand::Change::Add:
        return ChangeMapCommand::tr("Add \"%1\" to the network map").arg(label);
    case ChangeMapCommand::Change::Edit:
        return ChangeMapCommand::tr("Change \"%1\" on the network map").arg(label);
    case ChangeMapCommand::Change::Remove:
        break;
    }
    return ChangeMapCommand::tr("Remove \"%1\" from the network map").arg(label);
}
} // namespace

ChangeMapCommand::ChangeMapCommand(EditCommands &commands, Change change,
                                   const NetworkMapEntry &entry)
    : EditCommand(commands, textFor(change, entry)), m_change(change), m_entry(entry)
{
    if (change == Change::Add)
        m_entry.id = 0;
    else
        guardRow(QStringLiteral("network_map"), entry.id, entry.version,
                 tr("\"%1\" on the network map").arg(NetworkMapText::label(entry)));
}

Status ChangeMapCommand::apply()
{
    NetworkMapStore store(db());
    switch (m_change) {
    case Change::Add: {
        if (m_entry.id > 0)
            return store.restore(m_entry);
        auto id = store.add(m_entry);
        if (!id)
            return id.error();
        m_entry.id = id.value();
        // Undoing deletes it: not over a change someone else made meanwhile.
        guardRow(QStringLiteral("network_map"), m_entry.id, 0,
                 tr("\"%1\" on the network map").arg(NetworkMapText::label(m_entry)));
        return {};
    }
    case Change::Edit: {
        auto before = store.get(m_entry.id);
        if (!before)
            return before.error();
        m_before = before.value();
        return store.update(m_entry);
    }
    case Change::Remove: {
        auto before = store.get(m_entry.id);
        if (!before)
            return before.error();
        m_before = before.value();
        return store.remove(m_entry.id);
    }
    }
    return {};
}

Status ChangeMapCommand::revert()
{
    NetworkMapStore store(db());
    switch (m_change) {
    case Change::Add:
        return store.remove(m_entry.id);
    case Change::Edit:
        return store.update(m_before);
    case Change::Remove:
        return store.restore(m_before);
    }
    return {};
}

void ChangeMapCommand::announce() const
{
    emit notifier().networkChanged(m_entry.familyId);
}
