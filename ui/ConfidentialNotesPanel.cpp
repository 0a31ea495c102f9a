#include "ConfidentialNotesPanel.h"

#include "DisplayText.h"
#include "VisitActions.h"
#include "storage/ConfidentialNoteStore.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

ConfidentialNotesPanel::ConfidentialNotesPanel(Database &db, QWidget *parent)
    : QGroupBox(tr("Notes for the trusted person only"), parent), m_db(db)
{
    setObjectName(QStringLiteral("confidentialNotesPanel"));
    auto *hint = new QLabel(tr("Only you see these notes: not the professional, not the "
                               "coordinator, and never in an export."));
    hint->setWordWrap(true);
    hint->setEnabled(false);
    m_notes = new QVBoxLayout;
    m_notes->setSpacing(6);
    m_text = new QPlainTextEdit;
    m_text->setObjectName(QStringLiteral("newConfidentialNote"));
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("What the family told you in confidence"));
    m_text->setFixedHeight(3 * m_text->fontMetrics().lineSpacing() + 12);
    m_add = new QPushButton(tr("Add Note"));
    m_add->setObjectName(QStringLiteral("addConfidentialNote"));
    m_add->setEnabled(false);
    connect(m_text, &QPlainTextEdit::textChanged, this,
            [this] { m_add->setEnabled(!m_text->toPlainText().trimmed().isEmpty()); });
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (m_actions && m_actions->addConfidentialNote(m_familyId, m_text->toPlainText()))
            m_text->clear();
    });
    auto *addRow = new QHBoxLayout;
    addRow->addStretch();
    addRow->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(m_notes);
    layout->addWidget(m_text);
    layout->addLayout(addRow);
    hide();
}

bool ConfidentialNotesPanel::showFamily(qint64 familyId)
{
    if (familyId != m_familyId)
        m_text->clear();
    m_familyId = familyId;
    while (QLayoutItem *item = m_notes->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_count = 0;
    if (!m_actions || familyId <= 0) {
        hide();
        return true;
    }
    ConfidentialNoteStore store(m_db);
    const CurrentUser user = m_actions->currentUser();
    auto may = store.mayKeepNotes(familyId, user);
    auto notes = may && may.value() ? store.forFamily(familyId, user)
                                    : Result<QList<ConfidentialNote>>(QList<ConfidentialNote>());
    if (!may || !notes) {
        hide();
        emit failed(!may ? may.message() : notes.message());
        return false;
    }
    setVisible(may.value());
    for (const ConfidentialNote &note : notes.value()) {
        auto *label =
            new QLabel(tr("<b>%1</b> %2")
                           .arg(DisplayText::dateTime(note.writtenAt), note.text.toHtmlEscaped()));
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_notes->addWidget(label);
    }
    m_count = int(notes->size());
    return true;
}
