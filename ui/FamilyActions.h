#pragma once
// The editing actions of the Families page: register a family, edit it, close its file, add or
// correct household members and assign a duo, each through its form and the command façade.
// The page's toolbar shows them; a double click on a family or a household member edits it.

#include <QObject>

class EditCommands;
class FamilyPage;
class QAction;
class QPoint;

class FamilyActions : public QObject
{
    Q_OBJECT
public:
    FamilyActions(FamilyPage *page, EditCommands *commands);

    QList<QAction *> familyActions() const
    {
        return {m_newFamily, m_editFamily, m_closeFamily, m_addMember, m_assignDuo};
    }
    QAction *newFamilyAction() const { return m_newFamily; }
    QAction *editFamilyAction() const { return m_editFamily; }
    QAction *closeFamilyAction() const { return m_closeFamily; }
    QAction *addMemberAction() const { return m_addMember; }
    QAction *assignDuoAction() const { return m_assignDuo; }

public slots:
    void newFamily();
    void editFamily();
    void closeFamily();
    void addMember();
    void editMember(qint64 memberId);
    void removeMember(qint64 memberId);
    void assignDuo();
    // The ranked assign dialog for any family (the waiting list's "Assign Duo…"), over `over`.
    void assignDuoTo(qint64 familyId, QWidget *over);

private:
    void updateActions();
    void householdMenu(const QPoint &position);
    void report(const QString &title, const QString &message);

    FamilyPage *m_page;
    EditCommands *m_commands;
    QAction *m_newFamily;
    QAction *m_editFamily;
    QAction *m_closeFamily;
    QAction *m_addMember;
    QAction *m_assignDuo;
};
