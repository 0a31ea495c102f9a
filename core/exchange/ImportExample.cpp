#include "ImportExample.h"

#include "FamilyImporter.h"
#include "WorkerImporter.h"

#include <QFileInfo>
#include <QSaveFile>

namespace {
QByteArray line(const QStringList &cells)
{
    return cells.join(QLatin1Char(';')).toUtf8() + "\r\n";
}
} // namespace

QByteArray ImportExample::bytes(Kind kind)
{
    QByteArray out("\xEF\xBB\xBF");
    if (kind == Kind::Families) {
        out += line(FamilyImporter::dutchColumns());
        out += line({QStringLiteral("El Amrani"), QStringLiteral("Amazonedreef 12"),
                     QStringLiteral("3563 AB"), QStringLiteral("Utrecht"),
                     QStringLiteral("Overvecht"), QStringLiteral("Arabisch|Tamazight|Nederlands"),
                     QStringLiteral("vrouw"), QStringLiteral("Wijkteam"),
                     QStringLiteral("01-03-2026"), QStringLiteral("06-12345678")});
        out += line({QStringLiteral("Mensah"), QStringLiteral("Bijlmerdreef 101"),
                     QStringLiteral("1102 CT"), QStringLiteral("Amsterdam"),
                     QStringLiteral("Zuidoost"), QStringLiteral("Twi|Engels"), QString(),
                     QStringLiteral("Huisarts"), QStringLiteral("15-02-2026"),
                     QStringLiteral("+31 20 123 4567")});
        out += line({QStringLiteral("Öztürk-Yılmaz"), QStringLiteral("Kanaalstraat 40"),
                     QStringLiteral("3531 AB"), QStringLiteral("Utrecht"), QStringLiteral("Lombok"),
                     QStringLiteral("Turks"), QStringLiteral("geen"), QStringLiteral("School"),
                     QStringLiteral("2026-02-17"), QString()});
        return out;
    }
    out += line(WorkerImporter::dutchColumns());
    out += line({QStringLiteral("Hatice Doğan"), QStringLiteral("vertrouwenspersoon"),
                 QStringLiteral("Stichting Brug Overvecht"), QStringLiteral("Turks|Nederlands"),
                 QStringLiteral("Overvecht"), QStringLiteral("vrouw"), QStringLiteral("6"),
                 QStringLiteral("06-12345678"), QString()});
    out +=
        line({QStringLiteral("Kwame Boateng"), QStringLiteral("vertrouwenspersoon"),
              QStringLiteral("Sankofa Zuidoost"), QStringLiteral("Twi|Engels|Nederlands"),
              QStringLiteral("Zuidoost"), QStringLiteral("man"), QString(), QString(), QString()});
    out += line({QStringLiteral("Marieke de Graaf"), QStringLiteral("professional"),
                 QStringLiteral("Gezinskracht Utrecht"), QStringLiteral("Nederlands|Engels"),
                 QStringLiteral("Overvecht"), QStringLiteral("vrouw"), QStringLiteral("15"),
                 QStringLiteral("030-1234567"), QStringLiteral("m.degraaf@example.nl")});
    return out;
}

QString ImportExample::suggestedFileName(Kind kind)
{
    return kind == Kind::Families ? QStringLiteral("voorbeeld-gezinnen.csv")
                                  : QStringLiteral("voorbeeld-medewerkers.csv");
}

Status ImportExample::save(Kind kind, const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    QSaveFile file(path);
    const QByteArray content = bytes(kind);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
        return Error::refused(
            tr("The example file %1 could not be written: %2").arg(name, file.errorString()));
    return {};
}
