#include "FamilyMeetingsPanel.h"

#include "DisplayText.h"
#include "ListTable.h"
#include "MessageBox.h"
#include "commands/EditCommands.h"
#include "dialogs/MeetingDialog.h"
#include "exchange/MeetingMinutes.h"
#include "services/ChangeNotifier.h"
#include "storage/MeetingStore.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

FamilyMeetingsPanel::FamilyMeetingsPanel(Database &db, QWidget *parent)
    : QGroupBox(tr("Case consultations"), parent), m_db(db)
{
    setObjectName(QStringLiteral("familyMeetingsPanel"));
    m_table = new QTableWidget(0, 3);
    m_table->setObjectName(QStringLiteral("familyMeetings"));
    m_table->setAccessibleName(tr("Case consultations"));
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Question and advice"), tr("Decisions")});
    ListTable::setUpInPanel(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_none = new QLabel(tr("Not discussed at a case consultation yet."));
    m_none->setEnabled(false);
    m_record = new QPushButton(tr("Record Consultation…"));
    m_record->setObjectName(QStringLiteral("recordConsultation"));
    m_record->setToolTip(tr("Record a case consultation where this family was discussed, with "
                            "the decisions on its support."));
    m_record->hide(); // until the façade is attached
    connect(m_record, &QPushButton::clicked, this, &FamilyMeetingsPanel::recordConsultation);

    m_minutes = new QPushButton(tr("Minutes as PDF…"));
    m_minutes->setObjectName(QStringLiteral("meetingMinutes"));
    m_minutes->setToolTip(tr("Save the minutes of the selected consultation to print them: "
                             "families by case code, without names."));
    m_minutes->setEnabled(false);
    connect(m_minutes, &QPushButton::clicked, this, &FamilyMeetingsPanel::saveMinutes);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_minutes->setEnabled(selectedMeeting() > 0); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_record);
    buttons->addWidget(m_minutes);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_none);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
}

void FamilyMeetingsPanel::setCommands(EditCommands *commands)
{
    m_commands = commands;
    m_record->show();
    const auto refresh = [this] {
        if (m_familyId > 0)
            showFamily(m_familyId);
    };
    connect(commands->notifier(), &ChangeNotifier::meetingsChanged, this, refresh);
    connect(commands, &QObject::destroyed, this, [this] { m_commands = nullptr; });
}

bool FamilyMeetingsPanel::showFamily(qint64 familyId)
{
    m_familyId = familyId;
    m_table->setRowCount(0);
    m_record->setEnabled(familyId > 0);
    QList<FamilyMeeting> meetings;
    if (familyId > 0) {
        auto read = MeetingStore(m_db).forFamily(familyId);
        if (!read) {
            emit failed(read.message());
            return false;
        }
        meetings = read.value();
    }
    for (const FamilyMeeting &m : std::as_const(meetings)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QString text =
            m.advice.isEmpty() ? m.question : tr("%1 → %2").arg(m.question, m.advice);
        const QStringList texts{DisplayText::date(m.heldOn), text, QString::number(m.decisions)};
        for (int column = 0; column < texts.size(); ++column) {
            auto *item = new QTableWidgetItem(texts.at(column));
            item->setToolTip(column == 1 ? tr("Question: %1\nAdvice: %2").arg(m.question, m.advice)
                                         : texts.at(column));
            m_table->setItem(row, column, item);
        }
        m_table->item(row, 0)->setData(Qt::UserRole, m.meetingId);
    }
    ListTable::fitRows(m_table, m_table->rowCount());
    m_table->setVisible(!meetings.isEmpty());
    m_none->setVisible(meetings.isEmpty());
    setTitle(meetings.isEmpty() ? tr("Case consultations")
                                : tr("Case consultations (%1)").arg(meetings.size()));
    return true;
}

void FamilyMeetingsPanel::recordConsultation()
{
    if (!m_commands || m_familyId == 0)
        return;
    auto *dialog = new MeetingDialog(*m_commands, m_familyId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

qint64 FamilyMeetingsPanel::selectedMeeting() const
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return 0;
    const QTableWidgetItem *first = m_table->item(selected.first()->row(), 0);
    return first ? first->data(Qt::UserRole).toLongLong() : 0;
}

Status FamilyMeetingsPanel::saveMinutesTo(const QString &path)
{
    const qint64 meeting = selectedMeeting();
    if (meeting == 0)
        return Error::invalid(tr("Choose a consultation first."));
    return MeetingMinutes::writePdf(m_db, meeting, path,
                                    m_commands ? m_commands->actor() : Actor::commandLine());
}

void FamilyMeetingsPanel::saveMinutes()
{
    if (selectedMeeting() == 0)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Minutes"), tr("minutes.pdf"),
                                                      tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status done = saveMinutesTo(path); !done)
        MessageBox::critical(this, tr("Save Minutes"), done.message());
}
