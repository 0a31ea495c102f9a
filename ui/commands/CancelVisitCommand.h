#pragma once
// Records that a visit did not take place: cancelled, or nobody found at home (no-show), with
// the reason. Undo puts the visit back as it was (planned, or its earlier reason).

#include "EditCommand.h"
#include "storage/VisitReportStore.h"

class CancelVisitCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(CancelVisitCommand)
public:
    // status: VisitStatus::Cancelled or VisitStatus::NoShow.
    CancelVisitCommand(EditCommands &commands, qint64 visitId, VisitStatus status,
                       const QString &reason);

protected:
    Status apply() override;
    Status revert() override;
    void announce() const override;

private:
    qint64 m_visitId;
    VisitStatus m_status;
    QString m_reason;
    std::optional<VisitRecord> m_before; // of the first run
};
