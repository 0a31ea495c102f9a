#include "EmergencyAccessList.h"

#include "storage/Database.h"
#include "storage/TeamLogins.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {
constexpr int ShownDays = 14;

QString shown(const QString &utc)
{
    const QDateTime at = QDateTime::fromString(utc, Qt::ISODateWithMs);
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : utc;
}
} // namespace

EmergencyAccessList::EmergencyAccessList(Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    // Said in words, not only in a colour: "emergency access" is the flag.
    m_title = new QLabel(tr("<b>Emergency access</b> in the last %n day(s): families read by "
                            "someone outside their own duo",
                            "", ShownDays));
    m_title->setWordWrap(true);
    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("todayEmergencyAccess"));
    m_list->setAccessibleName(tr("Emergency access"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels(
        {tr("Case code"), tr("Login"), tr("Reason"), tr("Granted"), tr("Until")});
    m_list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        emit familyActivated(item->data(0, Qt::UserRole).toLongLong());
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_list);
    hide();
}

void EmergencyAccessList::reload(bool coordinator)
{
    m_list->clear();
    if (!m_db.isServer() || !coordinator) {
        hide();
        return;
    }
    const QString since =
        QDateTime::currentDateTimeUtc().addDays(-ShownDays).toString(Qt::ISODateWithMs);
    auto accesses = TeamLogins(m_db).emergencyAccesses(since);
    if (!accesses) {
        emit failed(accesses.error().message);
        hide();
        return;
    }
    for (const EmergencyAccess &access : std::as_const(accesses.value())) {
        auto *item =
            new QTreeWidgetItem(m_list, {access.caseCode, access.login, access.reason,
                                         shown(access.grantedAt), shown(access.expiresAt)});
        item->setData(0, Qt::UserRole, access.familyId);
        item->setToolTip(2, access.reason);
    }
    // As high as its rows (at most six, then it scrolls), the times in full.
    for (int column : {0, 1, 3, 4})
        m_list->resizeColumnToContents(column);
    const int rows = std::min(m_list->topLevelItemCount(), 6);
    m_list->setFixedHeight(m_list->header()->sizeHint().height() +
                           rows * std::max(1, m_list->sizeHintForRow(0)) +
                           2 * m_list->frameWidth() + 2);
    setVisible(m_list->topLevelItemCount() > 0);
}
