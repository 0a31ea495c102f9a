#include "FeedbackPanel.h"

#include "DisplayText.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace {
QPlainTextEdit *editor(const QString &name, const QString &placeholder)
{
    auto *edit = new QPlainTextEdit;
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    return edit;
}

QLabel *label(const QString &text, QWidget *buddy)
{
    auto *l = new QLabel(text);
    l->setWordWrap(true);
    l->setBuddy(buddy);
    QFont font = l->font();
    font.setBold(true);
    l->setFont(font);
    return l;
}
} // namespace

FeedbackPanel::FeedbackPanel(ReviewFeedback feedback, QWidget *parent)
    : QWidget(parent), m_feedback(feedback), m_saved(std::move(feedback))
{
    setObjectName(QStringLiteral("feedbackPanel"));
    m_general = editor(QStringLiteral("generalFeedback"),
                       tr("What goes well, what could be better, for all duos"));
    m_general->setPlainText(m_feedback.general());
    // Their placeholders follow the choice of a duo and a visit (setDuo, setVisit).
    m_duo = editor(QStringLiteral("duoFeedback"), QString());
    m_visit = editor(QStringLiteral("visitFeedback"), QString());
    m_duoLabel = label(QString(), m_duo);
    m_visitLabel = label(QString(), m_visit);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label(tr("&General feedback"), m_general));
    layout->addWidget(m_general, 2);
    layout->addWidget(m_duoLabel);
    layout->addWidget(m_duo, 2);
    layout->addWidget(m_visitLabel);
    layout->addWidget(m_visit, 1);
    setDuo(0, {});
    setVisit(0, {});

    connect(m_general, &QPlainTextEdit::textChanged, this, [this] {
        m_feedback.setGeneral(m_general->toPlainText());
        edited();
    });
    connect(m_duo, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_duoId)
            return;
        m_feedback.setForDuo(m_duoId, m_duo->toPlainText());
        edited();
    });
    connect(m_visit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_visitId)
            return;
        const bool had = !m_feedback.forVisit(m_visitId).isEmpty();
        m_feedback.setForVisit(m_visitId, m_visit->toPlainText());
        if (had != !m_feedback.forVisit(m_visitId).isEmpty())
            emit visitNotesChanged();
        edited();
    });
}

void FeedbackPanel::setDuo(qint64 duoId, const QString &name)
{
    m_duoId = duoId;
    m_duoLabel->setText(duoId ? tr("Feedback on the &duo %1").arg(DisplayText::noMnemonic(name))
                              : tr("Feedback on a &duo"));
    const QSignalBlocker quiet(m_duo);
    m_duo->setPlainText(m_feedback.forDuo(duoId));
    m_duo->setEnabled(duoId != 0);
    // Once a duo is chosen, "select a duo" would tell the user to do what they just did.
    m_duo->setPlaceholderText(duoId ? tr("Your feedback on this duo: what goes well, what "
                                         "could be better")
                                    : tr("Select a duo in the figures"));
}

void FeedbackPanel::setVisit(qint64 visitId, const QString &label)
{
    m_visitId = visitId;
    m_visitLabel->setText(
        visitId ? tr("Feedback on the &visit of %1").arg(DisplayText::noMnemonic(label))
                : tr("Feedback on a &visit"));
    const QSignalBlocker quiet(m_visit);
    m_visit->setPlainText(m_feedback.forVisit(visitId));
    m_visit->setEnabled(visitId != 0);
    m_visit->setPlaceholderText(visitId ? tr("Your feedback on this visit and its report")
                                        : tr("Select a visit in the visit log"));
}

Status FeedbackPanel::save()
{
    const Status saved = m_feedback.save();
    if (saved) {
        m_saved = m_feedback;
        edited();
    }
    return saved;
}

void FeedbackPanel::edited()
{
    if (isModified() != m_wasModified) {
        m_wasModified = isModified();
        emit modifiedChanged(m_wasModified);
    }
}
