#include "SupervisionFeedbackList.h"

#include "MessageBox.h"
#include "storage/Database.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {
constexpr int ShownRows = 6;
// How much of a note the list shows; the rest when it is opened.
constexpr int Opening = 90;

QString opening(const QString &note)
{
    QString first = note.section(QLatin1Char('\n'), 0, 0).simplified();
    if (first.size() > Opening || note.contains(QLatin1Char('\n')))
        first = first.left(Opening).trimmed() + QChar(0x2026);
    return first;
}
} // namespace

SupervisionFeedbackList::SupervisionFeedbackList(Database &db, QWidget *parent)
    : QWidget(parent), m_db(db)
{
    m_title = new QLabel;
    m_title->setWordWrap(true);
    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("todayFeedback"));
    m_list->setAccessibleName(tr("Feedback from supervision"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Imported"), tr("About"), tr("Feedback")});
    m_list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_list->setToolTip(tr("Double-click or press Enter to read the whole note."));
    connect(m_list, &QTreeWidget::itemActivated, this, &SupervisionFeedbackList::open);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_list);
    hide();
}

QString SupervisionFeedbackList::about(const SupervisionNote &note)
{
    const QLocale locale;
    switch (note.kind) {
    case SupervisionNote::Kind::Visit:
        return tr("Visit of %1 to %2")
            .arg(locale.toString(note.visitStart, QLocale::ShortFormat),
                 note.caseCode.isEmpty() ? tr("a family no longer yours") : note.caseCode);
    case SupervisionNote::Kind::Duo:
        return tr("Duo %1").arg(note.duoName);
    case SupervisionNote::Kind::General:
        break;
    }
    return tr("General remark on %1 to %2")
        .arg(locale.toString(note.periodFrom, QLocale::ShortFormat),
             locale.toString(note.periodTo, QLocale::ShortFormat));
}

void SupervisionFeedbackList::reload(const CurrentUser &user, const QDate &day)
{
    m_user = user;
    m_list->clear();
    auto notes = SupervisionFeedbackStore(m_db).recentFor(
        user, day.addDays(-SupervisionFeedbackStore::TodayDays));
    if (!notes) {
        emit failed(notes.message());
        hide();
        return;
    }
    m_notes = std::move(notes).value();
    const QLocale locale;
    for (int i = 0; i < m_notes.size(); ++i) {
        const SupervisionNote &n = m_notes.at(i);
        auto *item =
            new QTreeWidgetItem(m_list, {locale.toString(n.importedAt.date(), QLocale::ShortFormat),
                                         about(n), opening(n.note)});
        item->setData(0, Qt::UserRole, i);
    }
    m_title->setText(tr("<b>Feedback from supervision</b> in the last %n day(s): %1", nullptr,
                        SupervisionFeedbackStore::TodayDays)
                         .arg(m_notes.size()));
    for (int column : {0, 1})
        m_list->resizeColumnToContents(column);
    const int rows = std::min<int>(m_notes.size(), ShownRows);
    m_list->setFixedHeight(m_list->header()->sizeHint().height() +
                           rows * std::max(1, m_list->sizeHintForRow(0)) +
                           2 * m_list->frameWidth() + 2);
    setVisible(!m_notes.isEmpty());
}

void SupervisionFeedbackList::open(QTreeWidgetItem *item)
{
    const int index = item->data(0, Qt::UserRole).toInt();
    if (index < 0 || index >= m_notes.size())
        return;
    const SupervisionNote &note = m_notes.at(index);
    // NEN 7513: reading the note about a family is recorded before it is shown.
    if (Status recorded = SupervisionFeedbackStore(m_db).recordRead(Actor::of(m_db, m_user), note);
        !recorded) {
        emit failed(recorded.message());
        return;
    }
    const QLocale locale;
    MessageBox::information(
        this, tr("Feedback from supervision"),
        tr("<p><b>%1</b></p><p>Written %2, imported %3 by %4.</p>")
                .arg(about(note).toHtmlEscaped(),
                     locale.toString(note.writtenAt, QLocale::ShortFormat),
                     locale.toString(note.importedAt, QLocale::ShortFormat),
                     note.importedBy.toHtmlEscaped()) +
            QStringLiteral("<p>%1</p>")
                .arg(note.note.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"))));
}
