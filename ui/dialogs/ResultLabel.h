#pragma once
// The sentence under an export form: what the export did, or, in the forms' warning colour,
// why it did not. Selectable, so a path in it can be copied.

#include <QLabel>

class ResultLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ResultLabel(QWidget *parent = nullptr);

    void say(const QString &sentence, bool failed);
};
