#include "HandoverDialog.h"

#include "commands/EditCommands.h"
#include "services/Handover.h"
#include "services/Matcher.h"
#include "storage/DuoStore.h"
#include "storage/FamilyStore.h"
#include "storage/WorkerStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>

HandoverDialog::HandoverDialog(EditCommands &commands, Kind kind, qint64 id, QWidget *parent)
    : EditDialog(commands, QString(), parent), m_kind(kind), m_id(id)
{
    setObjectName(QStringLiteral("handoverDialog"));
    Database &db = commands.database();
    if (kind == Kind::ArchiveWorker) {
        auto worker = WorkerStore(db).get(id);
        m_name = worker ? worker->name : QString::number(id);
        setWindowTitle(tr("Archive %1").arg(m_name));
    } else {
        auto duo = DuoStore(db).get(id);
        m_name = duo ? duo->displayName() : QString::number(id);
        setWindowTitle(tr("End the Duo %1").arg(m_name));
    }
    m_intro = new QLabel;
    m_intro->setObjectName(QStringLiteral("intro"));
    m_intro->setWordWrap(true);
    m_day = new QDateEdit(QDate::currentDate());
    m_day->setObjectName(QStringLiteral("day"));
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_families = new QTableWidget(0, 3);
    m_families->setObjectName(QStringLiteral("handoverFamilies"));
    m_families->setHorizontalHeaderLabels({tr("Family"), tr("Duo now"), tr("New duo")});
    m_families->verticalHeader()->hide();
    m_families->setSelectionMode(QAbstractItemView::NoSelection);
    m_families->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_families->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_families->horizontalHeader()->setSectionResizeMode(NewDuoColumn, QHeaderView::Stretch);
    m_families->setMinimumHeight(200);

    form()->addRow(m_intro);
    form()->addRow(tr("Handover on:"), m_day);
    form()->addRow(m_families);
    setMinimumWidth(760);
    connect(m_day, &QDateEdit::dateChanged, this, [this] {
        load();
        revalidate();
    });
    load();
    revalidate();
}

bool HandoverDialog::isLeaving(const Duo &duo) const
{
    if (m_kind == Kind::EndDuo)
        return duo.id == m_id;
    return duo.trustedPersonId == m_id || duo.professionalId == m_id;
}

void HandoverDialog::load()
{
    Database &db = commands().database();
    const QDate day = m_day->date();
    m_loadProblem.clear();
    m_families->setRowCount(0);
    Handover handover(db);
    auto families = m_kind == Kind::ArchiveWorker ? handover.familiesOfWorker(m_id, day)
                                                  : handover.familiesOfDuo(m_id, day);
    if (!families) {
        m_loadProblem = families.message();
        return;
    }
    const int count = int(families->size());
    if (m_kind == Kind::ArchiveWorker) {
        m_intro->setText(count == 0 ? tr("%1 has no families to hand over. Archiving ends the "
                                         "duos %1 is in; they stay in the history.")
                                          .arg(m_name)
                                    : tr("%1 still works with the families below. Choose the "
                                         "duo that takes over each family; the best match is "
                                         "suggested. The handover and the archiving are one "
                                         "step, which Undo takes back as a whole.")
                                          .arg(m_name));
        setOkText(count == 0 ? tr("Archive") : tr("Hand Over and Archive"));
    } else {
        m_intro->setText(count == 0 ? tr("The duo %1 has no families to hand over.").arg(m_name)
                                    : tr("The duo %1 still works with the families below. "
                                         "Choose the duo that takes over each family; the best "
                                         "match is suggested.")
                                          .arg(m_name));
        setOkText(count == 0 ? tr("End Duo") : tr("Hand Over and End Duo"));
    }
    m_families->setVisible(count > 0);

    FamilyStore familyStore(db);
    Matcher matcher(db);
    for (const Assignment &assignment : families.value()) {
        auto family = familyStore.get(assignment.familyId);
        if (!family) {
            m_loadProblem = family.message();
            return;
        }
        const int row = m_families->rowCount();
        m_families->insertRow(row);
        auto *familyItem =
            new QTableWidgetItem(tr("%1 · %2").arg(family->caseCode, family->familyName));
        familyItem->setData(Qt::UserRole, family->id);
        m_families->setItem(row, FamilyColumn, familyItem);
        m_families->setItem(row, NowColumn, new QTableWidgetItem(assignment.duoName));

        auto *choice = new QComboBox;
        choice->addItem(tr("Choose a duo"), qint64(0));
        auto ranking = matcher.rank(family.value(), day);
        if (ranking) {
            for (const MatchCandidate &candidate : ranking.value())
                if (!isLeaving(candidate.duo))
                    choice->addItem(
                        tr("%1 (%2 points)").arg(candidate.duo.displayName()).arg(candidate.score),
                        candidate.duo.id);
        }
        // The best match is the suggestion, shown in the row; the coordinator may change it.
        choice->setCurrentIndex(choice->count() > 1 ? 1 : 0);
        connect(choice, &QComboBox::currentIndexChanged, this, &HandoverDialog::revalidate);
        m_families->setCellWidget(row, NewDuoColumn, choice);
    }
    m_families->resizeRowsToContents();
}

QHash<qint64, qint64> HandoverDialog::newDuos() const
{
    QHash<qint64, qint64> result;
    for (int row = 0; row < m_families->rowCount(); ++row) {
        const auto *choice = qobject_cast<QComboBox *>(m_families->cellWidget(row, NewDuoColumn));
        result.insert(m_families->item(row, FamilyColumn)->data(Qt::UserRole).toLongLong(),
                      choice ? choice->currentData().toLongLong() : 0);
    }
    return result;
}

EditDialog::Problem HandoverDialog::problem() const
{
    if (!m_loadProblem.isEmpty())
        return {m_loadProblem, nullptr};
    for (int row = 0; row < m_families->rowCount(); ++row) {
        const auto *choice = qobject_cast<QComboBox *>(m_families->cellWidget(row, NewDuoColumn));
        if (choice && choice->currentData().toLongLong() > 0)
            continue;
        const QString family = m_families->item(row, FamilyColumn)->text();
        if (choice && choice->count() <= 1)
            return {tr("No other duo can take over %1; form a new duo first.").arg(family),
                    nullptr};
        return {tr("Choose the duo that takes over %1.").arg(family), nullptr};
    }
    return {};
}

Status HandoverDialog::save()
{
    if (m_kind == Kind::ArchiveWorker)
        return commands().archiveWorker(m_id, m_day->date(), newDuos());
    return commands().endDuo(m_id, m_day->date(), newDuos());
}
