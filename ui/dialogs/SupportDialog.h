#pragma once
// A form of support deployed for a family: who gives it (an organisation in DuoCoach, or a
// person or body named: relatives, a neighbour, a GP), what it is, from when and, for support
// that already ended, until when.

#include "EditDialog.h"
#include "domain/Network.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;

class SupportDialog : public EditDialog
{
    Q_OBJECT
public:
    SupportDialog(EditCommands &commands, qint64 familyId, const QString &caseCode,
                  QWidget *parent = nullptr);

    QComboBox *kindField() const { return m_kind; }
    QComboBox *organisationField() const { return m_organisation; }
    QLineEdit *providerField() const { return m_provider; }
    QLineEdit *whatField() const { return m_what; }
    QDateEdit *fromField() const { return m_from; }
    QCheckBox *endedField() const { return m_ended; }
    QDateEdit *untilField() const { return m_until; }

protected:
    Problem problem() const override;
    Status save() override;

private:
    Support support() const;
    // The organisation's name as the provider, unless the user typed one of their own.
    void organisationChosen();

    qint64 m_familyId = 0;
    QComboBox *m_kind = nullptr;
    QComboBox *m_organisation = nullptr;
    QLineEdit *m_provider = nullptr;
    QLineEdit *m_what = nullptr;
    QDateEdit *m_from = nullptr;
    QCheckBox *m_ended = nullptr;
    QDateEdit *m_until = nullptr;
    QString m_filledProvider; // what organisationChosen() put there last
};
