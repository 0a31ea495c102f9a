#pragma once
// A choice of a Zelfredzaamheid-Matrix score that says what each score means ("4 – adequately
// self-reliant"), so nobody needs the matrix beside them. It starts empty: a score is chosen,
// not left at a default.

#include <QComboBox>

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
};
