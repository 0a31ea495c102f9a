#pragma once
// What the fields of a form hold at one moment (text, ticks, choices, dates, list ticks, the
// rows of a table), to tell whether the user changed anything since: a form closed with Esc
// asks before it throws typed work away, and closes without asking when nothing changed.

#include <QVariantList>

class QWidget;

class FormSnapshot
{
public:
    FormSnapshot() = default;
    static FormSnapshot take(const QWidget *form);

    bool isNull() const { return m_taken == false; }
    bool operator==(const FormSnapshot &other) const { return m_values == other.m_values; }
    bool operator!=(const FormSnapshot &other) const { return !(*this == other); }

private:
    QVariantList m_values;
    bool m_taken = false;
};
