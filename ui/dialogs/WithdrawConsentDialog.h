#pragma once
// "Withdraw…" on a consent record: the day from which it no longer holds (not before it was
// given, not in the future). Undoable through the command façade.

#include "EditDialog.h"
#include "domain/Consent.h"

class QDateEdit;

class WithdrawConsentDialog : public EditDialog
{
    Q_OBJECT
public:
    WithdrawConsentDialog(EditCommands &commands, const Consent &consent, QWidget *parent = nullptr,
                          const QDate &today = QDate::currentDate());

    QDateEdit *dateField() const { return m_date; }

protected:
    Problem problem() const override;
    Status save() override;

private:
    Consent m_consent;
    QDate m_today;
    QDateEdit *m_date = nullptr;
};
