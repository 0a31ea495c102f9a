#include "SupervisionNotesBox.h"

#include "storage/Database.h"
#include "storage/SupervisionFeedbackStore.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

SupervisionNotesBox::SupervisionNotesBox(Database &db, qint64 visitId, const CurrentUser &user,
                                         QWidget *parent)
    : QGroupBox(tr("Feedback from supervision"), parent)
{
    setObjectName(QStringLiteral("supervisionNotes"));
    auto *layout = new QVBoxLayout(this);
    SupervisionFeedbackStore store(db);
    auto notes = store.forVisit(visitId);
    QString text;
    if (!notes) {
        text = notes.message().toHtmlEscaped();
    } else if (!notes->isEmpty()) {
        // Reading is recorded before the notes are shown; a refused record shows no note.
        if (Status recorded = store.recordRead(Actor::of(db, user), notes->constFirst());
            !recorded) {
            text = recorded.message().toHtmlEscaped();
        } else {
            const QLocale locale;
            for (const SupervisionNote &note : std::as_const(notes.value()))
                text += tr("<p>%1<br><i>Written %2, imported %3.</i></p>")
                            .arg(note.note.toHtmlEscaped().replace(QLatin1Char('\n'),
                                                                   QStringLiteral("<br>")),
                                 locale.toString(note.writtenAt.date(), QLocale::ShortFormat),
                                 locale.toString(note.importedAt.date(), QLocale::ShortFormat));
            m_count = int(notes->size());
        }
    }
    auto *label = new QLabel(text);
    label->setObjectName(QStringLiteral("supervisionNotesText"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(label);
    setVisible(!text.isEmpty());
}
