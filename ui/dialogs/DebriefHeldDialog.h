#pragma once
// Records that a debrief asked for after a heavy visit took place: on which day and who held it
// (the coordinator, by default the one working now). What was said is never recorded.

#include "EditDialog.h"
#include "domain/WorkerCare.h"

class QDateEdit;
class QLineEdit;

class DebriefHeldDialog : public EditDialog
{
    Q_OBJECT
public:
    DebriefHeldDialog(EditCommands &commands, const Debrief &debrief, const QString &heldBy,
                      QWidget *parent = nullptr);

    QDateEdit *dayField() const { return m_day; }
    QLineEdit *heldByField() const { return m_heldBy; }

protected:
    Problem problem() const override;
    Status save() override;

private:
    Debrief m_debrief;
    QDateEdit *m_day = nullptr;
    QLineEdit *m_heldBy = nullptr;
};
