#pragma once
// A choice of a Zelfredzaamheid-Matrix score that says what each score means ("4 – adequately
// self-reliant"), so nobody needs the matrix beside them. Given the goal's life domain, each
// score also carries what it means in that domain (ZrmLevels) as its tooltip, and ladder()
// writes all five for a form to show beside it. It starts empty: a score is chosen, not left at
// a default.

#include "domain/Domain.h"

#include <QComboBox>

#include <optional>

class ScoreBox : public QComboBox
{
    Q_OBJECT
public:
    explicit ScoreBox(QWidget *parent = nullptr);

    // 1..5, or 0 while none is chosen.
    int score() const;
    void setScore(int score);
    // "4 – adequately self-reliant"
    static QString text(int score);

    // The life domain whose level descriptions the scores carry.
    void setDomain(LifeDomain domain);
    // The five levels of the domain, one a line, the chosen score's in bold (rich text).
    QString ladder() const;

private:
    void updateToolTip();

    std::optional<LifeDomain> m_domain;
};
