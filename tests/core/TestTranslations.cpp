// The Dutch catalogue is complete: every message has a finished translation (with every plural
// form), so a Dutch user never meets an English sentence. Reads the .ts of the source tree, which
// `update_translations` keeps in step with the code.

#include <QFile>
#include <QStringList>
#include <QXmlStreamReader>
#include <QtTest>

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void dutchIsComplete();
};

void TestTranslations::dutchIsComplete()
{
    QFile file(QStringLiteral(DUOCOACH_NL_TS));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    QStringList gaps;
    int messages = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
            ++messages;
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                continue;
            const bool unfinished = type == QLatin1String("unfinished");
            // A plural message holds its forms as <numerusform> children.
            QStringList forms;
            QString text;
            while (xml.readNext() != QXmlStreamReader::EndElement ||
                   xml.name() != QLatin1String("translation")) {
                if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    forms << xml.readElementText();
                else if (xml.isCharacters())
                    text += xml.text();
                if (xml.atEnd())
                    break;
            }
            const bool empty =
                forms.isEmpty() ? text.trimmed().isEmpty() : forms.contains(QString());
            if (unfinished || empty)
                gaps << context + QStringLiteral(": ") + source;
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 100);
    QVERIFY2(gaps.isEmpty(),
             qPrintable(QStringLiteral("untranslated in Dutch:\n") + gaps.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
