#pragma once
// The rules of a meeting that need no database, for the form that checks as the user types and
// for MeetingStore alike: each refusal is one sentence naming what is wrong.

#include "Meeting.h"

#include <QCoreApplication>

class MeetingRules
{
    Q_DECLARE_TR_FUNCTIONS(MeetingRules)
public:
    // A day not to come; someone there; a consultation discusses at least one family, each
    // once, with the question brought in, and the others discuss none; every decision and
    // follow-up says what.
    static QString check(const Meeting &meeting, const QDate &today);
};
