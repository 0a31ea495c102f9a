#include "DialogSetup.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QScrollArea>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTextDocument>
#include <QTextEdit>

#include <algorithm>

namespace {
void collectLayout(QLayout *layout, QList<QWidget *> &out);

void collectWidget(QWidget *widget, QList<QWidget *> &out)
{
    if (auto *scroll = qobject_cast<QScrollArea *>(widget)) {
        if (scroll->widget())
            collectWidget(scroll->widget(), out);
        return;
    }
    // Tabs lay out their pages themselves: the tab bar, then the fields of the page shown.
    if (auto *tabs = qobject_cast<QTabWidget *>(widget)) {
        if (QTabBar *bar = tabs->findChild<QTabBar *>(); bar && bar->isVisibleTo(tabs))
            out << bar;
        if (tabs->currentWidget())
            collectWidget(tabs->currentWidget(), out);
        return;
    }
    if (widget->focusPolicy() & Qt::TabFocus)
        out << widget;
    // A list, a spin box or a combo box moves the focus inside itself.
    if (qobject_cast<QAbstractItemView *>(widget) || qobject_cast<QAbstractSpinBox *>(widget) ||
        qobject_cast<QComboBox *>(widget))
        return;
    if (widget->layout())
        collectLayout(widget->layout(), out);
}

void collectItem(QLayoutItem *item, QList<QWidget *> &out)
{
    if (!item)
        return;
    if (item->widget())
        collectWidget(item->widget(), out);
    else if (item->layout())
        collectLayout(item->layout(), out);
}

void collectLayout(QLayout *layout, QList<QWidget *> &out)
{
    if (auto *form = qobject_cast<QFormLayout *>(layout)) {
        for (int row = 0; row < form->rowCount(); ++row)
            for (auto role :
                 {QFormLayout::LabelRole, QFormLayout::FieldRole, QFormLayout::SpanningRole})
                collectItem(form->itemAt(row, role), out);
        return;
    }
    if (auto *grid = qobject_cast<QGridLayout *>(layout)) {
        struct Placed
        {
            int row, column;
            QLayoutItem *item;
        };
        QList<Placed> placed;
        for (int i = 0; i < grid->count(); ++i) {
            int row = 0, column = 0, rowSpan = 0, columnSpan = 0;
            grid->getItemPosition(i, &row, &column, &rowSpan, &columnSpan);
            placed.append({row, column, grid->itemAt(i)});
        }
        std::stable_sort(placed.begin(), placed.end(), [](const Placed &a, const Placed &b) {
            return a.row != b.row ? a.row < b.row : a.column < b.column;
        });
        for (const Placed &p : std::as_const(placed))
            collectItem(p.item, out);
        return;
    }
    for (int i = 0; i < layout->count(); ++i)
        collectItem(layout->itemAt(i), out);
}

// The letter after a single '&' ("&&" is a literal ampersand), or a null character.
QChar mnemonicOf(const QString &text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toCaseFolded();
    }
    return {};
}

// Where to put the '&' in `text`: the first free letter that starts a word, else the first
// free letter or digit anywhere; -1 when every one is taken.
int freePlace(const QString &text, const QSet<QChar> &used)
{
    for (bool wordStartsOnly : {true, false}) {
        for (int i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (!c.isLetterOrNumber() || used.contains(c.toCaseFolded()))
                continue;
            if (i > 0 && text.at(i - 1) == QLatin1Char('&'))
                continue;
            if (wordStartsOnly && i > 0 && text.at(i - 1).isLetterOrNumber())
                continue;
            return i;
        }
    }
    return -1;
}

// Whether `widget` moves Tab inside itself before the next field gets it.
bool keepsTab(QWidget *widget, bool forward)
{
    if (auto *date = qobject_cast<QDateTimeEdit *>(widget)) {
        // Showing its special value ("the start") it has no sections to go through.
        if (!date->specialValueText().isEmpty() && date->text() == date->specialValueText())
            return false;
        const int section = date->currentSectionIndex();
        return forward ? section < date->sectionCount() - 1 : section > 0;
    }
    if (auto *view = qobject_cast<QAbstractItemView *>(widget)) {
        if (!view->tabKeyNavigation() || !view->model())
            return false;
        // Tab goes from cell to cell and, at the last one, on to the next field: the view
        // itself would wrap around to its first cell.
        const QModelIndex current = view->currentIndex();
        if (!current.isValid())
            return false;
        const QAbstractItemModel *model = view->model();
        const bool last = current.row() == model->rowCount(current.parent()) - 1 &&
                          current.column() == model->columnCount(current.parent()) - 1;
        const bool first = current.row() == 0 && current.column() == 0;
        return forward ? !last : !first;
    }
    return false;
}

// The fields shown in a view's cells (QAbstractItemView::setIndexWidget), row by row.
QList<QWidget *> cellFields(const QAbstractItemView *view)
{
    QList<QWidget *> cells;
    const QAbstractItemModel *model = view->model();
    if (!model)
        return cells;
    for (int row = 0; row < model->rowCount(view->rootIndex()); ++row)
        for (int column = 0; column < model->columnCount(view->rootIndex()); ++column)
            if (QWidget *cell = view->indexWidget(model->index(row, column, view->rootIndex())))
                cells << cell;
    return cells;
}

bool takesTab(const QWidget *widget)
{
    if (!(widget->focusPolicy() & Qt::TabFocus) || !widget->isVisible() || !widget->isEnabled())
        return false;
    // Of a group of radio buttons only the chosen one is a stop; arrows move within the group.
    if (auto *radio = qobject_cast<const QRadioButton *>(widget))
        return !radio->autoExclusive() || radio->isChecked();
    return true;
}

QWidget *firstField(QLayoutItem *item)
{
    QList<QWidget *> fields;
    collectItem(item, fields);
    return fields.isEmpty() ? nullptr : fields.constFirst();
}
} // namespace

DialogSetup::DialogSetup(QDialog *dialog) : QObject(dialog), m_dialog(dialog)
{
    dialog->installEventFilter(this);
}

void DialogSetup::install(QDialog *dialog)
{
    new DialogSetup(dialog);
}

QList<QWidget *> DialogSetup::readingOrder(QWidget *window)
{
    QList<QWidget *> order;
    if (window->layout())
        collectLayout(window->layout(), order);
    QList<QWidget *> unique;
    for (QWidget *widget : std::as_const(order))
        if (!unique.contains(widget))
            unique << widget;
    return unique;
}

void DialogSetup::assignMnemonics(QWidget *window)
{
    QList<QLabel *> labels;
    for (QFormLayout *form : window->findChildren<QFormLayout *>()) {
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem *labelItem = form->itemAt(row, QFormLayout::LabelRole);
            auto *label = labelItem ? qobject_cast<QLabel *>(labelItem->widget()) : nullptr;
            if (!label || label->text().isEmpty())
                continue;
            // A row whose field is a layout (a date and a button) or a box of fields has no
            // buddy that takes the cursor by itself: its first field is. A row that only shows
            // a value (a label) has none, and no shortcut.
            if (!label->buddy() || label->buddy()->focusPolicy() == Qt::NoFocus)
                label->setBuddy(firstField(form->itemAt(row, QFormLayout::FieldRole)));
            if (label->buddy())
                labels << label;
        }
    }
    for (QLabel *label : window->findChildren<QLabel *>())
        if (label->buddy() && label->buddy()->focusPolicy() != Qt::NoFocus &&
            !labels.contains(label))
            labels << label;

    QSet<QChar> used;
    for (const QAbstractButton *button : window->findChildren<QAbstractButton *>())
        if (const QChar c = mnemonicOf(button->text()); !c.isNull())
            used << c;
    for (const QGroupBox *box : window->findChildren<QGroupBox *>())
        if (const QChar c = mnemonicOf(box->title()); !c.isNull())
            used << c;
    for (const QLabel *label : std::as_const(labels))
        if (const QChar c = mnemonicOf(label->text()); !c.isNull())
            used << c;
    for (QLabel *label : std::as_const(labels)) {
        const QString text = label->text();
        if (!mnemonicOf(text).isNull() || label->textFormat() == Qt::RichText ||
            (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text)))
            continue;
        const int place = freePlace(text, used);
        if (place < 0)
            continue;
        used << text.at(place).toCaseFolded();
        label->setText(QString(text).insert(place, QLatin1Char('&')));
    }
}

bool DialogSetup::eventFilter(QObject *watched, QEvent *event)
{
    // Only the first showing: the work is done once, and never again from inside itself.
    if (watched == m_dialog && event->type() == QEvent::Show && !m_prepared) {
        m_prepared = true;
        prepare();
        return QObject::eventFilter(watched, event);
    }
    if (event->type() == QEvent::KeyPress && m_prepared) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool tab = key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab;
        auto *widget = qobject_cast<QWidget *>(watched);
        if (tab && widget && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier)) &&
            widget == QApplication::focusWidget() && m_dialog->isAncestorOf(widget)) {
            const bool forward =
                key->key() == Qt::Key_Tab && !(key->modifiers() & Qt::ShiftModifier);
            if (moveFocus(widget, forward))
                return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

bool DialogSetup::moveFocus(QWidget *from, bool forward)
{
    // Read again at each press: a form may have added fields (a follow-up row) since it showed.
    const QList<QWidget *> order = readingOrder(m_dialog);
    // The field of the order the focus is in: a spin box for its line edit.
    QWidget *field = from;
    while (field && !order.contains(field))
        field = field->parentWidget();
    if (!field)
        return false;
    if (auto *view = qobject_cast<QAbstractItemView *>(field)) {
        // A table marked to be walked through (a report's follow-ups) goes by its own rules.
        if (view->property("tabThroughCells").toBool()) {
            if (field != from)
                return false;
        } else if (const QList<QWidget *> cells = cellFields(view); !cells.isEmpty()) {
            // A table holding fields in its cells (a new duo for each family): Tab goes
            // into the table, through those fields, and out again.
            int at = -1;
            for (QWidget *w = from; w && w != view && at < 0; w = w->parentWidget())
                at = int(cells.indexOf(w));
            if (at < 0 && !forward && field != from)
                at = int(cells.size());
            for (int i = at + (forward ? 1 : -1); i >= 0 && i < cells.size();
                 i += forward ? 1 : -1) {
                if (takesTab(cells.at(i))) {
                    cells.at(i)->setFocus(forward ? Qt::TabFocusReason : Qt::BacktabFocusReason);
                    return true;
                }
            }
            if (!forward && at >= 0) {
                view->setFocus(Qt::BacktabFocusReason);
                return true;
            }
        }
    }
    if (field == from && keepsTab(field, forward))
        return false;
    const int count = int(order.size());
    const int at = int(order.indexOf(field));
    for (int step = 1; step < count; ++step) {
        QWidget *next = order.at((at + (forward ? step : count - step)) % count);
        if (!takesTab(next))
            continue;
        next->setFocus(forward ? Qt::TabFocusReason : Qt::BacktabFocusReason);
        return true;
    }
    return false;
}

void DialogSetup::prepare()
{
    const QList<QWidget *> order = readingOrder(m_dialog);
    // Tab reaches the field in focus before the field itself sees it.
    qApp->installEventFilter(this);
    for (int i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));
    // In a form Tab goes to the next field; a tab character has no use in a report.
    for (QPlainTextEdit *edit : m_dialog->findChildren<QPlainTextEdit *>())
        edit->setTabChangesFocus(true);
    for (QTextEdit *edit : m_dialog->findChildren<QTextEdit *>())
        edit->setTabChangesFocus(true);
    // A table is one stop of Tab, or Tab would walk all its cells before reaching the buttons;
    // only a table whose cells hold fields (the follow-ups of a report) is walked through.
    for (QAbstractItemView *view : m_dialog->findChildren<QAbstractItemView *>())
        if (!view->property("tabThroughCells").toBool() &&
            view->viewport()->findChildren<QWidget *>().isEmpty())
            view->setTabKeyNavigation(false);
    assignMnemonics(m_dialog);

    // The cursor in the first field, unless the dialog chose one itself (closing a file starts
    // in its reason): never on a button, where a space would close the form.
    QWidget *chosen = m_dialog->focusWidget();
    if (!chosen || qobject_cast<QPushButton *>(chosen)) {
        for (QWidget *widget : order) {
            if (qobject_cast<QPushButton *>(widget) || !widget->isEnabled() ||
                !widget->isVisibleTo(m_dialog))
                continue;
            if (auto *radio = qobject_cast<QRadioButton *>(widget);
                radio && radio->autoExclusive() && !radio->isChecked())
                continue;
            widget->setFocus(Qt::TabFocusReason);
            break;
        }
    }
    fitScreen();
}

void DialogSetup::fitScreen()
{
    const QScreen *screen = m_dialog->screen();
    if (!screen)
        return;
    // Room for the window's title bar and frame, which the window manager adds around it.
    const int titleBar = m_dialog->style()->pixelMetric(QStyle::PM_TitleBarHeight) + 8;
    const QSize room = screen->availableGeometry().size() - QSize(8, titleBar);
    // A scroll area's size hint follows the form inside it, but the dialog's layout keeps the
    // hint it read while the form was still being built (a report's fields come after its
    // frame): read afresh, or the form opens squeezed to nothing above the buttons.
    for (QScrollArea *area : m_dialog->findChildren<QScrollArea *>())
        area->updateGeometry();
    if (m_dialog->layout())
        m_dialog->layout()->activate();
    QSize wanted = m_dialog->sizeHint().expandedTo(m_dialog->size());
    if (m_dialog->layout() && m_dialog->layout()->hasHeightForWidth())
        wanted.setHeight(qMax(wanted.height(), m_dialog->heightForWidth(wanted.width())));
    wanted = wanted.boundedTo(room).expandedTo(m_dialog->minimumSize());
    if (wanted != m_dialog->size())
        m_dialog->resize(wanted);
}
