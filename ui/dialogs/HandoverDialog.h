#pragma once
// Archiving a worker, or ending a duo, that still has families: the dialog lists each of those
// families with a choice of the duo that takes it over (the best match of Matcher suggested),
// so no family is silently left without a duo. OK does the handover and the archiving as one
// undoable step.

#include "EditDialog.h"
#include "domain/Domain.h"

class QDateEdit;
class QLabel;
class QTableWidget;

class HandoverDialog : public EditDialog
{
    Q_OBJECT
public:
    enum class Kind { ArchiveWorker, EndDuo };
    enum Column { FamilyColumn, NowColumn, NewDuoColumn };

    HandoverDialog(EditCommands &commands, Kind kind, qint64 id, QWidget *parent = nullptr);

    QTableWidget *families() const { return m_families; }
    QDateEdit *dayField() const { return m_day; }
    // family id -> the duo chosen for it (0: none)
    QHash<qint64, qint64> newDuos() const;

protected:
    Problem problem() const override;
    Status save() override;

private:
    void load();
    bool isLeaving(const Duo &duo) const;

    Kind m_kind;
    qint64 m_id;
    QString m_name;
    QString m_loadProblem;
    QLabel *m_intro = nullptr;
    QDateEdit *m_day = nullptr;
    QTableWidget *m_families = nullptr;
};
