// NameMasker: what identifies a family is masked in free text, case-insensitively, on word
// boundaries in any script, with or without accents, and nothing else is touched. Issue 13,
// point 8: in any Unicode form, with any apostrophe or dash, with invisible characters inside
// or broken over a line, the mask covering all of it; and the names of every family.

#include "TestSupport.h"

#include "exchange/NameMasker.h"
#include "storage/Database.h"
#include "storage/FamilyStore.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace TestSupport;

class TestNameMasker : public QObject
{
    Q_OBJECT

private slots:
    void masks_data();
    void masks();
    void significantParts_data();
    void significantParts();
    void emptyMaskerChangesNothing();
    void apostrophes_data();
    void apostrophes();
    void everyFamilyIsMasked();
};

void TestNameMasker::masks_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("masked");

    // Family "Öztürk-Demir" with Elif and Deniz, Kanaalstraat 40, 2-hoog, 3531 AB; see masks().
    QTest::newRow("first name") << QStringLiteral("Elif belde") << QStringLiteral("[name] belde");
    QTest::newRow("any case") << QStringLiteral("ELIF en deniz")
                              << QStringLiteral("[name] en [name]");
    QTest::newRow("possessive") << QStringLiteral("Deniz' school, Elif's moeder")
                                << QStringLiteral("[name]' school, [name]'s moeder");
    QTest::newRow("plural") << QStringLiteral("de Demirs kwamen")
                            << QStringLiteral("de [name] kwamen");
    QTest::newRow("diminutive") << QStringLiteral("Denizje en Elifje")
                                << QStringLiteral("[name] en [name]");
    QTest::newRow("not inside a word")
        << QStringLiteral("Elifant, Denizen, Ademir") << QStringLiteral("Elifant, Denizen, Ademir");
    QTest::newRow("not followed by digits") << QStringLiteral("Elif2") << QStringLiteral("Elif2");
    QTest::newRow("whole family name")
        << QStringLiteral("Familie Öztürk-Demir belt") << QStringLiteral("Familie [name] belt");
    QTest::newRow("part of the name")
        << QStringLiteral("Öztürk zei") << QStringLiteral("[name] zei");
    QTest::newRow("without accents")
        << QStringLiteral("Ozturk en OZTURK") << QStringLiteral("[name] en [name]");
    QTest::newRow("upper case with accents")
        << QStringLiteral("ÖZTÜRK") << QStringLiteral("[name]");
    QTest::newRow("street with number") << QStringLiteral("Kanaalstraat 40, 2-hoog is klein")
                                        << QStringLiteral("[address] is klein");
    QTest::newRow("street name") << QStringLiteral("in de kanaalstraat")
                                 << QStringLiteral("in de [address]");
    QTest::newRow("street across whitespace")
        << QStringLiteral("Kanaalstraat  40,\n2-hoog") << QStringLiteral("[address]");
    QTest::newRow("postcode spaced")
        << QStringLiteral("3531 AB Utrecht") << QStringLiteral("[address] Utrecht");
    QTest::newRow("postcode joined") << QStringLiteral("(3531ab)") << QStringLiteral("([address])");
    QTest::newRow("postcode only as a word")
        << QStringLiteral("13531 AB") << QStringLiteral("13531 AB");
    QTest::newRow("punctuation around")
        << QStringLiteral("\"Elif\"—Deniz…") << QStringLiteral("\"[name]\"—[name]…");
    QTest::newRow("other script boundary") << QStringLiteral("Elifα") << QStringLiteral("Elifα");
    // Issue 17: phone numbers, whoever's, Dutch or international; not dates or case codes.
    QTest::newRow("mobile") << QStringLiteral("Bel moeder op 06-12345678.")
                            << QStringLiteral("Bel moeder op [phone].");
    QTest::newRow("landline in brackets")
        << QStringLiteral("school (030) 123 45 67 belt") << QStringLiteral("school [phone] belt");
    QTest::newRow("international") << QStringLiteral("oom in Antwerpen: +32 470 12 34 56")
                                   << QStringLiteral("oom in Antwerpen: [phone]");
    QTest::newRow("two numbers in a row")
        << QStringLiteral("06 12345678 030 1234567") << QStringLiteral("[phone] [phone]");
    QTest::newRow("a name and a number")
        << QStringLiteral("Elif: 0612345678") << QStringLiteral("[name]: [phone]");
    QTest::newRow("date and time stay") << QStringLiteral("afspraak 01-03-2026 10:00")
                                        << QStringLiteral("afspraak 01-03-2026 10:00");
    QTest::newRow("case code stays")
        << QStringLiteral("G-2026-0012 besproken") << QStringLiteral("G-2026-0012 besproken");
    QTest::newRow("amount stays") << QStringLiteral("schuld 12500 euro")
                                  << QStringLiteral("schuld 12500 euro");
    QTest::newRow("inside a longer number stays")
        << QStringLiteral("IBAN NL91ABNA0417164300") << QStringLiteral("IBAN NL91ABNA0417164300");
    // Issue 13, point 8: other spellings of the same name.
    QTest::newRow("decomposed (NFD)")
        << QStringLiteral("O\u0308ztu\u0308rk zei") << QStringLiteral("[name] zei");
    QTest::newRow("decomposed upper case")
        << QStringLiteral("O\u0308ZTU\u0308RK-DEMIR") << QStringLiteral("[name]");
    QTest::newRow("accent left on the last letter")
        << QStringLiteral("Elif\u0301 belt") << QStringLiteral("[name] belt");
    QTest::newRow("fullwidth (NFKC)")
        << QStringLiteral("\uFF2F\uFF5A\uFF54\uFF55\uFF52\uFF4B") << QStringLiteral("[name]");
    QTest::newRow("some accents") << QStringLiteral("Oztürk") << QStringLiteral("[name]");
    QTest::newRow("soft hyphen inside")
        << QStringLiteral("Öz\u00ADtürk belt") << QStringLiteral("[name] belt");
    QTest::newRow("zero-width space inside")
        << QStringLiteral("De\u200Bmir") << QStringLiteral("[name]");
    QTest::newRow("zero-width joiner inside")
        << QStringLiteral("E\u200Dlif en De\u200Cniz") << QStringLiteral("[name] en [name]");
    QTest::newRow("word joiner and direction mark inside")
        << QStringLiteral("Deni\u2060z, \u200FElif") << QStringLiteral("[name], \u200F[name]");
    QTest::newRow("invisible after the name")
        << QStringLiteral("Elif\u200B belt") << QStringLiteral("[name] belt");
    QTest::newRow("broken over a line with a hyphen")
        << QStringLiteral("Öz-\ntürk zei") << QStringLiteral("[name] zei");
    QTest::newRow("broken with CRLF and indent")
        << QStringLiteral("familie Öz-\r\n    türk") << QStringLiteral("familie [name]");
    QTest::newRow("soft hyphen at the end of a line")
        << QStringLiteral("Öz\u00AD\ntürk") << QStringLiteral("[name]");
    QTest::newRow("broken at the name's own hyphen")
        << QStringLiteral("Öztürk-\nDemir kwam") << QStringLiteral("[name] kwam");
    QTest::newRow("street broken over a line")
        << QStringLiteral("de Kanaal-\nstraat") << QStringLiteral("de [address]");
    QTest::newRow("hyphen inside a line joins nothing")
        << QStringLiteral("Öz-türk") << QStringLiteral("Öz-türk");
    QTest::newRow("en dash") << QStringLiteral("Öztürk–Demir") << QStringLiteral("[name]");
    QTest::newRow("non-breaking hyphen")
        << QStringLiteral("Öztürk\u2011Demir") << QStringLiteral("[name]");
    QTest::newRow("postcode with a hyphen")
        << QStringLiteral("3531-AB Utrecht") << QStringLiteral("[address] Utrecht");
    QTest::newRow("postcode with a spaced hyphen")
        << QStringLiteral("(3531 - ab)") << QStringLiteral("([address])");
    QTest::newRow("postcode with a non-breaking space")
        << QStringLiteral("3531\u00A0AB") << QStringLiteral("[address]");
    QTest::newRow("postcode over a line")
        << QStringLiteral("3531\nAB") << QStringLiteral("[address]");
    QTest::newRow("postcode with more letters")
        << QStringLiteral("3531-ABC") << QStringLiteral("3531-ABC");
    QTest::newRow("nothing to mask")
        << QStringLiteral("Niemand thuis") << QStringLiteral("Niemand thuis");
    QTest::newRow("empty") << QStringLiteral("") << QStringLiteral("");
}

void TestNameMasker::masks()
{
    QFETCH(QString, text);
    QFETCH(QString, masked);
    const NameMasker masker(QStringLiteral("Öztürk-Demir"),
                            {QStringLiteral("Elif"), QStringLiteral("Deniz")},
                            QStringLiteral("Kanaalstraat 40, 2-hoog"), QStringLiteral("3531 AB"));
    QCOMPARE(masker.mask(text), masked);
}

void TestNameMasker::significantParts_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("parts");
    QTest::newRow("particles") << QStringLiteral("van der Berg")
                               << QStringList{QStringLiteral("Berg")};
    QTest::newRow("arabic particle")
        << QStringLiteral("El Amrani") << QStringList{QStringLiteral("Amrani")};
    QTest::newRow("double name") << QStringLiteral("Öztürk-Yılmaz")
                                 << QStringList{QStringLiteral("Öztürk"), QStringLiteral("Yılmaz")};
    QTest::newRow("short part") << QStringLiteral("Li Wang") << QStringList{QStringLiteral("Wang")};
    QTest::newRow("apostrophe") << QStringLiteral("'t Hart") << QStringList{QStringLiteral("Hart")};
    QTest::newRow("apostrophe inside")
        << QStringLiteral("D'Souza") << QStringList{QStringLiteral("Souza")};
    QTest::newRow("typographic apostrophe")
        << QStringLiteral("N’Diaye-Ba") << QStringList{QStringLiteral("Diaye")};
    QTest::newRow("dash") << QStringLiteral("Öztürk–Yılmaz")
                          << QStringList{QStringLiteral("Öztürk"), QStringLiteral("Yılmaz")};
}

void TestNameMasker::significantParts()
{
    QFETCH(QString, name);
    QFETCH(QStringList, parts);
    QCOMPARE(NameMasker::significantParts(name), parts);
}

void TestNameMasker::emptyMaskerChangesNothing()
{
    const NameMasker none;
    QVERIFY(none.isEmpty());
    QCOMPARE(none.mask(QStringLiteral("Elif")), QStringLiteral("Elif"));
    // Particles alone are never masked: "El" and "van" are words of every text.
    const NameMasker particles(QStringLiteral("El Amrani"), {}, {}, {});
    QCOMPARE(particles.mask(QStringLiteral("El Amrani en el van Amrani")),
             QStringLiteral("[name] en el van [name]"));
}

void TestNameMasker::apostrophes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("masked");
    // Family "D'Souza" as it was entered, with a plain apostrophe.
    QTest::newRow("as entered") << QStringLiteral("D'Souza") << QStringLiteral("[name]");
    QTest::newRow("typographic") << QStringLiteral("mevrouw D’Souza belde")
                                 << QStringLiteral("mevrouw [name] belde");
    QTest::newRow("opening quote") << QStringLiteral("D‘SOUZA") << QStringLiteral("[name]");
    QTest::newRow("modifier letter") << QStringLiteral("Dʼsouza") << QStringLiteral("[name]");
    QTest::newRow("grave accent") << QStringLiteral("D`Souza") << QStringLiteral("[name]");
    QTest::newRow("acute accent") << QStringLiteral("D´Souza") << QStringLiteral("[name]");
    QTest::newRow("prime") << QStringLiteral("D′Souza") << QStringLiteral("[name]");
    QTest::newRow("without the D") << QStringLiteral("Souza") << QStringLiteral("[name]");
    QTest::newRow("possessive after a typographic apostrophe")
        << QStringLiteral("D’Souza’s zoon") << QStringLiteral("[name]’s zoon");
    QTest::newRow("first name") << QStringLiteral("Ana’s school")
                                << QStringLiteral("[name]’s school");
}

void TestNameMasker::apostrophes()
{
    QFETCH(QString, text);
    QFETCH(QString, masked);
    const NameMasker masker(QStringLiteral("D'Souza"), {QStringLiteral("Ana")}, {}, {});
    QCOMPARE(masker.mask(text), masked);
}

void TestNameMasker::everyFamilyIsMasked()
{
    // The maskers of an export mask the family names and addresses of every family in the
    // database, a closed one and one outside the export too; first names only of the family
    // the text is about.
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto opened = Database::open(dir.filePath(QStringLiteral("masker.duocoach")));
    DC_VERIFY_OK(opened);
    Database &db = *opened.value();
    FamilyStore families(db);
    auto add = [&](const QString &name, const QString &street, const QString &postcode,
                   const QString &firstName) {
        Family f = family(name, QDate(2026, 1, 5));
        f.street = street;
        f.postcode = postcode;
        auto added = families.add(f);
        if (!added)
            return qint64(0);
        HouseholdMember member;
        member.familyId = added->id;
        member.firstName = firstName;
        member.role = MemberRole::Parent;
        member.birthYear = 1988;
        return families.addMember(member).ok() ? added->id : qint64(0);
    };
    const qint64 bouzid = add(QStringLiteral("Bouzid"), QStringLiteral("Amazonedreef 12"),
                              QStringLiteral("3563 AB"), QStringLiteral("Nora"));
    const qint64 neighbours =
        add(QStringLiteral("Öztürk-Demir"), QStringLiteral("Kanaalstraat 40, 2-hoog"),
            QStringLiteral("3531AB"), QStringLiteral("Elif"));
    const qint64 souza = add(QStringLiteral("D'Souza"), QStringLiteral("Vechtstraat 3"),
                             QStringLiteral("8031 ab"), QStringLiteral("Ana"));
    QVERIFY(bouzid && neighbours && souza);
    DC_VERIFY_OK(db.exec(QStringLiteral("UPDATE families SET status = 'closed', closed_on = "
                                        "'2026-02-01', closing_reason = 'Verhuisd' WHERE id = ?"),
                         {souza}));

    // Maskers for the Bouzid family only, as an export of its visits makes them.
    auto maskers = NameMasker::forFamilies(db, QStringLiteral("?"), {bouzid});
    DC_VERIFY_OK(maskers);
    QCOMPARE(maskers->keys(), QList<qint64>{bouzid});
    const NameMasker &masker = maskers->value(bouzid);
    QCOMPARE(masker.mask(QStringLiteral("Nora sprak de buren Öztürk-Demir (Kanaalstraat 40, "
                                        "2-hoog, 3531-ab) en Elif.")),
             QStringLiteral("[name] sprak de buren [name] ([address], [address]) en Elif."));
    QCOMPARE(masker.mask(QStringLiteral("Vroeger woonde familie D’Souza in de Vechtstraat, "
                                        "8031\u00A0AB; de Bouzids in de Amazonedreef.")),
             QStringLiteral("Vroeger woonde familie [name] in de [address], [address]; de [name] "
                            "in de [address]."));
    QCOMPARE(masker.mask(QStringLiteral("Ana en Elif kwamen")),
             QStringLiteral("Ana en Elif kwamen"));
}

QTEST_GUILESS_MAIN(TestNameMasker)
#include "TestNameMasker.moc"
