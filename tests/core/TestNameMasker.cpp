// NameMasker: what identifies a family is masked in free text, case-insensitively, on word
// boundaries in any script, with or without accents, and nothing else is touched.

#include "exchange/NameMasker.h"

#include <QtTest>

class TestNameMasker : public QObject
{
    Q_OBJECT

private slots:
    void masks_data();
    void masks();
    void significantParts_data();
    void significantParts();
    void emptyMaskerChangesNothing();
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

QTEST_GUILESS_MAIN(TestNameMasker)
#include "TestNameMasker.moc"
