#include "ScoreBox.h"

#include "domain/DomainText.h"

ScoreBox::ScoreBox(QWidget *parent) : QComboBox(parent)
{
    for (int score = 1; score <= 5; ++score)
        addItem(text(score), score);
    setPlaceholderText(tr("Choose a score"));
    setCurrentIndex(-1);
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
}

int ScoreBox::score() const
{
    return currentIndex() < 0 ? 0 : currentData().toInt();
}

void ScoreBox::setScore(int score)
{
    setCurrentIndex(findData(score));
}

QString ScoreBox::text(int score)
{
    return tr("%1 – %2", "a score and what it means")
        .arg(score)
        .arg(DomainText::scoreMeaning(score));
}
