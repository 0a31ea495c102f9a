#include "FormSnapshot.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTableWidget>
#include <QTextEdit>

FormSnapshot FormSnapshot::take(const QWidget *form)
{
    FormSnapshot snapshot;
    snapshot.m_taken = true;
    QVariantList &v = snapshot.m_values;
    // In the order the widgets were made: a row added to a table adds its fields, a row removed
    // takes them out, and either way the list differs.
    for (const QWidget *w : form->findChildren<QWidget *>()) {
        // The line edit inside a spin box or a combo box is read through its owner.
        if (qobject_cast<const QAbstractSpinBox *>(w->parentWidget()) ||
            qobject_cast<const QComboBox *>(w->parentWidget()))
            continue;
        if (const auto *edit = qobject_cast<const QLineEdit *>(w))
            v << edit->text();
        else if (const auto *text = qobject_cast<const QPlainTextEdit *>(w))
            v << text->toPlainText();
        else if (const auto *rich = qobject_cast<const QTextEdit *>(w))
            v << rich->toPlainText();
        else if (const auto *date = qobject_cast<const QDateTimeEdit *>(w))
            v << date->dateTime();
        else if (const auto *spin = qobject_cast<const QSpinBox *>(w))
            v << spin->value();
        else if (const auto *real = qobject_cast<const QDoubleSpinBox *>(w))
            v << real->value();
        else if (const auto *combo = qobject_cast<const QComboBox *>(w))
            v << combo->currentIndex() << combo->currentText();
        else if (const auto *button = qobject_cast<const QAbstractButton *>(w)) {
            if (button->isCheckable())
                v << button->isChecked();
        } else if (const auto *box = qobject_cast<const QGroupBox *>(w)) {
            if (box->isCheckable())
                v << box->isChecked();
        } else if (const auto *list = qobject_cast<const QListWidget *>(w)) {
            for (int row = 0; row < list->count(); ++row)
                v << int(list->item(row)->checkState());
        } else if (const auto *table = qobject_cast<const QTableWidget *>(w)) {
            v << table->rowCount();
        }
    }
    return snapshot;
}
