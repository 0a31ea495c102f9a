#include "ReferralsPanel.h"

#include "DisplayText.h"
#include "ListTable.h"
#include "VisitActions.h"
#include "commands/EditCommands.h"
#include "dialogs/ReferralStepDialog.h"
#include "services/ChangeNotifier.h"
#include "storage/ReferralStore.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

ReferralsPanel::ReferralsPanel(Database &db, QWidget *parent)
    : QGroupBox(tr("Referrals"), parent), m_db(db)
{
    setObjectName(QStringLiteral("referralsPanel"));
    // Three columns, the rest in each row's tooltip: the details pane is narrow.
    m_table = new QTableWidget(0, 3);
    m_table->setObjectName(QStringLiteral("referralList"));
    m_table->setAccessibleName(tr("Referrals"));
    m_table->setHorizontalHeaderLabels({tr("To"), tr("Sent"), tr("Status")});
    ListTable::setUpInPanel(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);

    m_none = new QLabel(tr("No referrals."));
    m_none->setEnabled(false);
    m_refer = new QPushButton(tr("Refer…"));
    m_refer->setObjectName(QStringLiteral("sendReferral"));
    m_refer->setToolTip(tr("Refer the family to a partner or to formal care, with its consent."));
    m_step = new QPushButton(tr("Next Step…"));
    m_step->setObjectName(QStringLiteral("advanceReferral"));
    m_step->setToolTip(tr("Record that the selected referral was accepted, declined, started or "
                          "ended."));
    for (QPushButton *button : {m_refer, m_step})
        button->hide(); // until the actions are attached
    connect(m_refer, &QPushButton::clicked, this, [this] {
        if (m_actions && m_familyId > 0)
            m_actions->sendReferral(m_familyId);
    });
    auto step = [this] {
        const int row = selectedRow();
        if (m_actions && row >= 0 && row < m_referrals.size())
            m_actions->advanceReferral(m_referrals.at(row).id);
    };
    connect(m_step, &QPushButton::clicked, this, step);
    connect(m_table, &QTableWidget::itemActivated, this, step);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ReferralsPanel::updateButtons);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_none);
    buttons->addStretch();
    buttons->addWidget(m_refer);
    buttons->addWidget(m_step);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
}

void ReferralsPanel::setActions(VisitActions *actions)
{
    m_actions = actions;
    for (QPushButton *button : {m_refer, m_step})
        button->setVisible(actions != nullptr);
    if (actions && actions->commands())
        connect(actions->commands()->notifier(), &ChangeNotifier::networkChanged, this,
                [this](qint64 family) {
                    if (family == m_familyId)
                        showFamily(m_familyId);
                });
    updateButtons();
}

bool ReferralsPanel::showFamily(qint64 familyId, const QDate &today)
{
    m_familyId = familyId;
    m_referrals.clear();
    m_table->setRowCount(0);
    if (familyId > 0) {
        auto referrals = ReferralStore(m_db).forFamily(familyId);
        if (!referrals) {
            emit failed(referrals.message());
            updateButtons();
            return false;
        }
        m_referrals = referrals.value();
    }
    int waiting = 0;
    for (const Referral &r : std::as_const(m_referrals)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        QString status;
        switch (r.status) {
        case ReferralStatus::Sent: {
            const qint64 days = r.sentOn.daysTo(today);
            const bool late = days >= ReferralStore::DefaultAnswerDays;
            waiting += late ? 1 : 0;
            status = late ? tr("No answer after %n day(s)", nullptr, int(days))
                          : tr("Sent, waiting for an answer");
            break;
        }
        case ReferralStatus::Accepted:
            status = tr("Accepted on %1").arg(DisplayText::date(r.answeredOn));
            break;
        case ReferralStatus::Declined:
            status = tr("Declined on %1").arg(DisplayText::date(r.answeredOn));
            break;
        case ReferralStatus::Started:
            status = tr("Started on %1").arg(DisplayText::date(r.startedOn));
            break;
        case ReferralStatus::Ended:
            status = tr("Ended on %1").arg(DisplayText::date(r.endedOn));
            break;
        }
        const QStringList texts{r.organisationName, DisplayText::date(r.sentOn), status};
        QString tip = tr("%1 (contact person %2), sent by %3\n%4: %5")
                          .arg(r.organisationName, r.contactName, r.sentByName,
                               NetworkText::display(r.careKind), r.reason);
        if (!r.outcome.isEmpty())
            tip += QStringLiteral("\n") + tr("Outcome: %1").arg(r.outcome);
        for (int column = 0; column < texts.size(); ++column) {
            auto *item = new QTableWidgetItem(texts.at(column));
            item->setToolTip(tip);
            if (r.status == ReferralStatus::Declined || r.status == ReferralStatus::Ended)
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            m_table->setItem(row, column, item);
        }
        m_table->item(row, 0)->setData(Qt::UserRole, r.id);
    }
    ListTable::fitRows(m_table, m_table->rowCount());
    m_table->setVisible(!m_referrals.isEmpty());
    m_none->setVisible(m_referrals.isEmpty());
    setTitle(waiting > 0 ? tr("Referrals (%n without an answer)", nullptr, waiting)
                         : tr("Referrals"));
    updateButtons();
    return true;
}

int ReferralsPanel::selectedRow() const
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    return selected.isEmpty() ? -1 : selected.first()->row();
}

void ReferralsPanel::updateButtons()
{
    m_refer->setEnabled(m_actions && m_familyId > 0);
    const int row = selectedRow();
    m_step->setEnabled(m_actions && row >= 0 && row < m_referrals.size() &&
                       !ReferralStepDialog::nextSteps(m_referrals.at(row).status).isEmpty());
}
