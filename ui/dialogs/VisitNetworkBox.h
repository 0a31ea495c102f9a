#pragma once
// The visit report's "Network" box: support the duo learned of on the visit, and a referral
// agreed with the family, each entered in its own form (SupportDialog, ReferralDialog) and saved
// at once as its own step, whether or not the report itself is saved; the referral keeps the
// visit it came from.

#include "domain/Domain.h"

#include <QGroupBox>

class EditCommands;
class QPushButton;

class VisitNetworkBox : public QGroupBox
{
    Q_OBJECT
public:
    // `sender`: who of the duo works now, the referral's sender to start with.
    VisitNetworkBox(EditCommands &commands, const Visit &visit, const Duo &duo, qint64 sender,
                    QWidget *parent = nullptr);

    QPushButton *supportButton() const { return m_support; }
    QPushButton *referralButton() const { return m_referral; }

private:
    EditCommands &m_commands;
    Visit m_visit;
    Duo m_duo;
    qint64 m_sender = 0;
    QPushButton *m_support = nullptr;
    QPushButton *m_referral = nullptr;
};
