#include "SupervisionExportDialog.h"

#include "ExportDialogFrame.h"
#include "ExportFileField.h"
#include "ResultLabel.h"

#include "BackgroundTask.h"
#include "MessageBox.h"
#include "exchange/PackageCrypto.h"
#include "storage/DatabaseFiles.h"
#include "storage/DuoStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QDateEdit *dateField(const QDate &date, const QString &name)
{
    auto *field = new QDateEdit(date);
    field->setObjectName(name);
    field->setCalendarPopup(true);
    field->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    return field;
}

QLineEdit *passwordField(const QString &name)
{
    auto *field = new QLineEdit;
    field->setObjectName(name);
    field->setEchoMode(QLineEdit::Password);
    return field;
}
} // namespace

std::pair<QDate, QDate> SupervisionExportDialog::previousQuarter(const QDate &today)
{
    const QDate thisQuarter(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
    return {thisQuarter.addMonths(-3), thisQuarter.addDays(-1)};
}

SupervisionExportDialog::SupervisionExportDialog(Database &db, const CurrentUser &user,
                                                 QWidget *parent, const QDate &today)
    : QDialog(parent), m_db(db), m_exportedBy(user.displayName()), m_actor(Actor::of(db, user))
{
    setObjectName(QStringLiteral("supervisionExportDialog"));
    setWindowTitle(tr("Export for Supervision"));

    auto *intro = new QLabel(tr("Writes the home visits of a period, with their reports, goals, "
                                "evaluations and follow-ups, to one file for the supervisor. "
                                "Pseudonymised, the file names each family only by its case "
                                "code. With a passphrase it is encrypted: give the passphrase "
                                "to the supervisor in another way than the file."));
    intro->setWordWrap(true);

    const auto [from, to] = previousQuarter(today);
    m_from = dateField(from, QStringLiteral("from"));
    m_to = dateField(to, QStringLiteral("to"));
    auto *period = new QHBoxLayout;
    period->addWidget(m_from);
    auto *until = new QLabel(tr("&to", "period: from one day to another, both included"));
    until->setBuddy(m_to);
    period->addWidget(until);
    period->addWidget(m_to);
    period->addStretch();

    m_duos = new QComboBox;
    m_duos->setObjectName(QStringLiteral("duos"));
    m_duos->addItem(tr("All duos"), qint64(0));
    QString problem;
    // Duos are hundreds at most: loaded whole, as the Workers page does.
    if (auto duos = DuoStore(db).all()) {
        for (const Duo &duo : duos.value())
            m_duos->addItem(duo.to.isValid() && duo.to < today
                                ? tr("%1 (ended)").arg(duo.displayName())
                                : duo.displayName(),
                            duo.id);
    } else {
        problem = duos.message();
    }

    m_pseudonymize = new QCheckBox(tr("P&seudonymise: leave out names, addresses and birth "
                                      "dates, and mask family names in the notes"));
    m_pseudonymize->setObjectName(QStringLiteral("pseudonymize"));
    m_pseudonymize->setChecked(true);

    m_passphrase = passwordField(QStringLiteral("passphrase"));
    m_passphrase->setPlaceholderText(
        tr("optional; at least %n characters", nullptr, PackageCrypto::MinimumPassphraseLength));
    m_repeat = passwordField(QStringLiteral("repeatPassphrase"));

    m_file = new ExportFileField(tr("supervision") + QStringLiteral(".duosup"),
                                 tr("Supervision packages (*.duosup);;All files (*)"),
                                 QStringLiteral("duosup"));

    // A label of a row that holds a layout has no buddy of itself: set, so its & works.
    ExportDialogFrame frame(this);
    frame.addRow(tr("&Period:"), m_from, period);
    frame.addRow(tr("&Duo:"), m_duos);
    frame.form()->addRow(QString(), m_pseudonymize);
    frame.addRow(tr("Pass&phrase:"), m_passphrase);
    frame.addRow(tr("&Repeat passphrase:"), m_repeat);
    frame.addRow(tr("F&ile:"), m_file->lineEdit(), m_file);
    m_result = frame.result();
    m_export = frame.exportButton();
    connect(m_export, &QPushButton::clicked, this, &SupervisionExportDialog::exportPackage);
    for (QLineEdit *field : {m_passphrase, m_repeat, m_file->lineEdit()})
        connect(field, &QLineEdit::textChanged, this, &SupervisionExportDialog::updateState);
    for (QDateEdit *field : {m_from, m_to})
        connect(field, &QDateEdit::dateChanged, this, &SupervisionExportDialog::updateState);
    frame.finish(intro, 600);
    updateState();
    if (!problem.isEmpty())
        m_result->say(problem, true);
}

ExportRequest SupervisionExportDialog::request() const
{
    ExportRequest request;
    request.from = m_from->date();
    request.to = m_to->date();
    request.duoId = m_duos->currentData().toLongLong();
    request.pseudonymize = m_pseudonymize->isChecked();
    request.passphrase = m_passphrase->text();
    return request;
}

void SupervisionExportDialog::updateState()
{
    // Said while typing, so the button never stays grey without a reason on screen.
    QString why;
    if (m_passphrase->text() != m_repeat->text())
        why = m_repeat->text().isEmpty() ? tr("Type the passphrase a second time to confirm it.")
                                         : tr("The two passphrases are not the same.");
    else if (!m_passphrase->text().isEmpty() &&
             m_passphrase->text().size() < PackageCrypto::MinimumPassphraseLength)
        why = tr("A passphrase needs at least %n characters.", nullptr,
                 PackageCrypto::MinimumPassphraseLength);
    else if (m_to->date() < m_from->date())
        why = tr("The last day of the period lies before the first.");
    else if (m_file->path().isEmpty())
        why = tr("Choose the file to write the package to.");
    m_export->setEnabled(why.isEmpty());
    m_result->say(why, !why.isEmpty());
}

QLineEdit *SupervisionExportDialog::pathField() const
{
    return m_file->lineEdit();
}

QLabel *SupervisionExportDialog::resultLabel() const
{
    return m_result;
}

bool SupervisionExportDialog::exportPackage()
{
    updateState();
    if (!m_export->isEnabled())
        return false;
    const QString path = m_file->path();
    // Said before anything is asked: "Replace it?" must never be a question about the database.
    if (Status allowed = DatabaseFiles::refuseOverwrite(path, m_db.filePath()); !allowed) {
        m_result->say(allowed.message(), true);
        return false;
    }
    const QFileInfo target(path);
    if (target.exists() && !target.isDir() && !m_file->replaceConfirmed() &&
        MessageBox::question(
            this, windowTitle(),
            tr("The file %1 exists. Replace it?").arg(QDir::toNativeSeparators(path))) !=
            QMessageBox::Yes)
        return false;

    SupervisionPackageWriter::Options options;
    options.request = request();
    options.exportedBy = m_exportedBy;
    options.actor = m_actor; // the access log names who exported (NEN 7513)
    options.kdfCost = m_kdfCost;
    // Off the window's thread: a year of a large database takes seconds, ten years longer,
    // and the key derivation a moment more. The record of the export and its access-log entries
    // are written through the work's own connection; m_db reads them from the file afterwards.
    const QPointer<SupervisionExportDialog> alive(this);
    auto written =
        BackgroundTask::run(this, tr("Writing the supervision package…"), m_db.path(),
                            [&path, options](Database &db, Progress &progress) mutable {
                                options.progress = &progress;
                                return SupervisionPackageWriter::write(db, path, options);
                            });
    if (!alive)
        return false;
    if (!written && written.error().isCancelled()) {
        m_result->say(tr("Export cancelled; nothing was written."), false);
        return false;
    }
    if (!written) {
        m_result->say(written.message(), true);
        MessageBox::critical(this, windowTitle(), written.message());
        return false;
    }
    const SupervisionExportSummary &summary = written.value();
    QString sentence = tr("%n visit(s) of %1 written to %2.", nullptr, int(summary.visits))
                           .arg(tr("%n family(ies)", nullptr, int(summary.families)),
                                QDir::toNativeSeparators(path));
    if (summary.familiesWithoutConsent > 0)
        sentence += QLatin1Char(' ') +
                    tr("%n family(ies) with visits in the period left out: no consent to share "
                       "their file.",
                       nullptr, int(summary.familiesWithoutConsent));
    sentence += QLatin1Char(' ') + (summary.encrypted ? tr("The file is encrypted.")
                                                      : tr("The file is not encrypted."));
    sentence += QLatin1Char(' ') + tr("Signed with the key %1: the supervisor compares it with "
                                      "you once.")
                                       .arg(summary.signerFingerprint);
    m_result->say(sentence, false);
    emit exported(summary);
    return true;
}
