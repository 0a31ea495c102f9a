#pragma once
// Which visits an export takes: those starting within the request's period, of one duo or of
// the duos of one worker when asked. Given as SQL over `visits v` with positional binds, so
// the package writer and the CSV export select exactly the same visits, and everything that
// hangs off them is selected by subqueries instead of lists of ids held in memory.

#include "ExportRequest.h"
#include "storage/ConsentStore.h"
#include "storage/SqlValues.h"

#include <QString>
#include <QVariantList>

class ExportSelection
{
public:
    // With a valid `consentOn`, only the visits of families whose consent for a supervision
    // export holds on that day (ConsentStore): what a supervision package may take.
    explicit ExportSelection(const ExportRequest &request, const QDate &consentOn = QDate())
        : m_request(request)
    {
        // Starts are "YYYY-MM-DDTHH:MM:SS": the period is [from, day after to), an index range.
        m_condition = QStringLiteral("v.starts_at >= ? AND v.starts_at < ?");
        m_binds << SqlValues::date(request.from) << SqlValues::date(request.to.addDays(1));
        if (request.duoId) {
            m_condition += QStringLiteral(" AND v.duo_id = ?");
            m_binds << request.duoId;
        } else if (request.workerId) {
            m_condition += QStringLiteral(" AND v.duo_id IN (SELECT id FROM duos WHERE "
                                          "trusted_person_id = ? OR professional_id = ?)");
            m_binds << request.workerId << request.workerId;
        }
        if (consentOn.isValid()) {
            m_condition +=
                QStringLiteral(" AND v.family_id IN (%1)").arg(ConsentStore::consentedFamilies());
            m_binds << ConsentStore::consentedBinds(ConsentPurpose::SupervisionExport, consentOn);
        }
    }

    // A condition on `visits v`, and its binds.
    QString condition() const { return m_condition; }
    QVariantList binds() const { return m_binds; }

    // Subqueries yielding ids; each takes binds() once.
    QString visitIds() const
    {
        return QStringLiteral("SELECT v.id FROM visits v WHERE ") + m_condition;
    }
    QString familyIds() const
    {
        return QStringLiteral("SELECT v.family_id FROM visits v WHERE ") + m_condition;
    }
    QString duoIds() const
    {
        return QStringLiteral("SELECT v.duo_id FROM visits v WHERE ") + m_condition;
    }

    const ExportRequest &request() const { return m_request; }

private:
    ExportRequest m_request;
    QString m_condition;
    QVariantList m_binds;
};
