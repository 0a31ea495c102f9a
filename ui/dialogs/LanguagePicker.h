#pragma once
// Languages as a list of names to tick (Languages::codes(), shown by name in the UI language),
// for the home languages of a family and the languages a worker speaks.

#include <QListWidget>

class LanguagePicker : public QListWidget
{
    Q_OBJECT
public:
    explicit LanguagePicker(QWidget *parent = nullptr);

    QStringList codes() const; // ticked, in the order of Languages::codes()
    void setCodes(const QStringList &codes);

signals:
    void changed();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void toggle(QListWidgetItem *item);
};
