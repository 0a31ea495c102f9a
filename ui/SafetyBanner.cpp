#include "SafetyBanner.h"

#include "DisplayText.h"
#include "VisitActions.h"
#include "storage/SafetyConcernStore.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

SafetyBanner::SafetyBanner(Database &db, QWidget *parent) : QFrame(parent), m_db(db)
{
    setObjectName(QStringLiteral("safetyBanner"));
    setStyleSheet(QStringLiteral("QFrame#safetyBanner { background: %1; border: 1px solid %2; "
                                 "border-left: 6px solid %2; border-radius: 4px; }"
                                 "QFrame#safetyBanner QLabel { color: #410e0b; }"
                                 "QFrame#safetyBanner QLabel#concernTitle { color: %2; }")
                      .arg(background().name(), colour().name()));
    m_rows = new QVBoxLayout(this);
    m_rows->setContentsMargins(10, 8, 10, 8);
    m_rows->setSpacing(6);
    hide();
}

QColor SafetyBanner::colour()
{
    return QColor(0xb3, 0x26, 0x1e);
}

QColor SafetyBanner::background()
{
    return QColor(0xfc, 0xe8, 0xe6);
}

QIcon SafetyBanner::icon()
{
    // Drawn, not taken from the icon theme: it must look the same on every desktop, and
    // themes draw their warning icon yellow, which reads as "note", not as "unsafe".
    static const QIcon drawn = [] {
        QIcon icon;
        for (int size : {16, 24, 32}) {
            QPixmap pixmap(size, size);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(Qt::NoPen);
            painter.setBrush(colour());
            painter.drawEllipse(QRectF(1, 1, size - 2, size - 2));
            painter.setPen(QPen(Qt::white, size / 8.0, Qt::SolidLine, Qt::RoundCap));
            painter.drawLine(QPointF(size / 2.0, size * 0.25), QPointF(size / 2.0, size * 0.58));
            painter.drawPoint(QPointF(size / 2.0, size * 0.76));
            painter.end();
            icon.addPixmap(pixmap);
        }
        return icon;
    }();
    return drawn;
}

void SafetyBanner::clear(QLayout *layout)
{
    // Later, not now: this may run while a button of the old rows is still being clicked.
    while (QLayoutItem *item = layout->takeAt(0)) {
        if (QWidget *widget = item->widget()) {
            widget->hide();
            widget->deleteLater();
        } else if (QLayout *inner = item->layout()) {
            clear(inner);
        }
        delete item;
    }
}

bool SafetyBanner::showFamily(qint64 familyId)
{
    clear(m_rows);
    m_count = 0;
    auto open = familyId > 0 ? SafetyConcernStore(m_db).openFor(familyId)
                             : Result<QList<SafetyConcern>>(QList<SafetyConcern>());
    if (!open) {
        hide();
        emit failed(open.message());
        return false;
    }
    m_count = int(open->size());
    setVisible(m_count > 0);
    if (m_count == 0)
        return true;

    auto *title = new QLabel(m_count == 1 ? tr("Safety concern (meldcode)")
                                          : tr("%1 safety concerns (meldcode)").arg(m_count));
    title->setObjectName(QStringLiteral("concernTitle"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto *iconLabel = new QLabel;
    iconLabel->setPixmap(icon().pixmap(20, 20));
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(iconLabel);
    titleRow->addWidget(title, 1);
    m_rows->addLayout(titleRow);

    for (const SafetyConcern &concern : open.value()) {
        auto *text = new QLabel(concern.description);
        text->setObjectName(QStringLiteral("concernText"));
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *who = new QLabel(tr("Raised by %1 on %2")
                                   .arg(concern.raisedBy, DisplayText::dateTime(concern.raisedAt)));
        QFont small = who->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        who->setFont(small);
        who->setWordWrap(true); // the pane may be narrow; the button keeps its place
        auto *close = new QPushButton(tr("Close Concern…"));
        close->setObjectName(QStringLiteral("closeConcern"));
        close->setEnabled(m_actions != nullptr);
        const qint64 id = concern.id;
        connect(close, &QPushButton::clicked, this, [this, id] {
            if (m_actions)
                m_actions->closeConcern(id);
        });
        auto *whoRow = new QHBoxLayout;
        whoRow->addWidget(who, 1);
        whoRow->addWidget(close);
        m_rows->addWidget(text);
        m_rows->addLayout(whoRow);
    }
    return true;
}
