#include "RaiseConcernDialog.h"

#include "commands/EditCommands.h"

#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>

RaiseConcernDialog::RaiseConcernDialog(EditCommands &commands, const Family &family, qint64 visitId,
                                       const CurrentUser &user, QWidget *parent)
    : EditDialog(commands, tr("Raise Safety Concern: %1").arg(family.caseCode), parent),
      m_family(family), m_visitId(visitId), m_user(user)
{
    setObjectName(QStringLiteral("raiseConcernDialog"));
    auto *intro = new QLabel(tr("Signals of unsafety are recorded here and stand out wherever "
                                "%1 · %2 appears, until someone closes the concern with a note. "
                                "Follow the steps of the meldcode as well.")
                                 .arg(family.caseCode, family.familyName));
    intro->setWordWrap(true);
    m_description = new QPlainTextEdit;
    m_description->setObjectName(QStringLiteral("concernDescription"));
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("What did you see or hear that worries you?"));
    m_description->setFixedHeight(5 * m_description->fontMetrics().lineSpacing() + 12);
    auto *who = new QLabel(tr("Raised by %1, now.").arg(user.displayName()));
    who->setEnabled(false);
    form()->addRow(intro);
    form()->addRow(tr("Concern:"), m_description);
    form()->addRow(QString(), who);
    setOkText(tr("Raise Concern"));
    connect(m_description, &QPlainTextEdit::textChanged, this, &RaiseConcernDialog::revalidate);
    revalidate();
}

EditDialog::Problem RaiseConcernDialog::problem() const
{
    if (m_description->toPlainText().trimmed().isEmpty())
        return {tr("Describe what worries you."), nullptr};
    return {};
}

Status RaiseConcernDialog::save()
{
    SafetyConcern concern;
    concern.familyId = m_family.id;
    concern.visitId = m_visitId;
    concern.description = m_description->toPlainText().trimmed();
    concern.raisedBy = m_user.displayName();
    auto raised = commands().raiseConcern(concern);
    if (!raised)
        return raised.error();
    return {};
}
