#include "MeetingFamilyEditor.h"

#include "ListTable.h"
#include "domain/DomainText.h"
#include "storage/SupportStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableWidget>

namespace {
enum Column { WhatColumn, HelpsColumn, DecisionColumn, ReasonColumn };
}

MeetingFamilyEditor::MeetingFamilyEditor(Database &db, qint64 familyId, const QString &caseCode,
                                         const QList<QPair<qint64, QString>> &workers,
                                         QWidget *parent)
    : QWidget(parent), m_familyId(familyId), m_caseCode(caseCode)
{
    m_question = new QLineEdit;
    m_question->setObjectName(QStringLiteral("meetingQuestion"));
    m_question->setPlaceholderText(tr("The question the duo brings in"));
    m_advice = new QPlainTextEdit;
    m_advice->setObjectName(QStringLiteral("meetingAdvice"));
    m_advice->setTabChangesFocus(true);
    m_advice->setFixedHeight(m_advice->fontMetrics().lineSpacing() * 3 + 12);

    m_support = new QTableWidget(0, 4);
    m_support->setObjectName(QStringLiteral("meetingSupport"));
    m_support->setAccessibleName(tr("Support reviewed at the meeting"));
    m_support->setHorizontalHeaderLabels(
        {tr("Running support"), tr("Helps?"), tr("Decision"), tr("Reason")});
    ListTable::setUpInPanel(m_support);
    m_support->setSelectionMode(QAbstractItemView::NoSelection);
    m_support->horizontalHeader()->setSectionResizeMode(WhatColumn, QHeaderView::Stretch);
    m_support->horizontalHeader()->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
    if (auto support = SupportStore(db).forFamily(familyId)) {
        for (const Support &s : support.value()) {
            if (s.until.isValid())
                continue; // what ended is not decided on again
            const int row = m_support->rowCount();
            m_support->insertRow(row);
            m_supportIds << s.id;
            m_supportNames << s.what;
            auto *what = new QTableWidgetItem(tr("%1 · %2").arg(s.what, s.provider));
            what->setFlags(Qt::ItemIsEnabled);
            m_support->setItem(row, WhatColumn, what);
            auto *helps = new QComboBox;
            helps->setAccessibleName(tr("Does \"%1\" help?").arg(s.what));
            for (Helps h : {Helps::Yes, Helps::Partly, Helps::No})
                helps->addItem(DomainText::display(h), int(h));
            auto *decision = new QComboBox;
            decision->setAccessibleName(tr("Decision on \"%1\"").arg(s.what));
            decision->addItem(tr("Not discussed"), -1);
            for (Decision d : {Decision::Continue, Decision::Adjust, Decision::Stop})
                decision->addItem(DomainText::display(d), int(d));
            auto *reason = new QLineEdit;
            reason->setAccessibleName(tr("Reason for the decision on \"%1\"").arg(s.what));
            m_support->setCellWidget(row, HelpsColumn, helps);
            m_support->setCellWidget(row, DecisionColumn, decision);
            m_support->setCellWidget(row, ReasonColumn, reason);
            connect(helps, &QComboBox::currentIndexChanged, this, &MeetingFamilyEditor::changed);
            connect(decision, &QComboBox::currentIndexChanged, this, &MeetingFamilyEditor::changed);
            connect(reason, &QLineEdit::textChanged, this, &MeetingFamilyEditor::changed);
        }
    }
    ListTable::fitRows(m_support, m_support->rowCount());
    auto *noSupport = new QLabel(tr("No running support to decide on."));
    noSupport->setEnabled(false);
    noSupport->setVisible(m_support->rowCount() == 0);
    m_support->setVisible(m_support->rowCount() > 0);

    m_decisionKind = new QComboBox;
    m_decisionKind->setObjectName(QStringLiteral("meetingDecisionKind"));
    m_decisionKind->setAccessibleName(tr("Kind of decision"));
    for (MeetingDecisionKind kind : MeetingText::decisionKinds())
        m_decisionKind->addItem(MeetingText::display(kind), int(kind));
    m_decision = new QLineEdit;
    m_decision->setObjectName(QStringLiteral("meetingDecision"));
    m_decision->setPlaceholderText(tr("Another decision, if any"));
    auto *decisionRow = new QHBoxLayout;
    decisionRow->addWidget(m_decisionKind);
    decisionRow->addWidget(m_decision, 1);

    m_followUp = new QLineEdit;
    m_followUp->setObjectName(QStringLiteral("meetingFollowUp"));
    m_followUp->setPlaceholderText(tr("A follow-up action, if any"));
    m_owner = new QComboBox;
    m_owner->setObjectName(QStringLiteral("meetingFollowUpOwner"));
    m_owner->setAccessibleName(tr("Owner of the follow-up action"));
    m_owner->addItem(tr("Owner…"), 0);
    for (const auto &worker : workers)
        m_owner->addItem(worker.second, worker.first);
    m_due = new QDateEdit(QDate::currentDate().addDays(7));
    m_due->setObjectName(QStringLiteral("meetingFollowUpDue"));
    m_due->setAccessibleName(tr("Due date of the follow-up action"));
    m_due->setCalendarPopup(true);
    auto *followUpRow = new QHBoxLayout;
    followUpRow->addWidget(m_followUp, 1);
    followUpRow->addWidget(m_owner);
    followUpRow->addWidget(m_due);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Question:"), m_question);
    form->addRow(tr("&Advice:"), m_advice);
    form->addRow(tr("Support:"), m_support);
    form->addRow(QString(), noSupport);
    form->addRow(tr("&Decided:"), decisionRow);
    form->addRow(tr("&Follow-up:"), followUpRow);

    connect(m_question, &QLineEdit::textChanged, this, &MeetingFamilyEditor::changed);
    connect(m_advice, &QPlainTextEdit::textChanged, this, &MeetingFamilyEditor::changed);
    connect(m_decision, &QLineEdit::textChanged, this, &MeetingFamilyEditor::changed);
    connect(m_followUp, &QLineEdit::textChanged, this, &MeetingFamilyEditor::changed);
    connect(m_owner, &QComboBox::currentIndexChanged, this, &MeetingFamilyEditor::changed);
}

MeetingFamily MeetingFamilyEditor::family() const
{
    MeetingFamily f;
    f.familyId = m_familyId;
    f.caseCode = m_caseCode;
    f.question = m_question->text().trimmed();
    f.advice = m_advice->toPlainText().trimmed();
    for (int row = 0; row < m_support->rowCount(); ++row) {
        const auto *decision =
            qobject_cast<QComboBox *>(m_support->cellWidget(row, DecisionColumn));
        if (decision->currentData().toInt() < 0)
            continue;
        SupportReview review;
        review.supportId = m_supportIds.at(row);
        review.familyId = m_familyId;
        review.helps = Helps(qobject_cast<QComboBox *>(m_support->cellWidget(row, HelpsColumn))
                                 ->currentData()
                                 .toInt());
        review.decision = Decision(decision->currentData().toInt());
        review.reason =
            qobject_cast<QLineEdit *>(m_support->cellWidget(row, ReasonColumn))->text().trimmed();
        f.reviews << review;
    }
    if (!m_decision->text().trimmed().isEmpty())
        f.decisions << MeetingDecision{0,
                                       MeetingDecisionKind(m_decisionKind->currentData().toInt()),
                                       m_decision->text().trimmed()};
    if (!m_followUp->text().trimmed().isEmpty()) {
        FollowUp followUp;
        followUp.familyId = m_familyId;
        followUp.description = m_followUp->text().trimmed();
        followUp.ownerId = m_owner->currentData().toLongLong();
        followUp.dueOn = m_due->date();
        f.followUps << followUp;
    }
    return f;
}

QString MeetingFamilyEditor::problem() const
{
    const MeetingFamily f = family();
    for (int i = 0; i < f.reviews.size(); ++i)
        if (f.reviews.at(i).reason.isEmpty())
            return tr("Give the reason for the decision on \"%1\" (%2).")
                .arg(m_supportNames.at(m_supportIds.indexOf(f.reviews.at(i).supportId)),
                     m_caseCode);
    return {};
}
