#include "WorkerDialog.h"

#include "ChoiceWithNew.h"
#include "LanguagePicker.h"
#include "OrganisationDialog.h"
#include "commands/EditCommands.h"
#include "domain/DomainText.h"
#include "domain/Validation.h"
#include "storage/OrganisationStore.h"
#include "storage/WorkerStore.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

WorkerDialog::WorkerDialog(EditCommands &commands, const std::optional<Worker> &worker,
                           QWidget *parent)
    : EditDialog(commands, worker ? tr("Worker %1").arg(worker->name) : tr("New Worker"), parent),
      m_worker(worker.value_or(Worker()))
{
    setObjectName(QStringLiteral("workerDialog"));
    m_name = new QLineEdit(m_worker.name);
    m_name->setObjectName(QStringLiteral("name"));
    m_role = new QComboBox;
    m_role->setObjectName(QStringLiteral("role"));
    for (WorkerRole role : {WorkerRole::TrustedPerson, WorkerRole::Professional})
        m_role->addItem(DomainText::display(role), int(role));
    m_role->setCurrentIndex(m_role->findData(int(m_worker.role)));
    m_organisation = new QComboBox;
    m_organisation->setObjectName(QStringLiteral("organisation"));
    fillOrganisations();
    m_organisationRow = new ChoiceWithNew(m_organisation, tr("New Organisation…"));
    connect(m_organisationRow, &ChoiceWithNew::newRequested, this, [this] {
        auto *organisation = new OrganisationDialog(this->commands(), std::nullopt, this);
        organisation->presetKind(m_role->currentData().toInt() == int(WorkerRole::TrustedPerson)
                                     ? OrganisationKind::Community
                                     : OrganisationKind::CareProvider);
        m_organisationRow->openForm(
            organisation, [organisation] { return organisation->savedId(); },
            [this] {
                m_organisation->clear();
                fillOrganisations();
            });
    });
    m_languages = new LanguagePicker;
    m_languages->setCodes(m_worker.languages);
    m_district = new QLineEdit(m_worker.district);
    m_district->setPlaceholderText(tr("Where the worker knows the neighbourhood"));
    m_gender = new QComboBox;
    m_gender->setObjectName(QStringLiteral("gender"));
    for (Gender gender : {Gender::Female, Gender::Male, Gender::Other})
        m_gender->addItem(DomainText::display(gender), int(gender));
    m_gender->setCurrentIndex(m_gender->findData(int(m_worker.gender)));
    m_maxCaseload = new QSpinBox;
    m_maxCaseload->setObjectName(QStringLiteral("maxCaseload"));
    m_maxCaseload->setRange(1, 50);
    m_maxCaseload->setValue(m_worker.maxCaseload);
    m_maxCaseload->setSuffix(tr(" families"));
    m_phone = new QLineEdit(m_worker.phone);
    m_email = new QLineEdit(m_worker.email);
    m_email->setObjectName(QStringLiteral("email"));

    form()->addRow(tr("Name:"), m_name);
    form()->addRow(tr("Role:"), m_role);
    form()->addRow(tr("Organisation:"), m_organisationRow);
    form()->addRow(tr("Languages:"), m_languages);
    form()->addRow(tr("District:"), m_district);
    form()->addRow(tr("Gender:"), m_gender);
    form()->addRow(tr("At most:"), m_maxCaseload);
    form()->addRow(tr("Phone:"), m_phone);
    form()->addRow(tr("E-mail:"), m_email);
    m_emailProblem = addFieldProblem(m_email);
    setOkText(worker ? tr("Save") : tr("Add Worker"));

    for (QLineEdit *edit : {m_name, m_district, m_phone, m_email})
        connect(edit, &QLineEdit::textChanged, this, &WorkerDialog::revalidate);
    connect(m_organisation, &QComboBox::currentIndexChanged, this, &WorkerDialog::revalidate);
    connect(m_maxCaseload, &QSpinBox::valueChanged, this, &WorkerDialog::revalidate);
    connect(m_languages, &LanguagePicker::changed, this, &WorkerDialog::revalidate);
    revalidate();
}

void WorkerDialog::presetRole(WorkerRole role)
{
    m_role->setCurrentIndex(m_role->findData(int(role)));
}

void WorkerDialog::fillOrganisations()
{
    // Archived organisations take no new workers; one a worker already belongs to stays listed.
    m_organisation->addItem(tr("Choose an organisation"), qint64(0));
    auto organisations = OrganisationStore(commands().database()).all();
    if (organisations) {
        for (const Organisation &o : organisations.value())
            if (!o.archived || o.id == m_worker.organisationId)
                m_organisation->addItem(tr("%1 (%2)", "organisation name and kind")
                                            .arg(o.name, DomainText::display(o.kind)),
                                        o.id);
    }
    const int current = m_organisation->findData(m_worker.organisationId);
    m_organisation->setCurrentIndex(current > 0 ? current : 0);
}

Worker WorkerDialog::worker() const
{
    Worker w = m_worker;
    w.name = m_name->text().trimmed();
    w.role = WorkerRole(m_role->currentData().toInt());
    w.organisationId = m_organisation->currentData().toLongLong();
    w.languages = m_languages->codes();
    w.district = m_district->text().trimmed();
    w.gender = Gender(m_gender->currentData().toInt());
    w.maxCaseload = m_maxCaseload->value();
    w.phone = m_phone->text().trimmed();
    w.email = m_email->text().trimmed();
    return w;
}

EditDialog::Problem WorkerDialog::problem() const
{
    const Worker w = worker();
    if (const QString wrong = Validation::checkEmail(w.email); !wrong.isEmpty())
        return {wrong, m_emailProblem};
    return {Validation::checkWorker(w), nullptr};
}

Status WorkerDialog::save()
{
    const Worker w = worker();
    if (w.id > 0)
        return commands().editWorker(w);
    auto added = commands().addWorker(w);
    if (!added)
        return added.error();
    m_worker.id = added.value();
    return {};
}

Status WorkerDialog::reload()
{
    auto stored = WorkerStore(commands().database()).get(m_worker.id);
    if (!stored)
        return stored.error();
    m_worker = stored.value();
    m_name->setText(m_worker.name);
    m_role->setCurrentIndex(m_role->findData(int(m_worker.role)));
    m_organisation->clear();
    fillOrganisations();
    m_languages->setCodes(m_worker.languages);
    m_district->setText(m_worker.district);
    m_gender->setCurrentIndex(m_gender->findData(int(m_worker.gender)));
    m_maxCaseload->setValue(m_worker.maxCaseload);
    m_phone->setText(m_worker.phone);
    m_email->setText(m_worker.email);
    return {};
}
