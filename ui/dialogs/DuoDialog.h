#pragma once
// The form of a duo: one active trusted person and one active professional, and the day they
// start working together. A worker not yet in DuoCoach is added from here ("New Trusted
// Person…"), without losing the other choice.

#include "EditDialog.h"
#include "domain/Domain.h"

class ChoiceWithNew;
class QComboBox;
class QDateEdit;

class DuoDialog : public EditDialog
{
    Q_OBJECT
public:
    // Without a duo the form forms a new one.
    DuoDialog(EditCommands &commands, const std::optional<Duo> &duo, QWidget *parent = nullptr);

    Duo duo() const;
    qint64 savedId() const { return m_duo.id; }
    QComboBox *trustedPersonField() const { return m_trustedPerson; }
    QComboBox *professionalField() const { return m_professional; }
    ChoiceWithNew *trustedPersonRow() const { return m_trustedPersonRow; }
    ChoiceWithNew *professionalRow() const { return m_professionalRow; }

protected:
    Problem problem() const override;
    Status save() override;

private:
    void fillWorkers();
    // Opens the worker form for a new one of `role`; once saved it is chosen in `row`.
    void newWorker(ChoiceWithNew *row, WorkerRole role);

    Duo m_duo;
    QComboBox *m_trustedPerson = nullptr;
    QComboBox *m_professional = nullptr;
    ChoiceWithNew *m_trustedPersonRow = nullptr;
    ChoiceWithNew *m_professionalRow = nullptr;
    QDateEdit *m_from = nullptr;
};
