#pragma once
// File > Export for Supervision: the visit log of a period (all duos or one) written as a
// supervision package (SupervisionPackageWriter) for a supervisor, pseudonymised unless the user
// says otherwise, and encrypted when a passphrase is typed (twice, so a typo does not lock the
// supervisor out). The export is recorded in the database in the current user's name, as the
// CLI does.
//
// The default period is the previous full calendar quarter: supervision is usually held per
// quarter, and a period that has ended has no visits still to come, so its rates and counts do
// not change when it is exported again later.

#include "exchange/ExportRequest.h"
#include "exchange/SupervisionPackageWriter.h"
#include "services/CurrentUser.h"
#include "storage/AccessLog.h"

#include <QDialog>

class Database;
class ExportFileField;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class ResultLabel;

class SupervisionExportDialog : public QDialog
{
    Q_OBJECT
public:
    SupervisionExportDialog(Database &db, const CurrentUser &user, QWidget *parent = nullptr,
                            const QDate &today = QDate::currentDate());

    // The first and last day of the calendar quarter before the one `today` lies in.
    static std::pair<QDate, QDate> previousQuarter(const QDate &today);

    QDateEdit *fromField() const { return m_from; }
    QDateEdit *toField() const { return m_to; }
    QComboBox *duos() const { return m_duos; } // item data: the duo's id, 0 for all duos
    QCheckBox *pseudonymizeBox() const { return m_pseudonymize; }
    QLineEdit *passphraseField() const { return m_passphrase; }
    QLineEdit *repeatField() const { return m_repeat; }
    QLineEdit *pathField() const;
    QPushButton *exportButton() const { return m_export; }
    // Why Export cannot be pressed yet, or what the last export wrote.
    QLabel *resultLabel() const;

    ExportRequest request() const;
    // Test hook: a cheaper key derivation than the default, so tests stay fast.
    void setKdfCost(const PackageCrypto::KdfCost &cost) { m_kdfCost = cost; }

public slots:
    // Writes the package to the file named; true when it was written. A refusal is shown in a
    // message box, in one sentence.
    bool exportPackage();

signals:
    void exported(const SupervisionExportSummary &summary);

private:
    void updateState();

    Database &m_db;
    QString m_exportedBy;
    Actor m_actor; // every export is logged (NEN 7513), in the user's name
    PackageCrypto::KdfCost m_kdfCost;
    // Set when Browse… chose the file: its dialog asked already whether to replace it.
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_duos = nullptr;
    QCheckBox *m_pseudonymize = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLineEdit *m_repeat = nullptr;
    ExportFileField *m_file = nullptr;
    QPushButton *m_export = nullptr;
    ResultLabel *m_result = nullptr;
};
