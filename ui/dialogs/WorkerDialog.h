#pragma once
// The form of a trusted person or professional: who they are, where they work, which languages
// they speak and how many families they can carry.

#include "EditDialog.h"
#include "domain/Domain.h"

class LanguagePicker;
class QComboBox;
class QLineEdit;
class QSpinBox;

class ChoiceWithNew;

class WorkerDialog : public EditDialog
{
    Q_OBJECT
public:
    // Without a worker the form adds a new one.
    WorkerDialog(EditCommands &commands, const std::optional<Worker> &worker,
                 QWidget *parent = nullptr);

    Worker worker() const;
    qint64 savedId() const { return m_worker.id; }
    // A new worker's role chosen in advance (from the duo form's "New Trusted Person…").
    void presetRole(WorkerRole role);
    // "New Organisation…" beside the organisation: opens its form over this one.
    ChoiceWithNew *organisationRow() const { return m_organisationRow; }

protected:
    Problem problem() const override;
    Status save() override;
    bool canReload() const override { return m_worker.id > 0; }
    Status reload() override;

private:
    void fillOrganisations();

    Worker m_worker;
    QLineEdit *m_name = nullptr;
    QComboBox *m_role = nullptr;
    QComboBox *m_organisation = nullptr;
    ChoiceWithNew *m_organisationRow = nullptr;
    LanguagePicker *m_languages = nullptr;
    QLineEdit *m_district = nullptr;
    QComboBox *m_gender = nullptr;
    QSpinBox *m_maxCaseload = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QLabel *m_emailProblem = nullptr;
};
