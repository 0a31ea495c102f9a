#pragma once
// A person or organisation on a family's network map: what they are to the family, their
// role and first name (people) or name (organisations), how close (the ring) and the kind of
// tie, and whether they support the family. Adds a new entry or changes one.

#include "EditDialog.h"
#include "domain/NetworkMap.h"

class QCheckBox;
class QComboBox;
class QLineEdit;

class MapEntryDialog : public EditDialog
{
    Q_OBJECT
public:
    // `entry.id` 0: a new entry for `entry.familyId`, placed at `entry.angle`.
    MapEntryDialog(EditCommands &commands, const NetworkMapEntry &entry, const QString &caseCode,
                   QWidget *parent = nullptr);

    QComboBox *kindField() const { return m_kind; }
    QLineEdit *roleField() const { return m_role; }
    QLineEdit *nameField() const { return m_name; }
    QComboBox *ringField() const { return m_ring; }
    QComboBox *tieField() const { return m_tie; }
    QCheckBox *supportiveField() const { return m_supportive; }

protected:
    Problem problem() const override;
    Status save() override;

private:
    NetworkMapEntry entry() const;
    void kindChosen();

    NetworkMapEntry m_entry;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_role = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_ring = nullptr;
    QComboBox *m_tie = nullptr;
    QCheckBox *m_supportive = nullptr;
};
