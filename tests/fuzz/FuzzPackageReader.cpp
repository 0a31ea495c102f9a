// Fuzz target: any bytes as a supervision package handed to a supervisor, read the way
// `duocoach-cli verify` and `stats` and the review window read one: SupervisionPackage::
// fromBytes, then verify() and every query. Bytes that start like an encrypted package are
// also opened with the passphrase the encrypted seeds were made with, so the decryption and the
// plaintext behind it are both reached.
//
// The key derivation's cost is part of the encrypted header, and a mutated header may ask for
// a gigabyte of memory per try. The target sets the cost to the minimum first (the seeds are
// made with exactly that, so they stay valid): the fuzzer explores the file format, not Argon2.
//
// Promises checked besides "no crash, no sanitizer report": a refusal is one non-empty message
// naming the package; a package that opens answers every query (an answer may be an error).

#include "FuzzTarget.h"

#include "exchange/PackageCrypto.h"
#include "exchange/SupervisionPackage.h"

namespace {
// libsodium's crypto_pwhash_OPSLIMIT_MIN and crypto_pwhash_MEMLIMIT_MIN for Argon2id (the
// tests do not see libsodium's headers; PackageCrypto refuses anything below them).
constexpr quint64 MinOpslimit = 1;
constexpr quint64 MinMemlimit = 8192;
const QString FileName = QStringLiteral("fuzz.duosup");
// The passphrase of the encrypted seeds (see MakeFuzzSeeds.cpp).
const QString Passphrase = QStringLiteral("fuzz passphrase");

void putBig(QByteArray &bytes, int offset, quint64 value)
{
    for (int i = 7; i >= 0; --i, value >>= 8)
        bytes[offset + i] = char(value & 0xff);
}

void exercise(const SupervisionPackage &package)
{
    FUZZ_CHECK(package.name() == FileName, "the package keeps its name");
    const PackageCheck check = package.verify();
    for (const QString &problem : check.problems)
        FUZZ_CHECK(!problem.isEmpty(), "a problem found is said");
    (void)package.referenceDay();
    auto visits = package.visits();
    if (visits && !visits->isEmpty()) {
        (void)package.report(visits->constFirst().id);
        PackageVisitFilter filter;
        filter.duoId = visits->constFirst().duoId;
        filter.onlyWithSafetyConcerns = true;
        (void)package.visits(filter);
    }
    (void)package.duos();
    (void)package.duoFigures();
    (void)package.lastVisits();
    (void)package.visitsPerMonth();
    (void)package.followUps();
    (void)package.evaluations();
    (void)package.goals();
    (void)package.safetyConcerns();
}

void open(QByteArrayView bytes, const QString &passphrase)
{
    auto package = SupervisionPackage::fromBytes(bytes, FileName, passphrase);
    if (!package) {
        FUZZ_CHECK(!package.message().isEmpty(), "a refusal says why");
        FUZZ_CHECK(package.message().contains(FileName), "a refusal names the package");
        return;
    }
    exercise(*package.value());
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    FuzzTarget::ensureApplication();
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (PackageCrypto::isEncrypted(bytes)) {
        if (bytes.size() >= 28) {
            putBig(bytes, 12, MinOpslimit);
            putBig(bytes, 20, MinMemlimit);
        }
        open(bytes, Passphrase);
    }
    open(bytes, QString());
    return 0;
}
