#include "SupportReviewDialog.h"

#include "commands/EditCommands.h"
#include "domain/DomainText.h"
#include "domain/NetworkRules.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>

SupportReviewDialog::SupportReviewDialog(EditCommands &commands, const Support &support,
                                         QWidget *parent, const QDate &today)
    : EditDialog(commands, tr("Does \"%1\" Help?").arg(support.what), parent), m_support(support),
      m_today(today)
{
    setObjectName(QStringLiteral("supportReviewDialog"));
    auto *about = new QLabel(tr("%1 · %2, since %3")
                                 .arg(NetworkText::display(support.kind), support.provider,
                                      QLocale().toString(support.from, QLocale::ShortFormat)));
    about->setWordWrap(true);
    m_day = new QDateEdit(today);
    m_day->setObjectName(QStringLiteral("reviewDay"));
    m_day->setCalendarPopup(true);
    m_day->setMaximumDate(today);
    m_helps = new QComboBox;
    m_helps->setObjectName(QStringLiteral("reviewHelps"));
    for (Helps helps : {Helps::Yes, Helps::Partly, Helps::No})
        m_helps->addItem(DomainText::display(helps), int(helps));
    m_decision = new QComboBox;
    m_decision->setObjectName(QStringLiteral("reviewDecision"));
    for (Decision decision : {Decision::Continue, Decision::Adjust, Decision::Stop})
        m_decision->addItem(DomainText::display(decision), int(decision));
    m_stopHint = new QLabel(tr("Stopping ends the support on this day; it stays in the family's "
                               "history, with this reason."));
    m_stopHint->setWordWrap(true);
    m_stopHint->setEnabled(false);
    m_reason = new QPlainTextEdit;
    m_reason->setObjectName(QStringLiteral("reviewReason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 4);

    form()->addRow(about);
    form()->addRow(tr("Reviewed on:"), m_day);
    form()->addRow(tr("Does it help?"), m_helps);
    form()->addRow(tr("Decision:"), m_decision);
    form()->addRow(QString(), m_stopHint);
    form()->addRow(tr("Reason:"), m_reason);
    setOkText(tr("Record Review"));

    connect(m_helps, &QComboBox::currentIndexChanged, this, &SupportReviewDialog::suggestDecision);
    connect(m_decision, &QComboBox::currentIndexChanged, this, [this] {
        m_stopHint->setVisible(Decision(m_decision->currentData().toInt()) == Decision::Stop);
        revalidate();
    });
    connect(m_day, &QDateEdit::dateChanged, this, &SupportReviewDialog::revalidate);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &SupportReviewDialog::revalidate);
    m_stopHint->hide();
    revalidate();
}

void SupportReviewDialog::suggestDecision()
{
    // What usually follows, as a start: support that does not help is stopped, not made
    // heavier by itself. The user decides.
    const Helps helps = Helps(m_helps->currentData().toInt());
    const Decision suggested = helps == Helps::Yes      ? Decision::Continue
                               : helps == Helps::Partly ? Decision::Adjust
                                                        : Decision::Stop;
    m_decision->setCurrentIndex(m_decision->findData(int(suggested)));
    revalidate();
}

SupportReview SupportReviewDialog::review() const
{
    SupportReview r;
    r.supportId = m_support.id;
    r.familyId = m_support.familyId;
    r.heldOn = m_day->date();
    r.helps = Helps(m_helps->currentData().toInt());
    r.decision = Decision(m_decision->currentData().toInt());
    r.reason = m_reason->toPlainText().trimmed();
    return r;
}

EditDialog::Problem SupportReviewDialog::problem() const
{
    return {NetworkRules::checkReview(review(), m_support, m_today), nullptr};
}

Status SupportReviewDialog::save()
{
    return commands().reviewSupport(m_support, review());
}
