#pragma once
// The form of an organisation and its one contact person for the joint work (aanspreekpunt).

#include "EditDialog.h"
#include "domain/Domain.h"

class QComboBox;
class QLineEdit;

class OrganisationDialog : public EditDialog
{
    Q_OBJECT
public:
    // Without an organisation the form adds a new one.
    OrganisationDialog(EditCommands &commands, const std::optional<Organisation> &organisation,
                       QWidget *parent = nullptr);

    Organisation organisation() const;
    qint64 savedId() const { return m_organisation.id; }
    // A new organisation's kind chosen in advance (from the worker form: a trusted person's
    // comes from the community, a professional's is a care provider).
    void presetKind(OrganisationKind kind);

protected:
    Problem problem() const override;
    Status save() override;
    bool canReload() const override { return m_organisation.id > 0; }
    Status reload() override;

private:
    Organisation m_organisation;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_city = nullptr;
    QLineEdit *m_contactName = nullptr;
    QLineEdit *m_contactPhone = nullptr;
    QLineEdit *m_contactEmail = nullptr;
    QLabel *m_emailProblem = nullptr;
};
