#include "LanguagePicker.h"

#include "domain/Languages.h"

#include <QKeyEvent>
#include <QStyle>

LanguagePicker::LanguagePicker(QWidget *parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("languages"));
    for (const QString &code : Languages::codes()) {
        auto *item = new QListWidgetItem(Languages::name(code), this);
        item->setData(Qt::UserRole, code);
        // Not user-checkable: the view would tick on a click on the box and the handler below
        // would untick it again. The handler ticks on a click anywhere on the row instead.
        item->setFlags(Qt::ItemIsEnabled);
        item->setCheckState(Qt::Unchecked);
    }
    // Two columns of names fit the form without a long scroll.
    setViewMode(QListView::ListMode);
    setFlow(QListView::TopToBottom);
    setWrapping(true);
    setResizeMode(QListView::Adjust);
    // One cell size for all, wide enough for the longest name and its tick box, so no name is
    // cut off in any language.
    int widest = 0;
    for (int row = 0; row < count(); ++row)
        widest = qMax(widest, fontMetrics().horizontalAdvance(item(row)->text()));
    const int indicator = style()->pixelMetric(QStyle::PM_IndicatorWidth) + 12;
    setGridSize(QSize(widest + indicator + 12, fontMetrics().height() + 6));
    const int rows = (count() + 2) / 3;
    // Sized to show every name at once; a scroll bar would only hide the third column.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFixedHeight(rows * gridSize().height() + 2 * frameWidth() + 8);
    setMinimumWidth(3 * gridSize().width() + 2 * frameWidth() + 4);
    // A click anywhere on the row ticks it, not only on the small box.
    connect(this, &QListWidget::itemClicked, this, &LanguagePicker::toggle);
    connect(this, &QListWidget::itemChanged, this, &LanguagePicker::changed);
}

QStringList LanguagePicker::codes() const
{
    QStringList result;
    for (int row = 0; row < count(); ++row)
        if (item(row)->checkState() == Qt::Checked)
            result << item(row)->data(Qt::UserRole).toString();
    return result;
}

void LanguagePicker::setCodes(const QStringList &codes)
{
    for (int row = 0; row < count(); ++row)
        item(row)->setCheckState(
            codes.contains(item(row)->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
}

void LanguagePicker::toggle(QListWidgetItem *item)
{
    if (item)
        item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
}

void LanguagePicker::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space) {
        toggle(currentItem());
        return;
    }
    QListWidget::keyPressEvent(event);
}
