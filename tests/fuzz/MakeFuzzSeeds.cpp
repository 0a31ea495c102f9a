// Makes the seed packages of FuzzPackageReader in the folder given: a small fictitious demo
// exported as a plaintext package, once as it is and once pseudonymised, and the plaintext one
// encrypted with the passphrase and the minimum key-derivation cost the fuzz target uses. Pages
// of 512 bytes keep the files small. Run it again when the package format changes:
//   ninja duocoach-fuzz-seeds && build/tests/fuzz/duocoach-fuzz-seeds
//   tests/fuzz/corpus/FuzzPackageReader

#include "exchange/PackageCrypto.h"
#include "exchange/SupervisionPackage.h"
#include "exchange/SupervisionPackageWriter.h"
#include "services/DemoGenerator.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

namespace {
int fail(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 1;
}

// The same database with 512-byte pages (VACUUM rewrites it; the content, and so the hashes
// in its manifest, stay the same).
QByteArray withSmallPages(const QByteArray &image, const QString &scratch, QString *error)
{
    QFile file(scratch);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(image) != image.size()) {
        *error = file.errorString();
        return {};
    }
    file.close();
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("seed"));
        db.setDatabaseName(scratch);
        QSqlQuery query(db);
        if (!db.open() || !query.exec(QStringLiteral("PRAGMA page_size = 512")) ||
            !query.exec(QStringLiteral("VACUUM")))
            *error = query.lastError().text();
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("seed"));
    if (!error->isEmpty() || !file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2)
        return fail(QStringLiteral("usage: duocoach-fuzz-seeds FOLDER"));
    const QDir out(QFile::decodeName(argv[1]));
    QTemporaryDir scratch;
    auto db = Database::open(scratch.filePath(QStringLiteral("demo.duocoach")));
    if (!db)
        return fail(db.message());
    DemoGenerator::Options demo;
    demo.families = 2;
    demo.seed = 1;
    demo.today = QDate(2026, 11, 23);
    if (auto made = DemoGenerator::generate(*db.value(), demo); !made)
        return fail(made.message());

    for (bool pseudonymize : {false, true}) {
        SupervisionPackageWriter::Options options;
        options.request.from = QDate(2026, 1, 1);
        options.request.to = demo.today;
        options.request.pseudonymize = pseudonymize;
        options.exportedBy = QStringLiteral("Fuzz Seed");
        options.exportedAt = QDateTime(demo.today, QTime(12, 0));
        SupervisionExportSummary summary;
        auto image = SupervisionPackageWriter::build(*db.value(), options, &summary);
        if (!image)
            return fail(image.message());
        QString error;
        const QByteArray small =
            withSmallPages(QByteArray(image->view().data(), image->view().size()),
                           scratch.filePath(QStringLiteral("small.duosup")), &error);
        if (small.isEmpty())
            return fail(error);
        auto check = SupervisionPackage::fromBytes(small, QStringLiteral("seed"));
        if (!check || !check.value()->verify().intact())
            return fail(QStringLiteral("the small package does not verify"));
        const QString name = pseudonymize ? QStringLiteral("pseudonymised.duosup")
                                          : QStringLiteral("plaintext.duosup");
        QFile seed(out.filePath(name));
        if (!seed.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            seed.write(small) != small.size())
            return fail(seed.errorString());
        if (pseudonymize)
            continue;

        PackageCrypto::KdfCost cost;
        cost.opslimit = 1;    // crypto_pwhash_OPSLIMIT_MIN, as FuzzPackageReader sets it
        cost.memlimit = 8192; // crypto_pwhash_MEMLIMIT_MIN
        auto sealed = PackageCrypto::encrypt(SecureBytes::copyOf(small),
                                             QStringLiteral("fuzz passphrase"), cost);
        if (!sealed)
            return fail(sealed.message());
        QFile encrypted(out.filePath(QStringLiteral("encrypted.duosup")));
        if (!encrypted.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            encrypted.write(sealed.value()) != sealed->size())
            return fail(encrypted.errorString());
    }
    return 0;
}
