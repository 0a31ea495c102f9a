#pragma once
// A referral's next step (accepted or declined, started, ended); undo puts back its status,
// dates and outcome as they were.

#include "EditCommand.h"
#include "domain/Network.h"

class AdvanceReferralCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(AdvanceReferralCommand)
public:
    AdvanceReferralCommand(EditCommands &commands, const Referral &referral, ReferralStatus to,
                           const QDate &on, const QString &outcome);

protected:
    Status apply() override;
    Status revert() override;
    void announce() const override;

private:
    Referral m_before;
    ReferralStatus m_to;
    QDate m_on;
    QString m_outcome;
};
