#include "DuoDialog.h"

#include "ChoiceWithNew.h"
#include "WorkerDialog.h"
#include "commands/EditCommands.h"
#include "domain/Languages.h"
#include "storage/WorkerStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>

DuoDialog::DuoDialog(EditCommands &commands, const std::optional<Duo> &duo, QWidget *parent)
    : EditDialog(commands, duo ? tr("Duo %1").arg(duo->displayName()) : tr("New Duo"), parent),
      m_duo(duo.value_or(Duo()))
{
    setObjectName(QStringLiteral("duoDialog"));
    m_trustedPerson = new QComboBox;
    m_trustedPerson->setObjectName(QStringLiteral("trustedPerson"));
    m_professional = new QComboBox;
    m_professional->setObjectName(QStringLiteral("professional"));
    fillWorkers();
    m_trustedPersonRow = new ChoiceWithNew(m_trustedPerson, tr("New Trusted Person…"));
    m_professionalRow = new ChoiceWithNew(m_professional, tr("New Professional…"));
    connect(m_trustedPersonRow, &ChoiceWithNew::newRequested, this,
            [this] { newWorker(m_trustedPersonRow, WorkerRole::TrustedPerson); });
    connect(m_professionalRow, &ChoiceWithNew::newRequested, this,
            [this] { newWorker(m_professionalRow, WorkerRole::Professional); });
    m_from = new QDateEdit(m_duo.from.isValid() ? m_duo.from : QDate::currentDate());
    m_from->setObjectName(QStringLiteral("from"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));

    form()->addRow(tr("Trusted person:"), m_trustedPersonRow);
    form()->addRow(tr("Professional:"), m_professionalRow);
    form()->addRow(tr("Working together from:"), m_from);
    setOkText(duo ? tr("Save") : tr("Form Duo"));

    connect(m_trustedPerson, &QComboBox::currentIndexChanged, this, &DuoDialog::revalidate);
    connect(m_professional, &QComboBox::currentIndexChanged, this, &DuoDialog::revalidate);
    connect(m_from, &QDateEdit::dateChanged, this, &DuoDialog::revalidate);
    revalidate();
}

void DuoDialog::fillWorkers()
{
    m_trustedPerson->addItem(tr("Choose a trusted person"), qint64(0));
    m_professional->addItem(tr("Choose a professional"), qint64(0));
    auto workers = WorkerStore(commands().database()).all();
    if (workers) {
        for (const Worker &w : workers.value()) {
            // Only active workers form a duo; the duo's own members stay listed when editing.
            const bool member = w.id == m_duo.trustedPersonId || w.id == m_duo.professionalId;
            if (!w.active && !member)
                continue;
            const QString label =
                w.languages.isEmpty()
                    ? tr("%1 — %2").arg(w.name, w.organisationName)
                    : tr("%1 — %2 (%3)", "name, organisation, languages")
                          .arg(w.name, w.organisationName, Languages::names(w.languages));
            (w.role == WorkerRole::TrustedPerson ? m_trustedPerson : m_professional)
                ->addItem(label, w.id);
        }
    }
    m_trustedPerson->setCurrentIndex(qMax(0, m_trustedPerson->findData(m_duo.trustedPersonId)));
    m_professional->setCurrentIndex(qMax(0, m_professional->findData(m_duo.professionalId)));
}

void DuoDialog::newWorker(ChoiceWithNew *row, WorkerRole role)
{
    auto *worker = new WorkerDialog(commands(), std::nullopt, this);
    worker->presetRole(role);
    row->openForm(
        worker, [worker] { return worker->savedId(); },
        [this] {
            // Both lists are read anew; the choice made in the other one stays.
            const Duo chosen = duo();
            m_trustedPerson->clear();
            m_professional->clear();
            fillWorkers();
            m_trustedPerson->setCurrentIndex(
                qMax(0, m_trustedPerson->findData(chosen.trustedPersonId)));
            m_professional->setCurrentIndex(
                qMax(0, m_professional->findData(chosen.professionalId)));
        });
}

Duo DuoDialog::duo() const
{
    Duo d = m_duo;
    d.trustedPersonId = m_trustedPerson->currentData().toLongLong();
    d.professionalId = m_professional->currentData().toLongLong();
    d.from = m_from->date();
    return d;
}

EditDialog::Problem DuoDialog::problem() const
{
    // The member rules (roles, active) are core's and are checked on saving; the lists offer
    // only workers who fit them, so here it is only whether both are chosen.
    const Duo d = duo();
    if (d.trustedPersonId <= 0)
        return {tr("Choose the trusted person of the duo."), nullptr};
    if (d.professionalId <= 0)
        return {tr("Choose the professional of the duo."), nullptr};
    return {};
}

Status DuoDialog::save()
{
    const Duo d = duo();
    if (d.id > 0)
        return commands().editDuo(d);
    auto added = commands().addDuo(d);
    if (!added)
        return added.error();
    m_duo.id = added.value();
    return {};
}
