#pragma once
// A referral for a family: who of its duo sends it, to which organisation (its contact person
// shown, and one without a contact person refused), what kind of help, why, and on which day.
// Whether the family's consent to share with a partner holds on that day is shown as the form
// is filled in: without it the form does not send.

#include "EditDialog.h"
#include "domain/Network.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;

class ReferralDialog : public EditDialog
{
    Q_OBJECT
public:
    // duo: the family's current duo; the sender is one of its two members. visitId: the visit
    // whose report the referral comes with, or 0.
    ReferralDialog(EditCommands &commands, const Family &family, const Duo &duo,
                   qint64 preferredSender, qint64 visitId = 0, QWidget *parent = nullptr,
                   const QDate &today = QDate::currentDate());

    QComboBox *senderField() const { return m_sender; }
    QComboBox *organisationField() const { return m_organisation; }
    QComboBox *kindField() const { return m_kind; }
    QPlainTextEdit *reasonField() const { return m_reason; }
    QDateEdit *sentField() const { return m_sent; }
    QLabel *contactLabel() const { return m_contact; }
    QLabel *consentLabel() const { return m_consent; }

protected:
    Problem problem() const override;
    Status save() override;

private:
    Referral referral() const;
    // The contact person of the organisation chosen, and the consent on the day chosen.
    void updateFacts();

    Family m_family;
    qint64 m_visitId = 0;
    QDate m_today;
    QHash<qint64, QString> m_contacts; // organisation → contact person
    QComboBox *m_sender = nullptr;
    QComboBox *m_organisation = nullptr;
    QLabel *m_contact = nullptr;
    QLabel *m_contactProblem = nullptr;
    QComboBox *m_kind = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QDateEdit *m_sent = nullptr;
    QLabel *m_consent = nullptr;
    bool m_consentHolds = false;
};
