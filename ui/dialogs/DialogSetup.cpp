#include "DialogSetup.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDialog>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QStyle>
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
    if (watched == m_dialog && event->type() == QEvent::Show) {
        m_dialog->removeEventFilter(this);
        prepare();
    }
    return QObject::eventFilter(watched, event);
}

void DialogSetup::prepare()
{
    const QList<QWidget *> order = readingOrder(m_dialog);
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
    QSize wanted = m_dialog->sizeHint().expandedTo(m_dialog->size());
    if (m_dialog->layout() && m_dialog->layout()->hasHeightForWidth())
        wanted.setHeight(qMax(wanted.height(), m_dialog->heightForWidth(wanted.width())));
    wanted = wanted.boundedTo(room).expandedTo(m_dialog->minimumSize());
    if (wanted != m_dialog->size())
        m_dialog->resize(wanted);
}
