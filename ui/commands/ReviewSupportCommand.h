#pragma once
// Records whether a form of support helps, and what is decided; a decision to stop ends the
// support on the review's day. Undo removes the review and lets ended support run again; redo
// writes it back with the same id.

#include "EditCommand.h"
#include "domain/Network.h"

class ReviewSupportCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReviewSupportCommand)
public:
    ReviewSupportCommand(EditCommands &commands, const Support &support,
                         const SupportReview &review);

protected:
    Status apply() override;
    Status revert() override;
    void announce() const override;

private:
    Support m_support;
    SupportReview m_review; // as stored, once written
};
