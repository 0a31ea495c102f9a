#include "FamilyActions.h"

#include "DisplayText.h"
#include "FamilyDetailPane.h"
#include "FamilyPage.h"
#include "MessageBox.h"
#include "commands/EditCommands.h"
#include "dialogs/AssignDuoDialog.h"
#include "dialogs/FamilyDialog.h"
#include "dialogs/MemberDialog.h"
#include "services/ChangeNotifier.h"
#include "storage/FamilyStore.h"

#include <QAction>
#include <QMenu>
#include <QTableView>
#include <QTableWidget>

namespace {
QAction *makeAction(QObject *parent, const QString &text, const char *icon, const QString &name)
{
    auto *action = new QAction(QIcon::fromTheme(QLatin1String(icon)), text, parent);
    action->setObjectName(name);
    return action;
}
} // namespace

FamilyActions::FamilyActions(FamilyPage *page, EditCommands *commands)
    : QObject(page), m_page(page), m_commands(commands)
{
    m_newFamily = makeAction(this, tr("New Family…"), "list-add", QStringLiteral("newFamily"));
    m_newFamily->setShortcut(QKeySequence::New);
    m_newFamily->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_editFamily = makeAction(this, tr("Edit…"), "document-edit", QStringLiteral("editFamily"));
    m_closeFamily =
        makeAction(this, tr("Close File…"), "archive-insert", QStringLiteral("closeFamily"));
    m_addMember =
        makeAction(this, tr("Add Household Member…"), "contact-new", QStringLiteral("addMember"));
    m_assignDuo = makeAction(this, tr("Assign Duo…"), "system-users", QStringLiteral("assignDuo"));
    m_page->addAction(m_newFamily);

    connect(m_newFamily, &QAction::triggered, this, &FamilyActions::newFamily);
    connect(m_editFamily, &QAction::triggered, this, &FamilyActions::editFamily);
    connect(m_closeFamily, &QAction::triggered, this, &FamilyActions::closeFamily);
    connect(m_addMember, &QAction::triggered, this, &FamilyActions::addMember);
    connect(m_assignDuo, &QAction::triggered, this, &FamilyActions::assignDuo);
    connect(page->table(), &QTableView::doubleClicked, this, &FamilyActions::editFamily);

    QTableWidget *household = page->detailPane()->householdTable();
    connect(household, &QTableWidget::cellDoubleClicked, this, [this, household](int row) {
        editMember(household->item(row, 0)->data(Qt::UserRole).toLongLong());
    });
    household->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(household, &QWidget::customContextMenuRequested, this, &FamilyActions::householdMenu);
    household->setToolTip(tr("Double-click a member to correct them; right-click to remove."));

    // The detail pane always shows the family the actions work on.
    connect(page->table()->model(), &QAbstractItemModel::modelReset, this,
            &FamilyActions::updateActions);
    connect(page->table()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FamilyActions::updateActions);
    // Closing a family (or undoing it) changes what may be done with it; queued, so the page
    // has shown the family anew first.
    connect(commands->notifier(), &ChangeNotifier::familiesChanged, this,
            &FamilyActions::updateActions, Qt::QueuedConnection);
    connect(commands, &QObject::destroyed, this, [this] { m_commands = nullptr; });
    updateActions();
}

void FamilyActions::updateActions()
{
    if (!m_commands)
        return;
    const qint64 id = m_page->detailPane()->familyId();
    auto family = id > 0 ? FamilyStore(m_commands->database()).get(id) : Result<Family>(Family());
    const bool shown = id > 0 && family.ok();
    const bool open = shown && family->status != FamilyStatus::Closed;
    m_editFamily->setEnabled(shown);
    m_closeFamily->setEnabled(open);
    m_addMember->setEnabled(shown);
    m_assignDuo->setEnabled(open);
}

void FamilyActions::report(const QString &title, const QString &message)
{
    MessageBox::critical(m_page, title, message);
}

void FamilyActions::newFamily()
{
    auto *dialog = new FamilyDialog(*m_commands, std::nullopt, m_page);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_page->selectFamily(dialog->savedId());
        updateActions();
    });
    dialog->open();
}

void FamilyActions::editFamily()
{
    auto family = FamilyStore(m_commands->database()).get(m_page->detailPane()->familyId());
    if (!family)
        return report(tr("Edit Family"), family.message());
    auto *dialog = new FamilyDialog(*m_commands, family.value(), m_page);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &FamilyActions::updateActions);
    dialog->open();
}

void FamilyActions::closeFamily()
{
    auto family = FamilyStore(m_commands->database()).get(m_page->detailPane()->familyId());
    if (!family)
        return report(tr("Close File"), family.message());
    auto *dialog = new FamilyDialog(*m_commands, family.value(), m_page);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->startClosing();
    connect(dialog, &QDialog::accepted, this, &FamilyActions::updateActions);
    dialog->open();
}

void FamilyActions::addMember()
{
    auto family = FamilyStore(m_commands->database()).get(m_page->detailPane()->familyId());
    if (!family)
        return report(tr("Add Household Member"), family.message());
    HouseholdMember member;
    member.familyId = family->id;
    auto *dialog = new MemberDialog(*m_commands, member, family->familyName, m_page);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void FamilyActions::editMember(qint64 memberId)
{
    FamilyStore store(m_commands->database());
    auto member = store.member(memberId);
    auto family = member ? store.get(member->familyId) : Result<Family>(member.error());
    if (!family)
        return report(tr("Edit Household Member"), family.message());
    auto *dialog = new MemberDialog(*m_commands, member.value(), family->familyName, m_page);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void FamilyActions::removeMember(qint64 memberId)
{
    if (Status removed = m_commands->removeMember(memberId); !removed)
        report(tr("Remove Household Member"), removed.message());
}

void FamilyActions::householdMenu(const QPoint &position)
{
    QTableWidget *household = m_page->detailPane()->householdTable();
    const int row = household->rowAt(position.y());
    QMenu menu(household);
    menu.addAction(m_addMember);
    if (row >= 0) {
        const qint64 memberId = household->item(row, 0)->data(Qt::UserRole).toLongLong();
        const QString name = DisplayText::noMnemonic(household->item(row, 0)->text());
        menu.addAction(tr("Edit %1…").arg(name), this, [this, memberId] { editMember(memberId); });
        menu.addAction(tr("Remove %1").arg(name), this,
                       [this, memberId] { removeMember(memberId); });
    }
    menu.exec(household->viewport()->mapToGlobal(position));
}

void FamilyActions::assignDuo()
{
    assignDuoTo(m_page->detailPane()->familyId(), m_page);
}

void FamilyActions::assignDuoTo(qint64 familyId, QWidget *over)
{
    if (!m_commands)
        return;
    auto family = FamilyStore(m_commands->database()).get(familyId);
    if (!family)
        return report(tr("Assign Duo"), family.message());
    auto *dialog = new AssignDuoDialog(*m_commands, family.value(), over);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}
