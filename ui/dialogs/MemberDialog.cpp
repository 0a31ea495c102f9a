#include "MemberDialog.h"

#include "commands/EditCommands.h"
#include "domain/DomainText.h"
#include "domain/Validation.h"
#include "storage/FamilyStore.h"

#include <QComboBox>
#include <QFormLayout>
#include <QIntValidator>
#include <QLineEdit>

MemberDialog::MemberDialog(EditCommands &commands, const HouseholdMember &member,
                           const QString &familyTitle, QWidget *parent)
    : EditDialog(commands,
                 member.id > 0 ? tr("Household Member of %1").arg(familyTitle)
                               : tr("New Household Member of %1").arg(familyTitle),
                 parent),
      m_member(member)
{
    setObjectName(QStringLiteral("memberDialog"));
    m_firstName = new QLineEdit(member.firstName);
    m_firstName->setObjectName(QStringLiteral("firstName"));
    m_role = new QComboBox;
    m_role->setObjectName(QStringLiteral("role"));
    for (MemberRole role : {MemberRole::Parent, MemberRole::Child, MemberRole::Other})
        m_role->addItem(DomainText::display(role), int(role));
    m_role->setCurrentIndex(m_role->findData(int(member.role)));
    m_birthYear =
        new QLineEdit(member.birthYear > 0 ? QString::number(member.birthYear) : QString());
    m_birthYear->setObjectName(QStringLiteral("birthYear"));
    m_birthYear->setPlaceholderText(tr("Leave empty if not known"));
    // Digits only; whether the year is plausible is core's rule, shown under the field.
    m_birthYear->setValidator(new QIntValidator(0, 9999, m_birthYear));

    m_phone = new QLineEdit(member.phone);
    m_phone->setObjectName(QStringLiteral("memberPhone"));
    m_phone->setPlaceholderText(tr("A parent's own number (optional)"));
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);

    form()->addRow(tr("First name:"), m_firstName);
    form()->addRow(tr("Role:"), m_role);
    form()->addRow(tr("Birth year:"), m_birthYear);
    m_birthYearProblem = addFieldProblem(m_birthYear);
    form()->addRow(tr("Phone:"), m_phone);
    m_phoneProblem = addFieldProblem(m_phone);
    setOkText(member.id > 0 ? tr("Save") : tr("Add Member"));
    setMinimumWidth(380);

    connect(m_firstName, &QLineEdit::textChanged, this, &MemberDialog::revalidate);
    connect(m_birthYear, &QLineEdit::textChanged, this, &MemberDialog::revalidate);
    connect(m_phone, &QLineEdit::textChanged, this, &MemberDialog::revalidate);
    revalidate();
}

HouseholdMember MemberDialog::member() const
{
    HouseholdMember m = m_member;
    m.firstName = m_firstName->text().trimmed();
    m.role = MemberRole(m_role->currentData().toInt());
    m.birthYear = m_birthYear->text().toInt();
    m.phone = Validation::normalisePhone(m_phone->text());
    return m;
}

EditDialog::Problem MemberDialog::problem() const
{
    const HouseholdMember m = member();
    if (const QString wrong = Validation::checkBirthYear(m.birthYear); !wrong.isEmpty())
        return {wrong, m_birthYearProblem};
    if (const QString wrong = Validation::checkPhone(m.phone); !wrong.isEmpty())
        return {wrong, m_phoneProblem};
    return {Validation::checkMember(m), nullptr};
}

Status MemberDialog::save()
{
    const HouseholdMember m = member();
    if (m.id > 0)
        return commands().editMember(m);
    auto added = commands().addMember(m);
    if (!added)
        return added.error();
    m_member.id = added.value();
    return {};
}

Status MemberDialog::reload()
{
    auto stored = FamilyStore(commands().database()).member(m_member.id);
    if (!stored)
        return stored.error();
    m_member = stored.value();
    m_firstName->setText(m_member.firstName);
    m_role->setCurrentIndex(m_role->findData(int(m_member.role)));
    m_birthYear->setText(m_member.birthYear > 0 ? QString::number(m_member.birthYear) : QString());
    m_phone->setText(m_member.phone);
    return {};
}
