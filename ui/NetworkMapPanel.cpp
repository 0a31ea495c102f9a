#include "NetworkMapPanel.h"

#include "MessageBox.h"
#include "NetworkMapView.h"
#include "commands/EditCommands.h"
#include "dialogs/MapEntryDialog.h"
#include "services/ChangeNotifier.h"
#include "storage/AccessLog.h"
#include "storage/Database.h"
#include "storage/NetworkMapStore.h"
#include "storage/PrivateFile.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QVBoxLayout>

NetworkMapPanel::NetworkMapPanel(Database &db, QWidget *parent)
    : QGroupBox(tr("Network map"), parent), m_db(db)
{
    setObjectName(QStringLiteral("networkMapPanel"));
    m_view = new NetworkMapView;
    m_none = new QLabel(tr("Nobody on the network map yet: the relatives, neighbours, friends "
                           "and organisations around the family belong here."));
    m_none->setWordWrap(true);
    m_none->setEnabled(false);
    m_add = new QPushButton(tr("Add…"));
    m_add->setObjectName(QStringLiteral("addMapEntry"));
    m_add->setToolTip(tr("Add a person or an organisation to the network map."));
    m_edit = new QPushButton(tr("Change…"));
    m_edit->setObjectName(QStringLiteral("editMapEntry"));
    m_remove = new QPushButton(tr("Remove"));
    m_remove->setObjectName(QStringLiteral("removeMapEntry"));
    m_export = new QPushButton(tr("Save as PNG or PDF…"));
    m_export->setObjectName(QStringLiteral("exportMap"));
    m_export->setToolTip(tr("Save the picture to print it or add it to a report."));
    for (QPushButton *button : {m_add, m_edit, m_remove})
        button->hide(); // until the façade is attached
    connect(m_add, &QPushButton::clicked, this, &NetworkMapPanel::addEntry);
    connect(m_edit, &QPushButton::clicked, this, [this] { editEntry(); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeEntry(); });
    connect(m_export, &QPushButton::clicked, this, &NetworkMapPanel::exportPicture);
    connect(m_view, &NetworkMapView::selectionChanged, this, &NetworkMapPanel::updateButtons);
    connect(m_view, &NetworkMapView::activated, this, &NetworkMapPanel::editEntry);
    connect(m_view, &NetworkMapView::removeRequested, this, &NetworkMapPanel::removeEntry);
    connect(m_view, &NetworkMapView::moved, this, &NetworkMapPanel::moved);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_add, m_edit, m_remove, m_export})
        buttons->addWidget(button);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_none);
    layout->addWidget(m_view);
    layout->addLayout(buttons);
}

void NetworkMapPanel::setCommands(EditCommands *commands)
{
    m_commands = commands;
    for (QPushButton *button : {m_add, m_edit, m_remove})
        button->show();
    connect(commands->notifier(), &ChangeNotifier::networkChanged, this, [this](qint64 family) {
        if (family == m_familyId)
            showFamily(m_familyId, m_caseCode);
    });
    connect(commands, &QObject::destroyed, this, [this] { m_commands = nullptr; });
    updateButtons();
}

bool NetworkMapPanel::showFamily(qint64 familyId, const QString &caseCode)
{
    m_familyId = familyId;
    m_caseCode = caseCode;
    QList<NetworkMapEntry> entries;
    bool read = true;
    if (familyId > 0) {
        auto map = NetworkMapStore(m_db).forFamily(familyId);
        if (map)
            entries = map.value();
        else {
            emit failed(map.message());
            read = false;
        }
    }
    m_view->setEntries(entries, caseCode);
    m_none->setVisible(entries.isEmpty());
    updateButtons();
    return read;
}

const NetworkMapEntry *NetworkMapPanel::entry(qint64 id) const
{
    if (id == 0)
        id = m_view->selectedId();
    for (const NetworkMapEntry &e : m_view->entries())
        if (e.id == id && id > 0)
            return &e;
    return nullptr;
}

void NetworkMapPanel::updateButtons()
{
    const bool editable = m_commands && m_familyId > 0;
    const bool selected = m_view->selectedId() > 0;
    m_add->setEnabled(editable);
    m_edit->setEnabled(editable && selected);
    m_remove->setEnabled(editable && selected);
    m_export->setEnabled(m_familyId > 0);
}

void NetworkMapPanel::addEntry()
{
    if (!m_commands || m_familyId == 0)
        return;
    NetworkMapEntry e;
    e.familyId = m_familyId;
    // Somewhere free on the middle ring: past the last one added, going round.
    e.angle = double((m_view->entries().size() * 47) % 360);
    auto *dialog = new MapEntryDialog(*m_commands, e, m_caseCode, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void NetworkMapPanel::editEntry(qint64 id)
{
    const NetworkMapEntry *e = entry(id);
    if (!m_commands || !e)
        return;
    auto *dialog = new MapEntryDialog(*m_commands, *e, m_caseCode, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void NetworkMapPanel::removeEntry(qint64 id)
{
    const NetworkMapEntry *e = entry(id);
    if (!m_commands || !e)
        return;
    // Undoable, so no question first.
    if (Status done = m_commands->removeMapEntry(*e); !done)
        emit failed(done.message());
}

void NetworkMapPanel::moved(const NetworkMapEntry &entry)
{
    if (!m_commands) {
        showFamily(m_familyId, m_caseCode); // read only: back where it was
        return;
    }
    const qint64 id = entry.id;
    if (Status done = m_commands->editMapEntry(entry); !done) {
        emit failed(done.message());
        showFamily(m_familyId, m_caseCode);
    }
    m_view->select(id);
}

Status NetworkMapPanel::exportTo(const QString &path) const
{
    const QString title = tr("Network map of %1").arg(m_caseCode);
    const QRectF drawing = m_view->drawingRect();
    // Owner-only and whole or not at all: the picture has the first names of the family's
    // relatives and friends.
    PrivateFile file(path, m_db.path());
    if (Status opened = file.openForWriting(); !opened)
        return opened;
    if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        QPdfWriter pdf(&file);
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("DuoCoach"));
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        QPainter painter(&pdf);
        QFont font = painter.font();
        font.setPointSize(14);
        font.setBold(true);
        painter.setFont(font);
        const QRectF page(0, 0, pdf.width(), pdf.height());
        const QRectF heading(page.left(), page.top(), page.width(), pdf.resolution() * 0.5);
        painter.drawText(heading, Qt::AlignLeft | Qt::AlignVCenter, title);
        m_view->renderTo(&painter, page.adjusted(0, heading.height() * 1.4, 0, 0));
    } else {
        QImage image((drawing.size() * 2).toSize(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        m_view->renderTo(&painter, QRectF(QPointF(0, 0), image.size()));
        painter.end();
        if (!image.save(&file, "PNG"))
            return file.writeError();
    }
    // Logged as printed (NEN 7513) just before the file appears.
    return file.publish([this]() -> Status {
        if (!m_commands)
            return {};
        return AccessLog(m_db).record(m_commands->actor(), AccessAction::Print, m_familyId,
                                      AccessOutcome::Success, QStringLiteral("network_map"));
    });
}

void NetworkMapPanel::exportPicture()
{
    if (m_familyId == 0)
        return;
    QString chosenFilter;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Network Map"), tr("network-map-%1.pdf").arg(m_caseCode),
        tr("PDF for printing (*.pdf);;PNG picture (*.png)"), &chosenFilter);
    if (path.isEmpty())
        return;
    if (Status done = exportTo(path); !done)
        MessageBox::critical(this, tr("Save Network Map"), done.message());
}
