#include "RecordMeetingCommand.h"

#include "DisplayText.h"
#include "services/ChangeNotifier.h"
#include "storage/MeetingStore.h"

RecordMeetingCommand::RecordMeetingCommand(EditCommands &commands, const Meeting &meeting)
    : EditCommand(commands, tr("Record %1 of %2")
                                .arg(MeetingText::display(meeting.kind).toLower(),
                                     DisplayText::date(meeting.heldOn))),
      m_meeting(meeting)
{
    m_meeting.id = 0;
}

Status RecordMeetingCommand::apply()
{
    MeetingStore store(db());
    if (m_recorded)
        return store.restore(m_meeting);
    auto written = store.record(m_meeting);
    if (!written)
        return written.error();
    m_meeting = written.value();
    m_recorded = true;
    return {};
}

Status RecordMeetingCommand::revert()
{
    return MeetingStore(db()).remove(m_meeting);
}

void RecordMeetingCommand::announce() const
{
    emit notifier().meetingsChanged();
    for (const MeetingFamily &family : m_meeting.families) {
        emit notifier().networkChanged(family.familyId);
        emit notifier().followUpsChanged(family.familyId);
    }
}
