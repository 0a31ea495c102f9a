#pragma once
// Records a family's consent for one or more purposes as one step (ConsentStore::give); undo
// takes the records back, redo puts them back with the same ids.

#include "EditCommand.h"
#include "domain/Consent.h"

class GiveConsentCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(GiveConsentCommand)
public:
    GiveConsentCommand(EditCommands &commands, const Consent &consent,
                       const QList<ConsentPurpose> &purposes);
    const QList<Consent> &given() const { return m_given; }

protected:
    Status apply() override;
    Status revert() override;
    void announce() const override;

private:
    Consent m_consent;
    QList<ConsentPurpose> m_purposes;
    QList<Consent> m_given; // as stored, once recorded
};
