#include "ProgramArguments.h"

#include <QFile>

Result<QStringList> ProgramArguments::decode(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        const QByteArray bytes(argv[i]);
        const QString text = QFile::decodeName(bytes);
        if (QFile::encodeName(text) != bytes)
            return Error::refused(
                tr("The name \"%1\" is not valid UTF-8, so it cannot be used without turning it "
                   "into another name; rename the file.")
                    .arg(QString::fromLatin1(bytes.toPercentEncoding("/.-_~ "))));
        arguments << text;
    }
    return arguments;
}
