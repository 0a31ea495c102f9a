#include "LanguagePicker.h"

#include "domain/Languages.h"

#include <QCollator>
#include <QHash>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace {
constexpr int CodeRole = Qt::UserRole;
constexpr int SearchRole = Qt::UserRole + 1; // folded English and Dutch names and the code
constexpr int VisibleRows = 7;

// The common languages first, then every other, each part by name as the UI language sorts.
// Sorting thousands of names with a collator takes a moment: once per UI language.
const QStringList &order()
{
    static QHash<QString, QStringList> orders; // UI language -> codes in list order
    const QString language = QLocale().name();
    if (const auto known = orders.constFind(language); known != orders.cend())
        return *known;
    QCollator collator{QLocale()};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    const auto sorted = [&collator](const QStringList &codes) {
        QList<QPair<QString, QString>> named; // name, code
        named.reserve(codes.size());
        for (const QString &code : codes)
            named.append({Languages::name(code), code});
        std::sort(named.begin(), named.end(), [&collator](const auto &a, const auto &b) {
            return collator.compare(a.first, b.first) < 0;
        });
        QStringList result;
        result.reserve(named.size());
        for (const auto &pair : std::as_const(named))
            result << pair.second;
        return result;
    };
    const QStringList &common = Languages::commonCodes();
    QStringList others;
    for (const QString &code : Languages::codes())
        if (!common.contains(code))
            others << code;
    return *orders.insert(language, sorted(common) + sorted(others));
}
} // namespace

LanguagePicker::LanguagePicker(QWidget *parent) : QWidget(parent)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("languageSearch"));
    m_search->setPlaceholderText(tr("Find a language…"));
    m_search->setClearButtonEnabled(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("languages"));
    m_list->setUniformItemSizes(true); // thousands of rows: laid out without measuring each
    m_chosen = new QLabel(this);
    m_chosen->setObjectName(QStringLiteral("chosenLanguages"));
    m_chosen->setWordWrap(true);

    for (const QString &code : order()) {
        auto *item = new QListWidgetItem(Languages::name(code), m_list);
        item->setData(CodeRole, code);
        item->setData(SearchRole,
                      Languages::folded(Languages::englishName(code)) + QLatin1Char('\n') +
                          Languages::folded(Languages::dutchName(code)) + QLatin1Char('\n') + code);
        // Not user-checkable: the view would tick on a click on the box and the handler below
        // would untick it again. The handler ticks on a click anywhere on the row instead.
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    m_list->setFixedHeight(VisibleRows * m_list->sizeHintForRow(0) + 2 * m_list->frameWidth());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    layout->addWidget(m_chosen);
    setFocusProxy(m_search);
    m_search->installEventFilter(this);
    m_list->installEventFilter(this);

    connect(m_search, &QLineEdit::textChanged, this, &LanguagePicker::filter);
    // A click anywhere on the row ticks it, not only on the small box.
    connect(m_list, &QListWidget::itemClicked, this, &LanguagePicker::toggle);
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        showChosen();
        emit changed();
    });
    showChosen();
}

QStringList LanguagePicker::codes() const
{
    QStringList result;
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->checkState() == Qt::Checked)
            result << m_list->item(row)->data(CodeRole).toString();
    return result;
}

void LanguagePicker::setCodes(const QStringList &codes)
{
    const QSignalBlocker quiet(m_list);
    for (int row = 0; row < m_list->count(); ++row)
        m_list->item(row)->setCheckState(
            codes.contains(m_list->item(row)->data(CodeRole).toString()) ? Qt::Checked
                                                                         : Qt::Unchecked);
    showChosen();
}

void LanguagePicker::toggle(QListWidgetItem *item)
{
    if (item)
        item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
}

void LanguagePicker::filter(const QString &text)
{
    const QString wanted = Languages::folded(text);
    QListWidgetItem *first = nullptr;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const bool matches = wanted.isEmpty() || item->data(SearchRole).toString().contains(wanted);
        // What is ticked stays in sight, whatever is searched for.
        item->setHidden(!matches && item->checkState() != Qt::Checked);
        if (matches && !first)
            first = item;
    }
    if (first) {
        m_list->setCurrentItem(first);
        m_list->scrollToItem(first, QAbstractItemView::PositionAtTop);
    }
}

void LanguagePicker::showChosen()
{
    const QStringList chosen = codes();
    m_chosen->setText(chosen.isEmpty() ? tr("No language chosen.")
                                       : tr("Chosen: %1").arg(Languages::names(chosen)));
}

bool LanguagePicker::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent *>(event)->key();
    if (watched == m_search) {
        // Enter ticks the language found (not the dialog's OK); Down goes into the list.
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && !m_search->text().isEmpty()) {
            for (int row = 0; row < m_list->count(); ++row) {
                QListWidgetItem *item = m_list->item(row);
                if (!item->isHidden() && item->checkState() != Qt::Checked) {
                    toggle(item);
                    break;
                }
            }
            m_search->clear();
            return true;
        }
        if (key == Qt::Key_Down) {
            m_list->setFocus(Qt::TabFocusReason);
            return true;
        }
    } else if (watched == m_list && key == Qt::Key_Space) {
        toggle(m_list->currentItem());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}
