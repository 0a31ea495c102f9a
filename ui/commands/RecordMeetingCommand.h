#pragma once
// Records a meeting whole: a case consultation with the families discussed, their support
// reviewed (a stop ends it), other decisions and follow-up actions, or another meeting with who
// was there. Undo takes all of it back (stopped support runs again); redo brings it back with
// the same ids.

#include "EditCommand.h"
#include "domain/Meeting.h"

class RecordMeetingCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(RecordMeetingCommand)
public:
    RecordMeetingCommand(EditCommands &commands, const Meeting &meeting);
    qint64 meetingId() const { return m_meeting.id; }

protected:
    Status apply() override;
    Status revert() override;
    void announce() const override;

private:
    Meeting m_meeting; // as written, every id filled, once recorded
    bool m_recorded = false;
};
