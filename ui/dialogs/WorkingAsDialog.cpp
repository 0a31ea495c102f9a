#include "WorkingAsDialog.h"

#include "DialogSetup.h"

#include "domain/DomainText.h"
#include "storage/WorkerStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

WorkingAsDialog::WorkingAsDialog(Database &db, const CurrentUser &current, QWidget *parent)
    : QDialog(parent)
{
    DialogSetup::install(this);
    setWindowTitle(tr("Working As"));
    auto *intro = new QLabel(tr("Who is working with DuoCoach? Your choice decides what "
                                "\"Today\" and \"My week\" show and is recorded with what you "
                                "write."));
    intro->setWordWrap(true);
    m_worker = new QRadioButton(tr("&Duo coach:"));
    m_workers = new QComboBox;
    m_workers->setObjectName(QStringLiteral("workingAsWorker"));
    auto workers = WorkerStore(db).all();
    if (workers) {
        for (const Worker &w : workers.value())
            if (w.active)
                m_workers->addItem(
                    QStringLiteral("%1 · %2 · %3")
                        .arg(w.name, DomainText::display(w.role), w.organisationName),
                    w.id);
    }
    m_coordinator = new QRadioButton(tr("&Coordinator"));
    m_supervisor = new QRadioButton(tr("&Supervisor"));

    switch (current.kind) {
    case CurrentUser::Kind::Worker:
        m_worker->setChecked(true);
        m_workers->setCurrentIndex(std::max(0, m_workers->findData(current.workerId)));
        break;
    case CurrentUser::Kind::Supervisor:
        m_supervisor->setChecked(true);
        break;
    case CurrentUser::Kind::Coordinator:
        m_coordinator->setChecked(true);
        break;
    }
    if (m_workers->count() == 0) {
        m_worker->setEnabled(false);
        m_workers->setEnabled(false);
    }
    // Picking a name means working as that person.
    connect(m_workers, &QComboBox::activated, m_worker, [this] { m_worker->setChecked(true); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_worker);
    layout->addWidget(m_workers);
    layout->addWidget(m_coordinator);
    layout->addWidget(m_supervisor);
    layout->addWidget(buttons);
}

CurrentUser WorkingAsDialog::user() const
{
    CurrentUser user;
    if (m_worker->isChecked() && m_workers->currentIndex() >= 0) {
        user.kind = CurrentUser::Kind::Worker;
        user.workerId = m_workers->currentData().toLongLong();
        user.name = m_workers->currentText().section(QStringLiteral(" · "), 0, 0);
    } else {
        user.kind = m_supervisor->isChecked() ? CurrentUser::Kind::Supervisor
                                              : CurrentUser::Kind::Coordinator;
        user.name = user.displayName();
    }
    return user;
}
