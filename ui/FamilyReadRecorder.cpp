#include "FamilyReadRecorder.h"

#include "FamilyDetailPane.h"
#include "commands/EditCommands.h"
#include "storage/AccessLog.h"

#include <QEvent>

FamilyReadRecorder::FamilyReadRecorder(FamilyDetailPane *pane, EditCommands *commands)
    : QObject(pane), m_pane(pane), m_commands(commands)
{
    connect(pane, &FamilyDetailPane::familyShown, this, &FamilyReadRecorder::familyShown);
    connect(commands, &QObject::destroyed, this, [this] { m_commands = nullptr; });
    pane->installEventFilter(this);
    m_shown = pane->familyId();
}

void FamilyReadRecorder::familyShown(qint64 familyId)
{
    m_shown = familyId;
    // The hint replaced the family: choosing it again later is a new reading.
    if (familyId == 0)
        m_recorded = 0;
    recordIfSeen();
}

void FamilyReadRecorder::userChanged()
{
    m_recorded = 0;
    recordIfSeen();
}

bool FamilyReadRecorder::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_pane && event->type() == QEvent::Show)
        recordIfSeen();
    return QObject::eventFilter(watched, event);
}

void FamilyReadRecorder::recordIfSeen()
{
    if (!m_commands || m_shown == 0 || m_shown == m_recorded || !m_pane->isVisible())
        return;
    m_recorded = m_shown;
    Status logged =
        AccessLog(m_commands->database()).record(m_commands->actor(), AccessAction::Read, m_shown);
    if (!logged)
        emit failed(logged.message());
}
