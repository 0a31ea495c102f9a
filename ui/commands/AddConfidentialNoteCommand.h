#pragma once
// Adds a note for the trusted person only, written by that trusted person; undo takes it back,
// redo puts it back with the same id. The command's text names no content: the undo history
// is visible to whoever uses the window next.

#include "EditCommand.h"
#include "domain/Domain.h"
#include "services/CurrentUser.h"

class AddConfidentialNoteCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddConfidentialNoteCommand)
public:
    AddConfidentialNoteCommand(EditCommands &commands, const ConfidentialNote &note,
                               const CurrentUser &author);
    qint64 noteId() const { return m_note.id; }

protected:
    Status apply() override;
    Status revert() override;
    void announce() const override;

private:
    ConfidentialNote m_note; // as stored, once added
    CurrentUser m_author;
};
