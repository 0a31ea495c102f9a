#include "ReviewSupportCommand.h"

#include "services/ChangeNotifier.h"
#include "storage/SupportStore.h"

ReviewSupportCommand::ReviewSupportCommand(EditCommands &commands, const Support &support,
                                           const SupportReview &review)
    : EditCommand(commands, review.decision == Decision::Stop
                                ? tr("Stop support \"%1\"").arg(support.what)
                                : tr("Review support \"%1\"").arg(support.what)),
      m_support(support), m_review(review)
{
    m_review.id = 0;
    m_review.supportId = support.id;
    // A stop changes the support's row: not over someone else's change to it.
    guardRow(QStringLiteral("support"), support.id, support.version,
             tr("the support \"%1\"").arg(support.what));
}

Status ReviewSupportCommand::apply()
{
    SupportStore store(db());
    if (m_review.id > 0)
        return store.restoreReview(m_review);
    auto written = store.review(m_review);
    if (!written)
        return written.error();
    m_review = written.value();
    return {};
}

Status ReviewSupportCommand::revert()
{
    return SupportStore(db()).removeReview(m_review);
}

void ReviewSupportCommand::announce() const
{
    emit notifier().networkChanged(m_support.familyId);
}
