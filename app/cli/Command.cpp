#include "Command.h"

#include "storage/InputFile.h"

int Command::execute(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    parser.addOption(help);
    addOptions(parser);
    if (!parser.parse(QStringList{name()} + arguments))
        return usageError(err, parser.errorText());
    if (parser.isSet(help)) {
        const QString text = parser.helpText();
        out << tr("Usage: duocoach-cli %1 %2").arg(name(), usage()) << "\n\n"
            << summary() << "\n\n"
            << text.mid(text.indexOf(QLatin1String("Options:"))) << Qt::flush;
        return Success;
    }
    if (!takesPositionals(int(parser.positionalArguments().size())))
        return usageError(err, tr("Usage: duocoach-cli %1 %2").arg(name(), usage()));
    return run(parser, out, err);
}

int Command::exitCodeFor(const Error &error)
{
    switch (error.kind) {
    case Error::Kind::Integrity:
        return IntegrityFailure;
    case Error::Kind::Invalid:
    case Error::Kind::Refused:
    case Error::Kind::Storage:
    case Error::Kind::Login:
    case Error::Kind::ConnectionLost:
    case Error::Kind::Conflict:
    case Error::Kind::Cancelled: // the CLI has no cancel; listed so every kind has its status
        return BadInput;
    }
    return BadInput;
}

int Command::fail(QTextStream &err, const Error &error)
{
    err << error.message << Qt::endl;
    return exitCodeFor(error);
}

int Command::usageError(QTextStream &err, const QString &message)
{
    err << message << Qt::endl;
    return UsageError;
}

void Command::addOpeningPassphraseOption(QCommandLineParser &parser, const QString &description)
{
    parser.addOption({QStringLiteral("passphrase-file"), description, QStringLiteral("F")});
}

Result<QString> Command::passphraseOption(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("passphrase-file")))
        return QString();
    return readPassphraseFile(parser.value(QStringLiteral("passphrase-file")));
}

Result<QString> Command::readPassphraseFile(const QString &path)
{
    // A passphrase is a line; a file much larger, or endless (/dev/zero), is not one.
    constexpr qint64 MaxBytes = 64 * 1024;
    auto bytes = InputFile::readAll(path, MaxBytes);
    if (!bytes)
        return bytes.error();
    QString passphrase = QString::fromUtf8(bytes->left(bytes->indexOf('\n')))
                             .remove(QLatin1Char('\n'))
                             .remove(QLatin1Char('\r'));
    if (passphrase.isEmpty())
        return Error::invalid(tr("The passphrase file %1 is empty.").arg(path));
    return passphrase;
}
