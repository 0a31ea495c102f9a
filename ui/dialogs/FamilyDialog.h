#pragma once
// The form of a family: register a new one, correct one, or close its file (status Closed with
// a date and a reason). The postcode is checked as it is typed, with the sentence right under
// the field.

#include "EditDialog.h"
#include "domain/Domain.h"

class LanguagePicker;
class QComboBox;
class QDateEdit;
class QLineEdit;

class FamilyDialog : public EditDialog
{
    Q_OBJECT
public:
    // Without a family the form registers a new one.
    FamilyDialog(EditCommands &commands, const std::optional<Family> &family,
                 QWidget *parent = nullptr);

    // Opens the form ready to close the family's file: status Closed, today, focus on the reason.
    void startClosing();
    // The family as typed now (for a new one without id and case code).
    Family family() const;
    // The family's id once saved.
    qint64 savedId() const { return m_family.id; }

    QLineEdit *nameField() const { return m_name; }
    QLineEdit *postcodeField() const { return m_postcode; }

protected:
    Problem problem() const override;
    Status save() override;
    bool canReload() const override { return m_family.id > 0; }
    Status reload() override;

private:
    void fill(const Family &family);
    void updateClosingRows();

    Family m_family; // as loaded, or as saved
    QLineEdit *m_name = nullptr;
    QLineEdit *m_street = nullptr;
    QLineEdit *m_postcode = nullptr;
    QLabel *m_postcodeProblem = nullptr;
    QLineEdit *m_city = nullptr;
    QLineEdit *m_phone = nullptr;
    QLabel *m_phoneProblem = nullptr;
    QLineEdit *m_district = nullptr;
    LanguagePicker *m_languages = nullptr;
    QComboBox *m_wish = nullptr;
    QLineEdit *m_referralSource = nullptr;
    QDateEdit *m_referredOn = nullptr;
    QComboBox *m_status = nullptr;
    QDateEdit *m_closedOn = nullptr;
    QLineEdit *m_closingReason = nullptr;
};
