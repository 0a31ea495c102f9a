#pragma once
// Records in the access log (NEN 7513) that the user read a family's file: once each time the
// details of another family come into view on the Families page. Not on a repaint or a refresh
// after an edit (the same family stays), and not while the page is out of sight (the list
// selects its first family when it loads, which nobody has looked at yet): the entry is written
// when the user comes to see it.

#include <QObject>

class EditCommands;
class FamilyDetailPane;

class FamilyReadRecorder : public QObject
{
    Q_OBJECT
public:
    FamilyReadRecorder(FamilyDetailPane *pane, EditCommands *commands);

public slots:
    // Someone else works now: the family in view is read anew, by them.
    void userChanged();

signals:
    void failed(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void familyShown(qint64 familyId);
    void recordIfSeen();

    FamilyDetailPane *m_pane;
    EditCommands *m_commands;
    qint64 m_shown = 0;    // the family the pane shows
    qint64 m_recorded = 0; // the family whose reading was recorded last
};
