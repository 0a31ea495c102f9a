#include "AccessLogDialog.h"

#include "storage/AccessLogChain.h"

#include "DialogSetup.h"

#include "AccessLogModel.h"
#include "ListTable.h"
#include "MessageBox.h"
#include "commands/EditCommands.h"
#include "storage/FamilyStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScreen>
#include <QTableView>
#include <QVBoxLayout>

namespace {
// The first day the period field offers, shown as "from the start".
const QDate Beginning(2000, 1, 1);
} // namespace

AccessLogDialog *AccessLogDialog::open(EditCommands &commands, qint64 familyId, QWidget *parent,
                                       const QDate &today)
{
    const Actor &actor = commands.actor();
    if (!actor.isCoordinator()) {
        AccessQuery asked;
        asked.familyId = familyId;
        const Status logged =
            AccessLog(commands.database()).recordOpened(actor, asked, AccessOutcome::Refused);
        MessageBox::information(parent, tr("Access Log"),
                                logged ? tr("Only the coordinator can read the access log.")
                                       : logged.message());
        return nullptr;
    }
    auto *dialog = new AccessLogDialog(commands.database(), actor, familyId, parent, today);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

AccessLogDialog::AccessLogDialog(Database &db, const Actor &actor, qint64 familyId, QWidget *parent,
                                 const QDate &today)
    : QDialog(parent), m_db(db), m_actor(actor), m_familyId(familyId)
{
    DialogSetup::install(this);
    setObjectName(QStringLiteral("accessLogDialog"));
    QString title = tr("Access Log");
    if (familyId > 0) {
        auto family = FamilyStore(db).get(familyId);
        title = tr("Access Log: %1").arg(family ? family->caseCode : QString::number(familyId));
    }
    setWindowTitle(title);

    auto *intro = new QLabel(
        familyId > 0 ? tr("Everyone who created, opened, changed, exported or printed this "
                          "family's file, and who was refused. DuoCoach only ever adds to the "
                          "log.")
                     : tr("Everything done with families' files, by everyone or by one user. "
                          "DuoCoach only ever adds to the log."));
    intro->setWordWrap(true);
    m_chain = new QLabel;
    m_chain->setObjectName(QStringLiteral("accessLogChain"));
    m_chain->setWordWrap(true);
    m_chain->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    // Parented here: for one family's log it is never put in a layout, and would leak.
    m_user = new QComboBox(this);
    m_user->setObjectName(QStringLiteral("accessLogUser"));
    m_user->addItem(tr("Everyone"), QString());
    if (familyId == 0) {
        if (auto names = AccessLog(db).userNames()) {
            for (const QString &name : names.value())
                m_user->addItem(name, name);
        }
    }
    m_from = new QDateEdit(Beginning);
    m_from->setObjectName(QStringLiteral("accessLogFrom"));
    m_from->setCalendarPopup(true);
    m_from->setMinimumDate(Beginning);
    m_from->setSpecialValueText(tr("the start"));
    m_to = new QDateEdit(today);
    m_to->setObjectName(QStringLiteral("accessLogTo"));
    m_to->setCalendarPopup(true);

    auto *filters = new QHBoxLayout;
    if (familyId == 0) {
        filters->addWidget(new QLabel(tr("Who:")));
        filters->addWidget(m_user);
        filters->addSpacing(12);
    } else {
        m_user->hide();
    }
    filters->addWidget(new QLabel(tr("From:")));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to:")));
    filters->addWidget(m_to);
    filters->addStretch();

    m_model = new AccessLogModel(db, this);
    connect(m_model, &AccessLogModel::failed, this, &AccessLogDialog::failed);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("accessLogTable"));
    m_table->setModel(m_model);
    ListTable::setUp(m_table);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    if (familyId > 0)
        m_table->hideColumn(AccessLogModel::CaseCode);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("accessLogStatus"));
    m_status->setEnabled(false);
    connect(this, &AccessLogDialog::failed, m_status, &QLabel::setText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_chain);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_user, &QComboBox::currentIndexChanged, this, &AccessLogDialog::reload);
    connect(m_from, &QDateEdit::dateChanged, this, &AccessLogDialog::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &AccessLogDialog::reload);
    reload();
    showChain();
    m_table->resizeColumnsToContents();
    QSize size(900, 520);
    if (const QScreen *screen = this->screen())
        size = size.boundedTo(screen->availableSize());
    resize(size);
}

void AccessLogDialog::reload()
{
    AccessQuery query;
    query.familyId = m_familyId;
    query.userName = m_familyId > 0 ? QString() : m_user->currentData().toString();
    query.from = m_from->date() > Beginning ? m_from->date() : QDate();
    query.to = m_to->date();
    // Logged before it is shown: an opening that cannot be recorded shows nothing.
    const QString scope = QStringLiteral("%1/%2").arg(query.familyId).arg(query.userName);
    if (scope != m_loggedScope) {
        if (Status logged = AccessLog(m_db).recordOpened(m_actor, query, AccessOutcome::Success);
            !logged) {
            m_model->clear();
            emit failed(logged.message());
            return;
        }
        m_loggedScope = scope;
    }
    m_model->setQuery(query);
    m_status->setText(m_model->canFetchMore(QModelIndex())
                          ? tr("Scroll down for more entries.")
                          : tr("%n entry(ies).", nullptr, m_model->rowCount()));
}

void AccessLogDialog::showChain()
{
    // Whether the log is as DuoCoach wrote it: its hash chain and the seal beside the file
    // (AccessLogChain). Said in words, with the entry where it breaks: never by colour alone.
    auto verdict = AccessLogChain(m_db).verify();
    if (!verdict) {
        m_chain->setText(tr("The log's chain could not be checked: %1").arg(verdict.message()));
        return;
    }
    if (!verdict->kept) {
        m_chain->setText(tr("The server keeps this log: no team login can change it."));
        return;
    }
    if (!verdict->intact()) {
        m_chain->setText(
            tr("⚠ The log was changed outside DuoCoach: %1. Entries before it are as they were "
               "written; tell your privacy officer.")
                .arg(verdict->problem));
        return;
    }
    m_chain->setText(verdict->entries > 0
                         ? tr("✔ The log is intact up to entry %1: every entry is in its hash "
                              "chain, and the chain ends where its seal says.")
                               .arg(verdict->sealedUpTo)
                         : tr("The log has no chained entries yet."));
}
