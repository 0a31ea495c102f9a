#pragma once
// One change to a family's network map: a person or organisation added, changed (in the form
// or by dragging it to another ring or place) or taken off. Undo takes the change back; a
// removed entry returns with its own id.

#include "EditCommand.h"
#include "domain/NetworkMap.h"

class ChangeMapCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChangeMapCommand)
public:
    enum class Change { Add, Edit, Remove };
    // `entry` as it should be (Add, Edit) or as it was read (Remove).
    ChangeMapCommand(EditCommands &commands, Change change, const NetworkMapEntry &entry);
    qint64 entryId() const { return m_entry.id; }

protected:
    Status apply() override;
    Status revert() override;
    void announce() const override;

private:
    Change m_change;
    NetworkMapEntry m_entry;  // as it should be, with its id once added
    NetworkMapEntry m_before; // as stored before an edit or removal
};
