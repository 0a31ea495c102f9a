#pragma once
// What a score (1..5) means in one life domain, shown when a coach scores a goal, so that two
// coaches give the same situation the same score. The texts paraphrase, one short line each,
// the level descriptions of the Zelfredzaamheid-Matrix (ZRM 2017, GGD Amsterdam, 13 domains).

#include "Domain.h"

#include <QCoreApplication>

class ZrmLevels
{
    Q_DECLARE_TR_FUNCTIONS(ZrmLevels)
public:
    // Translated; empty for a score outside 1..5.
    static QString description(LifeDomain domain, int score);
};
