#include "EditDialog.h"

#include "DialogSetup.h"
#include "FormScrollArea.h"
#include "MessageBox.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
// Always in its place, two lines high even while empty: a sentence that comes and goes as the
// user types must not move the fields below it, or the next click lands in the wrong one.
QLabel *makeProblemLabel()
{
    auto *label = new QLabel;
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setMinimumHeight(2 * label->fontMetrics().lineSpacing());
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
    m_reload = m_buttons->addButton(tr("Reload"), QDialogButtonBox::ResetRole);
    m_reload->setObjectName(QStringLiteral("reload"));
    m_reload->hide();
    connect(m_reload, &QPushButton::clicked, this, [this] {
        if (Status reloaded = reload(); !reloaded) {
            showProblem(reloaded.message(), nullptr);
            return;
        }
        m_reload->hide();
        m_opened = FormSnapshot::take(this);
        revalidate();
    });

    // The fields scroll; the sentence and the buttons stay in sight on any screen.
    auto *fields = new QWidget;
    fields->setObjectName(QStringLiteral("fields"));
    auto *fieldsLayout = new QVBoxLayout(fields);
    fieldsLayout->setContentsMargins(0, 0, 0, 0);
    fieldsLayout->addLayout(m_form);
    fieldsLayout->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new FormScrollArea(fields), 1);
    layout->addSpacing(4);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);
    DialogSetup::install(this);
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
    if (!m_problem->text().isEmpty())
        return m_problem->text();
    for (const QLabel *label : m_fieldProblems)
        if (!label->text().isEmpty())
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
    for (QLabel *label : std::as_const(m_fieldProblems))
        if (label != place)
            label->clear();
    if (place != m_problem)
        m_problem->clear();
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
        m_reload->setVisible(saved.error().kind == Error::Kind::Conflict && canReload());
        return;
    }
    QDialog::accept();
}

void EditDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (m_opened.isNull())
        m_opened = FormSnapshot::take(this);
}

void EditDialog::reject()
{
    if (!m_opened.isNull() && FormSnapshot::take(this) != m_opened) {
        const auto answer = MessageBox::choose(
            this, QMessageBox::Question, tr("Discard Changes?"),
            tr("What you entered in this form has not been saved. Discard it?"),
            {{QMessageBox::Discard, tr("Discard")}, {QMessageBox::Cancel, tr("Keep Editing")}},
            QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}
