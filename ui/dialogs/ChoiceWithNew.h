#pragma once
// A choice from a list with a "New…" button beside it, as in a form whose list lacks the one
// wanted (the worker's organisation, the duo's trusted person): the button opens the form of a
// new one over the form being filled, which stays as typed, and once that is saved the list is
// filled again and the new one chosen. The new one is its own undoable step.

#include <QWidget>

#include <functional>

class EditDialog;
class QComboBox;
class QPushButton;

class ChoiceWithNew : public QWidget
{
    Q_OBJECT
public:
    // `choice` is taken into this widget; `buttonText` names what the button makes.
    ChoiceWithNew(QComboBox *choice, const QString &buttonText, QWidget *parent = nullptr);

    QComboBox *choice() const { return m_choice; }
    QPushButton *newButton() const { return m_new; }

    // Opens `form` window-modal over this field's window; once it is saved, `refill` fills the
    // list anew and the item whose data is `savedId()` is chosen.
    void openForm(EditDialog *form, std::function<qint64()> savedId, std::function<void()> refill);

signals:
    // The button was pressed: the owner opens its form with openForm().
    void newRequested();

private:
    QComboBox *m_choice;
    QPushButton *m_new;
};
