#include "FamilyDialog.h"

#include "LanguagePicker.h"
#include "commands/EditCommands.h"
#include "domain/DomainText.h"
#include "domain/Validation.h"
#include "storage/FamilyStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace {
QDateEdit *makeDateEdit()
{
    auto *edit = new QDateEdit(QDate::currentDate());
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    return edit;
}
} // namespace

FamilyDialog::FamilyDialog(EditCommands &commands, const std::optional<Family> &family,
                           QWidget *parent)
    : EditDialog(commands, family ? tr("Family %1").arg(family->caseCode) : tr("New Family"),
                 parent)
{
    setObjectName(QStringLiteral("familyDialog"));
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("familyName"));
    m_street = new QLineEdit;
    m_street->setObjectName(QStringLiteral("familyStreet"));
    m_street->setPlaceholderText(tr("Street and house number"));
    m_postcode = new QLineEdit;
    m_postcode->setObjectName(QStringLiteral("postcode"));
    m_postcode->setPlaceholderText(tr("1234 AB"));
    m_postcode->setMaxLength(10);
    m_city = new QLineEdit;
    m_city->setObjectName(QStringLiteral("familyCity"));
    m_phone = new QLineEdit;
    m_phone->setObjectName(QStringLiteral("familyPhone"));
    m_phone->setPlaceholderText(tr("06 12345678 or +32 470 12 34 56"));
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_district = new QLineEdit;
    m_district->setPlaceholderText(tr("Neighbourhood or district"));
    m_languages = new LanguagePicker;
    m_wish = new QComboBox;
    m_wish->setObjectName(QStringLiteral("genderWish"));
    for (GenderWish wish : {GenderWish::None, GenderWish::Female, GenderWish::Male})
        m_wish->addItem(DomainText::display(wish), int(wish));
    m_referralSource = new QLineEdit;
    m_referralSource->setPlaceholderText(tr("For example the neighbourhood team or the GP"));
    m_referredOn = makeDateEdit();
    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("status"));
    for (FamilyStatus status :
         {FamilyStatus::Referred, FamilyStatus::Intake, FamilyStatus::Active, FamilyStatus::Closed})
        m_status->addItem(DomainText::display(status), int(status));
    m_closedOn = makeDateEdit();
    m_closingReason = new QLineEdit;
    m_closingReason->setObjectName(QStringLiteral("closingReason"));
    m_closingReason->setPlaceholderText(tr("Why the support ends"));

    QFormLayout *f = form();
    f->addRow(tr("Family name:"), m_name);
    f->addRow(tr("Street:"), m_street);
    f->addRow(tr("Postcode:"), m_postcode);
    m_postcodeProblem = addFieldProblem(m_postcode);
    m_postcodeProblem->setObjectName(QStringLiteral("postcodeProblem"));
    f->addRow(tr("City:"), m_city);
    f->addRow(tr("Phone:"), m_phone);
    m_phoneProblem = addFieldProblem(m_phone);
    m_phoneProblem->setObjectName(QStringLiteral("phoneProblem"));
    f->addRow(tr("District:"), m_district);
    f->addRow(tr("Home languages:"), m_languages);
    f->addRow(tr("Trusted person wished:"), m_wish);
    f->addRow(tr("Referred by:"), m_referralSource);
    f->addRow(tr("Referred on:"), m_referredOn);
    f->addRow(tr("Status:"), m_status);
    f->addRow(tr("Closed on:"), m_closedOn);
    f->addRow(tr("Closing reason:"), m_closingReason);

    if (family) {
        m_family = *family;
        fill(*family);
        setOkText(tr("Save"));
    } else {
        setOkText(tr("Add Family"));
    }
    updateClosingRows();

    for (QLineEdit *edit : {m_name, m_street, m_postcode, m_city, m_phone, m_district,
                            m_referralSource, m_closingReason})
        connect(edit, &QLineEdit::textChanged, this, &FamilyDialog::revalidate);
    connect(m_languages, &LanguagePicker::changed, this, &FamilyDialog::revalidate);
    connect(m_referredOn, &QDateEdit::dateChanged, this, &FamilyDialog::revalidate);
    connect(m_closedOn, &QDateEdit::dateChanged, this, &FamilyDialog::revalidate);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        updateClosingRows();
        revalidate();
    });
    // Tidy the postcode once the user leaves the field: "3563ab" becomes "3563 AB".
    // Only the field is touched: it also finishes editing when the closing form takes its
    // focus away, after this dialog's own part is already destroyed.
    connect(m_postcode, &QLineEdit::editingFinished, m_postcode, [postcode = m_postcode] {
        const QString tidy = Validation::normalisePostcode(postcode->text());
        if (tidy != postcode->text())
            postcode->setText(tidy);
    });
    revalidate();
}

void FamilyDialog::fill(const Family &family)
{
    m_name->setText(family.familyName);
    m_street->setText(family.street);
    m_postcode->setText(family.postcode);
    m_city->setText(family.city);
    m_phone->setText(family.phone);
    m_district->setText(family.district);
    m_languages->setCodes(family.homeLanguages);
    m_wish->setCurrentIndex(m_wish->findData(int(family.preferredGender)));
    m_referralSource->setText(family.referralSource);
    m_referredOn->setDate(family.referredOn);
    m_status->setCurrentIndex(m_status->findData(int(family.status)));
    if (family.closedOn.isValid())
        m_closedOn->setDate(family.closedOn);
    m_closingReason->setText(family.closingReason);
}

void FamilyDialog::startClosing()
{
    setWindowTitle(tr("Close the File of %1").arg(m_family.caseCode));
    m_status->setCurrentIndex(m_status->findData(int(FamilyStatus::Closed)));
    m_closedOn->setDate(QDate::currentDate());
    setOkText(tr("Close File"));
    m_closingReason->setFocus();
}

void FamilyDialog::updateClosingRows()
{
    const bool closed = m_status->currentData().toInt() == int(FamilyStatus::Closed);
    form()->setRowVisible(m_closedOn, closed);
    form()->setRowVisible(m_closingReason, closed);
}

Family FamilyDialog::family() const
{
    Family f = m_family;
    f.familyName = m_name->text().trimmed();
    f.street = m_street->text().trimmed();
    f.postcode = m_postcode->text().trimmed();
    f.city = m_city->text().trimmed();
    f.phone = Validation::normalisePhone(m_phone->text());
    f.district = m_district->text().trimmed();
    f.homeLanguages = m_languages->codes();
    f.preferredGender = GenderWish(m_wish->currentData().toInt());
    f.referralSource = m_referralSource->text().trimmed();
    f.referredOn = m_referredOn->date();
    f.status = FamilyStatus(m_status->currentData().toInt());
    // A family that is not closed has no closing date or reason, even if one was typed.
    f.closedOn = f.status == FamilyStatus::Closed ? m_closedOn->date() : QDate();
    f.closingReason =
        f.status == FamilyStatus::Closed ? m_closingReason->text().trimmed() : QString();
    return f;
}

EditDialog::Problem FamilyDialog::problem() const
{
    const Family f = family();
    if (!f.postcode.isEmpty()) {
        if (const QString wrong = Validation::checkPostcode(f.postcode); !wrong.isEmpty())
            return {wrong, m_postcodeProblem};
    }
    if (const QString wrong = Validation::checkPhone(f.phone); !wrong.isEmpty())
        return {wrong, m_phoneProblem};
    return {Validation::checkFamily(f), nullptr};
}

Status FamilyDialog::reload()
{
    auto stored = FamilyStore(commands().database()).get(m_family.id);
    if (!stored)
        return stored.error();
    m_family = stored.value();
    fill(m_family);
    updateClosingRows();
    return {};
}

Status FamilyDialog::save()
{
    if (m_family.id > 0) {
        const Family changed = family();
        if (Status saved = commands().editFamily(changed); !saved)
            return saved;
        m_family = changed;
        return {};
    }
    auto added = commands().addFamily(family());
    if (!added)
        return added.error();
    m_family = added.value();
    return {};
}
