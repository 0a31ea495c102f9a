#include "FeedbackImportFlow.h"

#include "MessageBox.h"
#include "exchange/ReviewFeedback.h"
#include "review/PassphrasePrompt.h"
#include "services/ChangeNotifier.h"
#include "services/SupervisionFeedbackImport.h"

#include <QApplication>
#include <QFileInfo>
#include <QLocale>

#include <optional>

namespace {
// Wrong passphrases are asked again this often before the import gives up.
constexpr int Attempts = 3;
} // namespace

bool FeedbackImportFlow::run(QWidget *parent, Database &db, const CurrentUser &user,
                             ChangeNotifier *notifier, const QString &path, QString *done)
{
    const QString title = tr("Import Supervision Feedback");
    const QString package = QFileInfo(path).fileName().remove(QStringLiteral(".feedback.json"));
    const bool encrypted = SupervisionFeedbackImport::isEncrypted(path);
    QString passphrase;
    QString problem;
    std::optional<ReviewFeedback> feedback;
    for (int attempt = 0;; ++attempt) {
        if (encrypted) {
            passphrase = PassphrasePrompt::ask(parent, package, problem);
            if (passphrase.isNull())
                return false;
        }
        QApplication::setOverrideCursor(Qt::WaitCursor); // the key derivation takes a moment
        auto read = SupervisionFeedbackImport::read(path, passphrase);
        QApplication::restoreOverrideCursor();
        if (read) {
            feedback = std::move(read).value();
            break;
        }
        // A passphrase that did not open the file is asked again; anything else is said.
        if (!encrypted || read.error().kind != Error::Kind::Refused || attempt + 1 >= Attempts) {
            MessageBox::critical(parent, title, read.message());
            return false;
        }
        problem = read.message();
    }
    auto imported = SupervisionFeedbackImport::run(db, Actor::of(db, user), *feedback);
    if (!imported) {
        MessageBox::critical(parent, title, imported.message());
        return false;
    }
    const SupervisionFeedbackImport::Summary &s = imported.value();
    if (notifier)
        emit notifier->supervisionFeedbackChanged();
    const QLocale locale;
    QString text =
        tr("The feedback on %1 (%2 to %3) is with the duos now, on their Today page and with "
           "their visits: %n note(s).",
           nullptr, s.notes())
            .arg(s.packageFile, locale.toString(s.from, QLocale::ShortFormat),
                 locale.toString(s.to, QLocale::ShortFormat));
    if (s.replaced)
        text +=
            QLatin1Char(' ') + tr("It replaces the feedback imported before on the same package.");
    if (s.leftOut > 0)
        text += QLatin1Char(' ') + tr("%n note(s) about visits or duos no longer in this "
                                      "database were left out.",
                                      nullptr, s.leftOut);
    MessageBox::information(parent, title, text);
    if (done)
        *done = tr("Supervision feedback imported: %n note(s).", nullptr, s.notes());
    return true;
}
