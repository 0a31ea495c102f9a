// Fuzz target: any bytes as the CSV file a coordinator imports. The bytes go through CsvReader
// and both importers (families and workers) exactly as `duocoach-cli import` and File > Import
// use them; what reads cleanly is written into a real database inside a transaction that is
// then rolled back, so every input meets the same database (one family and its duos, so the
// duplicate checks have something to find).
//
// Promises checked besides "no crash, no sanitizer report": a refusal is one non-empty message
// naming the file; a write adds exactly the rows read, and the rollback leaves nothing.

#include "FuzzTarget.h"

#include "exchange/CsvReader.h"
#include "exchange/FamilyImporter.h"
#include "exchange/WorkerImporter.h"
#include "storage/Database.h"
#include "storage/FamilyStore.h"
#include "storage/OrganisationStore.h"
#include "storage/WorkerStore.h"

#include <QTemporaryDir>

#include <memory>

namespace {
const QString FileName = QStringLiteral("fuzz.csv");

struct World
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
};

qint64 count(const Database &db, const char *table)
{
    auto n = db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
    FUZZ_CHECK(n.ok(), "counting rows");
    return n->toLongLong();
}

World &world()
{
    static World *w = [] {
        FuzzTarget::ensureApplication();
        auto *made = new World;
        FUZZ_CHECK(made->dir.isValid(), "temporary folder");
        auto db = Database::open(made->dir.filePath(QStringLiteral("fuzz.duocoach")));
        FUZZ_CHECK(db.ok(), "database");
        made->db = std::move(db).value();
        Organisation community;
        community.name = QStringLiteral("Al Amal");
        community.kind = OrganisationKind::Community;
        auto organisation = OrganisationStore(*made->db).add(community);
        FUZZ_CHECK(organisation.ok(), "organisation");
        Worker worker;
        worker.name = QStringLiteral("Hatice Doğan");
        worker.role = WorkerRole::TrustedPerson;
        worker.organisationId = organisation.value();
        worker.gender = Gender::Female;
        FUZZ_CHECK(WorkerStore(*made->db).add(worker).ok(), "worker");
        Family family;
        family.familyName = QStringLiteral("Bouzid");
        family.postcode = QStringLiteral("3563 AB");
        family.referredOn = QDate(2026, 3, 1);
        FUZZ_CHECK(FamilyStore(*made->db).add(family).ok(), "family");
        return made;
    }();
    return *w;
}

void checkRefusal(const Status &status, const char *where)
{
    FUZZ_CHECK(!status.message().isEmpty(), where);
    FUZZ_CHECK(status.message().contains(FileName), where);
}

// Writes what an importer read, checks it all arrived, and rolls it back.
template <typename Write> void writeAndRollBack(Write write, qint64 expected, const char *table)
{
    Database &db = *world().db;
    const qint64 before = count(db, table);
    const Status done = db.transaction([&]() -> Status {
        auto written = write(db);
        if (!written)
            return written.error();
        FUZZ_CHECK(count(db, table) == before + expected, "a write adds every row read");
        return Error::invalid(QStringLiteral("rolled back by the fuzz target"));
    });
    FUZZ_CHECK(!done.ok(), "the transaction was rolled back");
    FUZZ_CHECK(!done.message().isEmpty(), "a failed write says why");
    FUZZ_CHECK(count(db, table) == before, "a rollback leaves nothing");
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    world();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    auto table = CsvReader::parse(bytes, FileName);
    if (!table) {
        checkRefusal(Status(table.error()), "CsvReader refusal");
        return 0;
    }
    FUZZ_CHECK(table->fileName == FileName, "the table keeps its file name");

    FamilyImporter families;
    if (const Status read = families.read(table.value()); !read) {
        checkRefusal(read, "FamilyImporter refusal");
    } else {
        FUZZ_CHECK(families.families().size() == table->rows.size(), "one family a row");
        writeAndRollBack([&](Database &db) { return families.write(db); },
                         families.families().size(), "families");
    }

    WorkerImporter workers;
    if (const Status read = workers.read(std::move(table).value()); !read) {
        checkRefusal(read, "WorkerImporter refusal");
    } else {
        writeAndRollBack([&](Database &db) { return workers.write(db); }, workers.workers().size(),
                         "workers");
    }
    return 0;
}
