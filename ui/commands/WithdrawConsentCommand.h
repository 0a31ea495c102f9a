#pragma once
// Withdraws one consent record from a day on; undo lets it hold again.

#include "EditCommand.h"
#include "domain/Consent.h"

class WithdrawConsentCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(WithdrawConsentCommand)
public:
    WithdrawConsentCommand(EditCommands &commands, const Consent &consent, const QDate &day);

protected:
    Status apply() override;
    Status revert() override;
    void announce() const override;

private:
    Consent m_consent;
    QDate m_day;
};
