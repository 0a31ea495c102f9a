#pragma once
// Registers a family (it gets its case code); undo removes it, redo puts it back with the same
// id and case code.

#include "EditCommand.h"
#include "domain/Domain.h"

class AddFamilyCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddFamilyCommand)
public:
    AddFamilyCommand(EditCommands &commands, const Family &family);
    const Family &family() const { return m_family; }

protected:
    Status apply() override;
    Status revert() override;
    void announce() const override;

private:
    Family m_family; // as stored, once added
};
