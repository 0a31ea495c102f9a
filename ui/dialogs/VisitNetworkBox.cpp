#include "VisitNetworkBox.h"

#include "ReferralDialog.h"
#include "SupportDialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

VisitNetworkBox::VisitNetworkBox(EditCommands &commands, const Visit &visit, const Duo &duo,
                                 qint64 sender, QWidget *parent)
    : QGroupBox(tr("Network"), parent), m_commands(commands), m_visit(visit), m_duo(duo),
      m_sender(sender)
{
    setObjectName(QStringLiteral("visitNetwork"));
    m_support = new QPushButton(tr("Add Support…"));
    m_support->setObjectName(QStringLiteral("visitAddSupport"));
    m_referral = new QPushButton(tr("Refer…"));
    m_referral->setObjectName(QStringLiteral("visitSendReferral"));
    auto *hint = new QLabel(tr("Saved at once, each as a step of its own."));
    hint->setWordWrap(true);
    hint->setEnabled(false);
    // Over the report, window-modal, deleted on close: the report stays as it was typed.
    connect(m_support, &QPushButton::clicked, this, [this] {
        auto *dialog = new SupportDialog(m_commands, m_visit.familyId, m_visit.caseCode, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_referral, &QPushButton::clicked, this, [this] {
        Family family;
        family.id = m_visit.familyId;
        family.caseCode = m_visit.caseCode;
        auto *dialog = new ReferralDialog(m_commands, family, m_duo, m_sender, m_visit.id, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_support);
    buttons->addWidget(m_referral);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(hint);
}
