#pragma once
// Asks why a visit did not take place, for "Cancel Visit…" and "No-show…": the reason is
// required, and a few common ones are offered. Saves through the command façade (undoable).

#include "EditDialog.h"
#include "domain/Domain.h"

class QComboBox;

class MissedVisitDialog : public EditDialog
{
    Q_OBJECT
public:
    // status: VisitStatus::Cancelled or VisitStatus::NoShow.
    MissedVisitDialog(EditCommands &commands, const Visit &visit, VisitStatus status,
                      QWidget *parent = nullptr);

    QComboBox *reasonField() const { return m_reason; }
    QString reason() const;

protected:
    Problem problem() const override;
    Status save() override;

private:
    Visit m_visit;
    VisitStatus m_status;
    QComboBox *m_reason = nullptr;
};
