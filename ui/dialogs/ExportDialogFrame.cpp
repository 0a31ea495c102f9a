#include "ExportDialogFrame.h"

#include "DialogSetup.h"
#include "ResultLabel.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

ExportDialogFrame::ExportDialogFrame(QDialog *dialog)
    : m_dialog(dialog), m_form(new QFormLayout), m_result(new ResultLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close))
{
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_export = m_buttons->addButton(tr("&Export"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(QStringLiteral("export"));
    m_export->setDefault(true);
    QObject::connect(m_buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
}

namespace {
QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}
} // namespace

void ExportDialogFrame::addRow(const QString &label, QWidget *buddy, QWidget *field)
{
    m_form->addRow(buddyLabel(label, buddy), field ? field : buddy);
}

void ExportDialogFrame::addRow(const QString &label, QWidget *buddy, QLayout *fields)
{
    m_form->addRow(buddyLabel(label, buddy), fields);
}

void ExportDialogFrame::finish(QWidget *intro, int minimumWidth)
{
    auto *layout = new QVBoxLayout(m_dialog);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addLayout(m_form);
    layout->addSpacing(6);
    layout->addWidget(m_result);
    layout->addStretch();
    layout->addWidget(m_buttons);
    m_dialog->setMinimumWidth(minimumWidth);
    DialogSetup::install(m_dialog);
}
