#include "MapEntryDialog.h"

#include "commands/EditCommands.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

MapEntryDialog::MapEntryDialog(EditCommands &commands, const NetworkMapEntry &entry,
                               const QString &caseCode, QWidget *parent)
    : EditDialog(commands,
                 entry.id > 0 ? tr("Change on the Network Map of %1").arg(caseCode)
                              : tr("Add to the Network Map of %1").arg(caseCode),
                 parent),
      m_entry(entry)
{
    setObjectName(QStringLiteral("mapEntryDialog"));
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("mapKind"));
    for (MapKind kind : NetworkMapText::kinds())
        m_kind->addItem(NetworkMapText::display(kind), int(kind));
    m_kind->setCurrentIndex(m_kind->findData(int(entry.kind)));
    m_role = new QLineEdit(entry.role);
    m_role->setObjectName(QStringLiteral("mapRole"));
    m_role->setPlaceholderText(tr("For example: grandmother, aunt, neighbour"));
    m_name = new QLineEdit(entry.name);
    m_name->setObjectName(QStringLiteral("mapName"));
    m_ring = new QComboBox;
    m_ring->setObjectName(QStringLiteral("mapRing"));
    m_ring->addItem(tr("Close (inner ring)"), 1);
    m_ring->addItem(tr("In between (middle ring)"), 2);
    m_ring->addItem(tr("At a distance (outer ring)"), 3);
    m_ring->setCurrentIndex(m_ring->findData(entry.closeness));
    m_tie = new QComboBox;
    m_tie->setObjectName(QStringLiteral("mapTie"));
    for (Tie tie : NetworkMapText::ties())
        m_tie->addItem(NetworkMapText::display(tie), int(tie));
    m_tie->setCurrentIndex(m_tie->findData(int(entry.tie)));
    m_supportive = new QCheckBox(tr("Supports the family"));
    m_supportive->setObjectName(QStringLiteral("mapSupportive"));
    m_supportive->setChecked(entry.supportive);

    form()->addRow(tr("&What:"), m_kind);
    form()->addRow(tr("&Role:"), m_role);
    form()->addRow(tr("&Name:"), m_name);
    form()->addRow(tr("&How close:"), m_ring);
    form()->addRow(tr("&Tie:"), m_tie);
    form()->addRow(QString(), m_supportive);
    setOkText(entry.id > 0 ? tr("Save") : tr("Add"));

    connect(m_kind, &QComboBox::currentIndexChanged, this, &MapEntryDialog::kindChosen);
    for (QLineEdit *field : {m_role, m_name})
        connect(field, &QLineEdit::textChanged, this, &MapEntryDialog::revalidate);
    kindChosen();
}

void MapEntryDialog::kindChosen()
{
    // People by role and first name only; an organisation by its name, its kind says the rest.
    const bool person = NetworkMapText::isPerson(MapKind(m_kind->currentData().toInt()));
    m_role->setEnabled(person);
    m_name->setPlaceholderText(person ? tr("First name only") : tr("The organisation's name"));
    revalidate();
}

NetworkMapEntry MapEntryDialog::entry() const
{
    NetworkMapEntry e = m_entry;
    e.kind = MapKind(m_kind->currentData().toInt());
    e.role = NetworkMapText::isPerson(e.kind) ? m_role->text().trimmed() : QString();
    e.name = m_name->text().trimmed();
    e.closeness = m_ring->currentData().toInt();
    e.tie = Tie(m_tie->currentData().toInt());
    e.supportive = m_supportive->isChecked();
    return e;
}

EditDialog::Problem MapEntryDialog::problem() const
{
    return {NetworkMapText::check(entry()), nullptr};
}

Status MapEntryDialog::save()
{
    if (m_entry.id > 0)
        return commands().editMapEntry(entry());
    auto added = commands().addMapEntry(entry());
    if (!added)
        return added.error();
    return {};
}
