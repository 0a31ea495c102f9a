#include "EditDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QLabel *makeProblemLabel()
{
    auto *label = new QLabel;
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->hide();
    return label;
}
} // namespace

EditDialog::EditDialog(EditCommands &commands, const QString &title, QWidget *parent)
    : QDialog(parent), m_commands(commands)
{
    setWindowTitle(title);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_problem = makeProblemLabel();
    m_problem->setObjectName(QStringLiteral("problem"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addSpacing(4);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(460);
}

QPushButton *EditDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void EditDialog::setOkText(const QString &text)
{
    okButton()->setText(text);
}

QString EditDialog::problemText() const
{
    if (m_problem->isVisibleTo(this))
        return m_problem->text();
    for (const QLabel *label : m_fieldProblems)
        if (label->isVisibleTo(this))
            return label->text();
    return {};
}

QLabel *EditDialog::addFieldProblem(QWidget *field)
{
    QLabel *label = makeProblemLabel();
    // Right under the field, aligned with it, so the sentence reads as part of it.
    int row = -1;
    QFormLayout::ItemRole role;
    m_form->getWidgetPosition(field, &row, &role);
    m_form->insertRow(row + 1, QString(), label);
    m_fieldProblems << label;
    return label;
}

void EditDialog::revalidate()
{
    const Problem found = problem();
    showProblem(found.text, found.at);
    okButton()->setEnabled(found.text.isEmpty());
}

void EditDialog::showProblem(const QString &text, QLabel *at)
{
    QLabel *place = at ? at : m_problem;
    // Before the user has done anything the sentence is a hint of what the form needs, not an
    // error: it is shown in the quieter colour until the form is on screen and being edited.
    // The warning colour is the one the worker list uses for a full caseload.
    QPalette colours = place->palette();
    colours.setColor(QPalette::WindowText, isVisible()
                                               ? QColor(0xb0, 0x3a, 0x2e)
                                               : palette().color(QPalette::PlaceholderText));
    place->setPalette(colours);
    for (QLabel *label : std::as_const(m_fieldProblems)) {
        label->setVisible(label == place && !text.isEmpty());
        // An empty row of the form would still take its spacing.
        m_form->setRowVisible(label, label->isVisibleTo(this));
    }
    m_problem->setVisible(place == m_problem && !text.isEmpty());
    place->setText(text);
}

void EditDialog::accept()
{
    revalidate();
    if (!okButton()->isEnabled())
        return;
    Status saved = save();
    if (!saved) {
        showProblem(saved.message(), nullptr);
        return;
    }
    QDialog::accept();
}
