#pragma once
// Sends a referral for a family; undo takes it back (while unanswered), redo sends it again
// with the same id.

#include "EditCommand.h"
#include "domain/Network.h"

class SendReferralCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(SendReferralCommand)
public:
    SendReferralCommand(EditCommands &commands, const Referral &referral,
                        const QString &organisationName);
    qint64 referralId() const { return m_referral.id; }

protected:
    Status apply() override;
    Status revert() override;
    void announce() const override;

private:
    Referral m_referral; // as stored, once sent
};
