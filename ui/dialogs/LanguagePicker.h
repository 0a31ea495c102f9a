#pragma once
// The languages of a family's home or a worker, to tick from every living language of ISO 639
// (Languages): a search field above a list that starts with the languages common in the
// region, then all others by name, in the UI language. What is ticked is also named below the
// list, so a choice scrolled out of sight is not forgotten.

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;

class LanguagePicker : public QWidget
{
    Q_OBJECT
public:
    explicit LanguagePicker(QWidget *parent = nullptr);

    QStringList codes() const; // ticked, in the order of the list
    void setCodes(const QStringList &codes);

    QLineEdit *searchField() const { return m_search; }
    QListWidget *list() const { return m_list; }

signals:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void toggle(QListWidgetItem *item);
    void filter(const QString &text);
    void showChosen();

    QLineEdit *m_search = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_chosen = nullptr;
};
