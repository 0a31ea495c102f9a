#include "MeetingDialog.h"

#include "MeetingFamilyEditor.h"
#include "commands/EditCommands.h"
#include "domain/MeetingRules.h"
#include "storage/FamilyStore.h"
#include "storage/OrganisationStore.h"
#include "storage/WorkerStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {
constexpr int IdRole = Qt::UserRole;
constexpr int ContactRole = Qt::UserRole + 1;
constexpr int NameRole = Qt::UserRole + 2;

QListWidget *checkList(const QString &name, const QString &accessibleName)
{
    auto *list = new QListWidget;
    list->setObjectName(name);
    list->setAccessibleName(accessibleName);
    list->setMaximumHeight(list->fontMetrics().lineSpacing() * 7);
    return list;
}
} // namespace

MeetingDialog::MeetingDialog(EditCommands &commands, qint64 familyId, QWidget *parent)
    : EditDialog(commands, tr("Record a Meeting"), parent)
{
    setObjectName(QStringLiteral("meetingDialog"));
    Database &db = commands.database();
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("meetingKind"));
    for (MeetingKind kind : MeetingText::kinds())
        m_kind->addItem(MeetingText::display(kind), int(kind));
    m_day = new QDateEdit(QDate::currentDate());
    m_day->setObjectName(QStringLiteral("meetingDay"));
    m_day->setCalendarPopup(true);
    m_title = new QLineEdit;
    m_title->setObjectName(QStringLiteral("meetingTitle"));
    m_title->setPlaceholderText(tr("For example: Casuïstiekoverleg Overvecht"));
    m_organiser = new QComboBox;
    m_organiser->setObjectName(QStringLiteral("meetingOrganiser"));
    m_organiser->addItem(tr("Not said"), 0);

    m_workers = checkList(QStringLiteral("meetingWorkers"), tr("Workers present"));
    if (auto workers = WorkerStore(db).all())
        for (const Worker &w : workers.value()) {
            if (!w.active)
                continue;
            auto *item = new QListWidgetItem(w.name, m_workers);
            item->setData(IdRole, w.id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
            m_workerNames << qMakePair(w.id, w.name);
        }
    m_partners = checkList(QStringLiteral("meetingPartners"), tr("Partners at the table"));
    if (auto organisations = OrganisationStore(db).all())
        for (const Organisation &o : organisations.value()) {
            if (o.archived)
                continue;
            m_organiser->addItem(o.name, o.id);
            const QString contact = o.contactName.trimmed();
            auto *item =
                new QListWidgetItem(contact.isEmpty() ? tr("%1 (no contact person)").arg(o.name)
                                                      : tr("%1, by %2").arg(o.name, contact),
                                    m_partners);
            item->setData(IdRole, o.id);
            item->setData(ContactRole, contact);
            item->setData(NameRole, o.name);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    m_notes = new QPlainTextEdit;
    m_notes->setObjectName(QStringLiteral("meetingNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("What was agreed; no family names"));
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);

    // The families discussed, by case code, a tab each.
    m_caseCode = new QLineEdit;
    m_caseCode->setObjectName(QStringLiteral("meetingCaseCode"));
    m_caseCode->setPlaceholderText(tr("Case code, e.g. G-2026-0012"));
    m_addFamily = new QPushButton(tr("Add Family"));
    m_addFamily->setObjectName(QStringLiteral("meetingAddFamily"));
    m_addFamily->setAutoDefault(false);
    m_removeFamily = new QPushButton(tr("Remove This Family"));
    m_removeFamily->setObjectName(QStringLiteral("meetingRemoveFamily"));
    m_removeFamily->setAutoDefault(false);
    m_families = new QTabWidget;
    m_families->setObjectName(QStringLiteral("meetingFamilies"));
    m_families->setDocumentMode(true);
    // Its tab bar takes Tab; the widget itself only passes focus on.
    m_families->setFocusPolicy(Qt::NoFocus);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_caseCode, 1);
    addRow->addWidget(m_addFamily);
    addRow->addWidget(m_removeFamily);
    auto *familyBox = new QGroupBox(tr("Families discussed"));
    auto *familyLayout = new QVBoxLayout(familyBox);
    familyLayout->addLayout(addRow);
    familyLayout->addWidget(m_families);
    m_familyBox = familyBox;

    form()->addRow(tr("&Kind:"), m_kind);
    form()->addRow(tr("&Held on:"), m_day);
    form()->addRow(tr("&Title:"), m_title);
    form()->addRow(tr("&Organised by:"), m_organiser);
    form()->addRow(tr("&Workers present:"), m_workers);
    form()->addRow(tr("&Partners present:"), m_partners);
    form()->addRow(tr("&Notes:"), m_notes);
    form()->addRow(familyBox);
    setOkText(tr("Record Meeting"));

    connect(m_kind, &QComboBox::currentIndexChanged, this, &MeetingDialog::kindChosen);
    connect(m_day, &QDateEdit::dateChanged, this, &MeetingDialog::revalidate);
    for (QListWidget *list : {m_workers, m_partners})
        connect(list, &QListWidget::itemChanged, this, &MeetingDialog::revalidate);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &MeetingDialog::revalidate);
    connect(m_title, &QLineEdit::textChanged, this, &MeetingDialog::revalidate);
    connect(m_caseCode, &QLineEdit::textChanged, this, [this] {
        m_addProblem.clear();
        revalidate();
    });
    connect(m_caseCode, &QLineEdit::returnPressed, m_addFamily, &QPushButton::click);
    connect(m_addFamily, &QPushButton::clicked, this, [this] {
        if (Status added = addFamily(m_caseCode->text()); !added) {
            m_addProblem = added.message();
        } else {
            m_caseCode->clear();
            familyEditor(m_families->currentIndex())->questionField()->setFocus();
        }
        revalidate();
    });
    connect(m_removeFamily, &QPushButton::clicked, this, [this] {
        delete m_families->currentWidget();
        revalidate();
    });
    if (familyId > 0)
        if (auto family = FamilyStore(db).get(familyId))
            (void)addFamily(family->caseCode); // it exists: it was just read
    kindChosen();
}

MeetingFamilyEditor *MeetingDialog::familyEditor(int index) const
{
    return qobject_cast<MeetingFamilyEditor *>(m_families->widget(index));
}

Status MeetingDialog::addFamily(const QString &typed)
{
    const QString code = typed.trimmed().toUpper();
    if (code.isEmpty())
        return Error::invalid(tr("Type the case code of the family to add."));
    for (int i = 0; i < m_families->count(); ++i)
        if (familyEditor(i)->caseCode() == code)
            return Error::invalid(tr("The family %1 is discussed already.").arg(code));
    auto found = FamilyStore(commands().database()).page(code, QString(), 5);
    if (!found)
        return found.error();
    const auto match = std::find_if(found->cbegin(), found->cend(),
                                    [&](const FamilySummary &f) { return f.caseCode == code; });
    if (match == found->cend())
        return Error::invalid(tr("There is no family with case code %1.").arg(code));
    // Made inside the dialog, its fields in the reading order of Tab (DialogSetup).
    auto *editor =
        new MeetingFamilyEditor(commands().database(), match->id, code, m_workerNames, m_families);
    connect(editor, &MeetingFamilyEditor::changed, this, &MeetingDialog::revalidate);
    m_families->setCurrentIndex(m_families->addTab(editor, code));
    return {};
}

void MeetingDialog::kindChosen()
{
    const bool consultation =
        MeetingKind(m_kind->currentData().toInt()) == MeetingKind::Consultation;
    m_familyBox->setVisible(consultation);
    revalidate();
}

Meeting MeetingDialog::meeting() const
{
    Meeting m;
    m.kind = MeetingKind(m_kind->currentData().toInt());
    m.heldOn = m_day->date();
    m.title = m_title->text().trimmed();
    m.organiserId = m_organiser->currentData().toLongLong();
    m.notes = m_notes->toPlainText().trimmed();
    for (int i = 0; i < m_workers->count(); ++i)
        if (m_workers->item(i)->checkState() == Qt::Checked)
            m.workerIds << m_workers->item(i)->data(IdRole).toLongLong();
    for (int i = 0; i < m_partners->count(); ++i)
        if (m_partners->item(i)->checkState() == Qt::Checked)
            m.partners << MeetingPartner{m_partners->item(i)->data(IdRole).toLongLong(),
                                         m_partners->item(i)->data(ContactRole).toString(),
                                         m_partners->item(i)->data(NameRole).toString(),
                                         {}};
    if (m.kind == MeetingKind::Consultation)
        for (int i = 0; i < m_families->count(); ++i)
            m.families << familyEditor(i)->family();
    return m;
}

EditDialog::Problem MeetingDialog::problem() const
{
    if (!m_addProblem.isEmpty())
        return {m_addProblem, nullptr};
    const Meeting m = meeting();
    for (int i = 0; i < m_partners->count(); ++i) {
        const QListWidgetItem *item = m_partners->item(i);
        if (item->checkState() == Qt::Checked && item->data(ContactRole).toString().isEmpty())
            return {tr("Say who came to the meeting for %1: the organisation has no contact "
                       "person.")
                        .arg(item->data(NameRole).toString()),
                    nullptr};
    }
    if (const QString problem = MeetingRules::check(m, QDate::currentDate()); !problem.isEmpty())
        return {problem, nullptr};
    if (m.kind == MeetingKind::Consultation)
        for (int i = 0; i < m_families->count(); ++i)
            if (const QString problem = familyEditor(i)->problem(); !problem.isEmpty())
                return {problem, nullptr};
    return {};
}

Status MeetingDialog::save()
{
    auto recorded = commands().recordMeeting(meeting());
    if (!recorded)
        return recorded.error();
    return {};
}
