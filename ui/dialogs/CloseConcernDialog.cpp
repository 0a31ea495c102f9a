#include "CloseConcernDialog.h"

#include "DisplayText.h"
#include "commands/EditCommands.h"

#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>

CloseConcernDialog::CloseConcernDialog(EditCommands &commands, const SafetyConcern &concern,
                                       const CurrentUser &user, QWidget *parent)
    : EditDialog(commands, tr("Close Safety Concern"), parent), m_concern(concern), m_user(user)
{
    setObjectName(QStringLiteral("closeConcernDialog"));
    auto *what = new QLabel(concern.description);
    what->setWordWrap(true);
    what->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *raised = new QLabel(
        tr("Raised by %1 on %2").arg(concern.raisedBy, DisplayText::dateTime(concern.raisedAt)));
    raised->setEnabled(false);
    m_note = new QPlainTextEdit;
    m_note->setObjectName(QStringLiteral("closingNote"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("Why can the concern be closed? What was done or agreed?"));
    m_note->setFixedHeight(4 * m_note->fontMetrics().lineSpacing() + 12);
    auto *finality = new QLabel(tr("Closing is final: a closed concern is kept but never reopened, "
                                   "and this step cannot be undone. If worries return, raise a new "
                                   "concern."));
    finality->setObjectName(QStringLiteral("finalWarning"));
    finality->setWordWrap(true);
    form()->addRow(tr("Concern:"), what);
    form()->addRow(QString(), raised);
    form()->addRow(tr("Closing note:"), m_note);
    form()->addRow(finality);
    setOkText(tr("Close Concern"));
    connect(m_note, &QPlainTextEdit::textChanged, this, &CloseConcernDialog::revalidate);
    revalidate();
}

EditDialog::Problem CloseConcernDialog::problem() const
{
    if (m_note->toPlainText().trimmed().isEmpty())
        return {tr("Closing a concern needs a note saying why."), nullptr};
    return {};
}

Status CloseConcernDialog::save()
{
    return commands().closeConcern(m_concern.id, m_note->toPlainText().trimmed(), m_user);
}
