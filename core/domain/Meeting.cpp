#include "Meeting.h"

#include "CodeTable.h"

#include <utility>

namespace {
const std::pair<MeetingKind, const char *> KindCodes[] = {
    {MeetingKind::Consultation, "consultation"},
    {MeetingKind::Collaboration, "collaboration"},
    {MeetingKind::Network, "network"},
};

const std::pair<MeetingDecisionKind, const char *> DecisionCodes[] = {
    {MeetingDecisionKind::Referral, "referral"},
    {MeetingDecisionKind::Goal, "goal"},
    {MeetingDecisionKind::Other, "other"},
};

template <typename Enum, size_t N> QList<Enum> all(const std::pair<Enum, const char *> (&table)[N])
{
    QList<Enum> values;
    for (const auto &entry : table)
        values << entry.first;
    return values;
}
} // namespace

QString MeetingText::code(MeetingKind kind)
{
    return CodeTable::code(KindCodes, kind);
}

QString MeetingText::code(MeetingDecisionKind kind)
{
    return CodeTable::code(DecisionCodes, kind);
}

std::optional<MeetingKind> MeetingText::parseKind(const QString &code)
{
    return CodeTable::parse(KindCodes, code);
}

std::optional<MeetingDecisionKind> MeetingText::parseDecisionKind(const QString &code)
{
    return CodeTable::parse(DecisionCodes, code);
}

QList<MeetingKind> MeetingText::kinds()
{
    return all(KindCodes);
}

QList<MeetingDecisionKind> MeetingText::decisionKinds()
{
    return all(DecisionCodes);
}

QString MeetingText::sqlKinds()
{
    return CodeTable::sqlIn(KindCodes);
}

QString MeetingText::sqlDecisionKinds()
{
    return CodeTable::sqlIn(DecisionCodes);
}

QString MeetingText::display(MeetingKind kind)
{
    switch (kind) {
    case MeetingKind::Consultation:
        return tr("Case consultation");
    case MeetingKind::Collaboration:
        return tr("Interim meeting on the collaboration");
    case MeetingKind::Network:
        return tr("Network meeting of trusted persons");
    }
    return {};
}

QString MeetingText::display(MeetingDecisionKind kind)
{
    switch (kind) {
    case MeetingDecisionKind::Referral:
        return tr("New referral");
    case MeetingDecisionKind::Goal:
        return tr("New goal");
    case MeetingDecisionKind::Other:
        return tr("Other decision");
    }
    return {};
}
