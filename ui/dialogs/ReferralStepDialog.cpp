#include "ReferralStepDialog.h"

#include "DisplayText.h"
#include "commands/EditCommands.h"
#include "domain/NetworkRules.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>

ReferralStepDialog::ReferralStepDialog(EditCommands &commands, const Referral &referral,
                                       QWidget *parent, const QDate &today)
    : EditDialog(commands, tr("Referral to %1").arg(referral.organisationName), parent),
      m_referral(referral), m_today(today)
{
    setObjectName(QStringLiteral("referralStepDialog"));
    auto *about = new QLabel(tr("%1, sent on %2: %3")
                                 .arg(NetworkText::display(referral.careKind),
                                      DisplayText::date(referral.sentOn), referral.reason));
    about->setWordWrap(true);
    m_step = new QComboBox;
    m_step->setObjectName(QStringLiteral("referralStep"));
    for (ReferralStatus next : nextSteps(referral.status))
        m_step->addItem(NetworkText::display(next), int(next));
    m_day = new QDateEdit(today);
    m_day->setObjectName(QStringLiteral("referralStepDay"));
    m_day->setCalendarPopup(true);
    m_day->setMaximumDate(today);
    m_outcome = new QPlainTextEdit;
    m_outcome->setObjectName(QStringLiteral("referralOutcome"));
    m_outcome->setTabChangesFocus(true);
    m_outcome->setPlaceholderText(tr("What it brought the family, or why it was declined"));
    m_outcome->setFixedHeight(m_outcome->fontMetrics().lineSpacing() * 3);

    form()->addRow(about);
    form()->addRow(tr("Now:"), m_step);
    form()->addRow(tr("On:"), m_day);
    form()->addRow(tr("Outcome:"), m_outcome);
    setOkText(tr("Record Step"));

    connect(m_step, &QComboBox::currentIndexChanged, this, &ReferralStepDialog::revalidate);
    connect(m_day, &QDateEdit::dateChanged, this, &ReferralStepDialog::revalidate);
    connect(m_outcome, &QPlainTextEdit::textChanged, this, &ReferralStepDialog::revalidate);
    revalidate();
}

QList<ReferralStatus> ReferralStepDialog::nextSteps(ReferralStatus status)
{
    switch (status) {
    case ReferralStatus::Sent:
        return {ReferralStatus::Accepted, ReferralStatus::Declined};
    case ReferralStatus::Accepted:
        return {ReferralStatus::Started};
    case ReferralStatus::Started:
        return {ReferralStatus::Ended};
    case ReferralStatus::Declined:
    case ReferralStatus::Ended:
        break;
    }
    return {};
}

ReferralStatus ReferralStepDialog::step() const
{
    return ReferralStatus(m_step->currentData().toInt());
}

EditDialog::Problem ReferralStepDialog::problem() const
{
    if (m_step->count() == 0)
        return {tr("This referral has no further step."), nullptr};
    return {NetworkRules::checkStep(m_referral, step(), m_day->date(), m_outcome->toPlainText(),
                                    m_today),
            nullptr};
}

Status ReferralStepDialog::save()
{
    return commands().advanceReferral(m_referral, step(), m_day->date(),
                                      m_outcome->toPlainText().trimmed());
}
