#include "FamilyProgress.h"

#include "storage/FamilyStore.h"

bool FamilyProgress::moves(FamilyStatus from, FamilyStatus to)
{
    // The steps in their order: referred, intake, active; closed is never left from here.
    return from != FamilyStatus::Closed && to != FamilyStatus::Closed && int(from) < int(to);
}

Result<FamilyStatus> FamilyProgress::advance(qint64 familyId, FamilyStatus to)
{
    FamilyStore families(m_db);
    auto status = families.status(familyId);
    if (!status)
        return status.error();
    if (moves(status.value(), to))
        if (Status set = families.setStatus(familyId, to); !set)
            return set.error();
    return status.value();
}

Status FamilyProgress::putBack(qint64 familyId, FamilyStatus before)
{
    FamilyStore families(m_db);
    auto status = families.status(familyId);
    if (!status)
        return status.error();
    if (status.value() == before)
        return {};
    return families.setStatus(familyId, before);
}
