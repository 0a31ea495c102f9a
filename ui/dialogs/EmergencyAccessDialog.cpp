#include "EmergencyAccessDialog.h"

#include "DialogSetup.h"
#include "MessageBox.h"

#include "storage/TeamLogins.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

EmergencyAccessDialog::EmergencyAccessDialog(Database &db, QWidget *parent)
    : QDialog(parent), m_db(db)
{
    DialogSetup::install(this);
    setWindowTitle(tr("Emergency Access"));
    auto *intro = new QLabel(
        tr("Only when a family that is not yours needs you now: a colleague is ill, or a safety "
           "concern cannot wait. Access is granted at once for the time you choose. Your reason "
           "is recorded, the access log marks it, and the coordinator sees it."));
    intro->setWordWrap(true);

    m_caseCode = new QLineEdit;
    m_caseCode->setObjectName(QStringLiteral("emergencyCaseCode"));
    m_caseCode->setPlaceholderText(tr("e.g. G-2026-0042"));
    m_reason = new QPlainTextEdit;
    m_reason->setObjectName(QStringLiteral("emergencyReason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("Why this family, now (at least ten characters)"));
    m_duration = new QComboBox;
    m_duration->setObjectName(QStringLiteral("emergencyDuration"));
    for (int hours : {1, 2, 4, 8})
        m_duration->addItem(tr("%n hour(s)", "", hours), hours * 60);
    m_duration->setCurrentIndex(1);

    auto *form = new QFormLayout;
    form->addRow(tr("Case code:"), m_caseCode);
    form->addRow(tr("Reason:"), m_reason);
    form->addRow(tr("For:"), m_duration);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->addButton(tr("Ask for Access"), QDialogButtonBox::AcceptRole)
        ->setObjectName(QStringLiteral("emergencyAsk"));
    connect(buttons, &QDialogButtonBox::accepted, this, &EmergencyAccessDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void EmergencyAccessDialog::accept()
{
    auto granted = TeamLogins(m_db).requestEmergencyAccess(
        m_caseCode->text(), m_reason->toPlainText(), m_duration->currentData().toInt());
    if (!granted) {
        MessageBox::critical(this, tr("Emergency Access"), granted.error().message);
        return;
    }
    m_familyId = granted.value().familyId;
    QDialog::accept();
}
