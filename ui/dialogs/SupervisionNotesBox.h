#pragma once
// The supervisor's feedback on one visit, above its report: read-only, hidden when there is
// none. Showing it is reading it: the access log records that (SupervisionFeedbackStore).

#include "services/CurrentUser.h"

#include <QGroupBox>

class Database;

class SupervisionNotesBox : public QGroupBox
{
    Q_OBJECT
public:
    SupervisionNotesBox(Database &db, qint64 visitId, const CurrentUser &user,
                        QWidget *parent = nullptr);
    // How many notes it shows.
    int count() const { return m_count; }

private:
    int m_count = 0;
};
