#include "AddConfidentialNoteCommand.h"

#include "services/ChangeNotifier.h"
#include "storage/ConfidentialNoteStore.h"

AddConfidentialNoteCommand::AddConfidentialNoteCommand(EditCommands &commands,
                                                       const ConfidentialNote &note,
                                                       const CurrentUser &author)
    : EditCommand(commands, tr("Add note for the trusted person only")), m_note(note),
      m_author(author)
{
    m_note.id = 0;
    m_note.trustedPersonId = author.workerId;
    if (!m_note.writtenAt.isValid())
        m_note.writtenAt = QDateTime::currentDateTime();
    m_note.text = m_note.text.trimmed();
}

Status AddConfidentialNoteCommand::apply()
{
    ConfidentialNoteStore store(db());
    if (m_note.id > 0)
        return store.restore(m_note, m_author);
    auto id = store.add(m_note, m_author);
    if (!id)
        return id.error();
    m_note.id = id.value();
    return {};
}

Status AddConfidentialNoteCommand::revert()
{
    return ConfidentialNoteStore(db()).remove(m_note.id, m_author);
}

void AddConfidentialNoteCommand::announce() const
{
    emit notifier().confidentialNotesChanged(m_note.familyId);
}
