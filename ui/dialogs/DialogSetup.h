#pragma once
// What every dialog does when it first shows, so a form works from the keyboard and on a small
// screen whatever order its widgets were built in: Tab follows the layout as the eye reads it
// (fields top to bottom, the buttons last), the cursor starts in the first field, every form
// label gets a shortcut letter of its own (Alt+letter goes to its field), Tab leaves a text box
// instead of typing a tab, a table is one stop of Tab (unless its cells hold fields: set the
// property "tabThroughCells" on it), and the dialog is no larger than the screen it opens on.
// Tab itself is moved along that order here, not left to the focus chain: a date showing its
// special value ("the start") or a table whose cursor wraps would otherwise keep the keyboard
// in one field for ever, and Qt's chain mends compound widgets in ways that can loop.

#include <QObject>

class QDialog;
class QWidget;

class DialogSetup : public QObject
{
    Q_OBJECT
public:
    // Call once in the dialog's constructor; the work is done when it first shows, after the
    // constructor of every subclass has built its fields.
    static void install(QDialog *dialog);

    // The widgets that take Tab, in the order the layouts show them.
    static QList<QWidget *> readingOrder(QWidget *window);
    // Gives every label of a form a buddy (the first field of its row) and a shortcut letter
    // not used by any other label or button of `window`.
    static void assignMnemonics(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit DialogSetup(QDialog *dialog);
    void prepare();
    void fitScreen();
    // Moves the focus one field along the reading order; false when the field in focus keeps
    // Tab for itself (the next section of a date, the next cell of a table of fields).
    bool moveFocus(QWidget *from, bool forward);

    QDialog *m_dialog;
    bool m_prepared = false;
};
