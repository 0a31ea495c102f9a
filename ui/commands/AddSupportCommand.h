#pragma once
// Records a form of support deployed for a family; undo removes it, redo puts it back with the
// same id.

#include "EditCommand.h"
#include "domain/Network.h"

class AddSupportCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddSupportCommand)
public:
    AddSupportCommand(EditCommands &commands, const Support &support);
    qint64 supportId() const { return m_support.id; }

protected:
    Status apply() override;
    Status revert() override;
    void announce() const override;

private:
    Support m_support; // as stored, once added
};
