#include "ScoreBox.h"

#include "domain/DomainText.h"
#include "domain/ZrmLevels.h"

ScoreBox::ScoreBox(QWidget *parent) : QComboBox(parent)
{
    for (int score = 1; score <= 5; ++score)
        addItem(text(score), score);
    setPlaceholderText(tr("Choose a score"));
    setCurrentIndex(-1);
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(this, &QComboBox::currentIndexChanged, this, &ScoreBox::updateToolTip);
}

void ScoreBox::setDomain(LifeDomain domain)
{
    m_domain = domain;
    for (int i = 0; i < count(); ++i)
        setItemData(i, ZrmLevels::description(domain, itemData(i).toInt()), Qt::ToolTipRole);
    updateToolTip();
}

void ScoreBox::updateToolTip()
{
    setToolTip(m_domain && score() > 0 ? ZrmLevels::description(*m_domain, score()) : QString());
}

QString ScoreBox::ladder() const
{
    if (!m_domain)
        return {};
    QStringList lines;
    for (int level = 1; level <= 5; ++level) {
        const QString line = tr("%1 %2", "a score and what it means in a life domain")
                                 .arg(level)
                                 .arg(ZrmLevels::description(*m_domain, level).toHtmlEscaped());
        lines << (level == score() ? QStringLiteral("<b>▶ %1</b>").arg(line) : line);
    }
    return lines.join(QStringLiteral("<br>"));
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
