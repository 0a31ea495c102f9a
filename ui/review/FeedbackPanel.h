#pragma once
// Where the supervisor writes feedback while reviewing a package: a general remark, a note on
// the duo selected in the figures and a note on the visit selected in the log. Kept in a
// ReviewFeedback, saved beside the package (never in it) on request.

#include "exchange/ReviewFeedback.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;

class FeedbackPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FeedbackPanel(ReviewFeedback feedback, QWidget *parent = nullptr);

    const ReviewFeedback &feedback() const { return m_feedback; }
    // Changed since it was loaded or last saved.
    bool isModified() const { return m_feedback != m_saved; }
    Status save();

    // The duo and visit the notes below are about; 0 for none (the editor is then disabled).
    void setDuo(qint64 duoId, const QString &name);
    void setVisit(qint64 visitId, const QString &label);

    QPlainTextEdit *generalEditor() const { return m_general; }
    QPlainTextEdit *duoEditor() const { return m_duo; }
    QPlainTextEdit *visitEditor() const { return m_visit; }

signals:
    void modifiedChanged(bool modified);
    void visitNotesChanged();

private:
    void edited();

    ReviewFeedback m_feedback;
    ReviewFeedback m_saved;
    bool m_wasModified = false;
    qint64 m_duoId = 0;
    qint64 m_visitId = 0;
    QPlainTextEdit *m_general = nullptr;
    QPlainTextEdit *m_duo = nullptr;
    QPlainTextEdit *m_visit = nullptr;
    QLabel *m_duoLabel = nullptr;
    QLabel *m_visitLabel = nullptr;
};
