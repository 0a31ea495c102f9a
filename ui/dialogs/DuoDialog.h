#pragma once
// The form of a duo: one active trusted person and one active professional, and the day they
// start working together.

#include "EditDialog.h"
#include "domain/Domain.h"

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

protected:
    Problem problem() const override;
    Status save() override;

private:
    void fillWorkers();

    Duo m_duo;
    QComboBox *m_trustedPerson = nullptr;
    QComboBox *m_professional = nullptr;
    QDateEdit *m_from = nullptr;
};
