#include "CsvReader.h"

#include "domain/Validation.h"
#include "storage/InputFile.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <csv.h>

namespace {
// What libcsv's callbacks collect: raw bytes per cell, decoded afterwards so a cell that is
// not UTF-8 can be named by row and column.
struct RawRow
{
    int number = 0;
    QList<QByteArray> cells;
};

struct Collector
{
    QList<RawRow> rows;
    QList<QByteArray> cells; // of the row being read
    int rowsSeen = 0;
    int lastTerminator = 0;
};

void onField(void *data, size_t length, void *context)
{
    auto *collector = static_cast<Collector *>(context);
    collector->cells.append(QByteArray(static_cast<const char *>(data), qsizetype(length)));
}

void onRow(int terminator, void *context)
{
    auto *collector = static_cast<Collector *>(context);
    // libcsv reports each CR and LF on its own (CSV_REPALL_NL, needed so blank lines keep the
    // row numbers a spreadsheet shows); the LF of a CRLF pair is not a row of its own.
    const bool lfOfCrLf =
        collector->cells.isEmpty() && terminator == '\n' && collector->lastTerminator == '\r';
    collector->lastTerminator = terminator;
    if (lfOfCrLf)
        return;
    ++collector->rowsSeen;
    collector->rows.append({collector->rowsSeen, collector->cells});
    collector->cells.clear();
}

// A parser that is always freed, whichever way parse() returns.
class Parser
{
public:
    Parser() { m_ok = csv_init(&m_parser, CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL) == 0; }
    ~Parser() { csv_free(&m_parser); }
    Parser(const Parser &) = delete;
    Parser &operator=(const Parser &) = delete;
    bool ok() const { return m_ok; }
    csv_parser *get() { return &m_parser; }

private:
    csv_parser m_parser{};
    bool m_ok = false;
};
} // namespace

std::optional<QStringConverter::Encoding> CsvReader::utf16Encoding(const QByteArray &bytes)
{
    if (bytes.startsWith("\xFF\xFE"))
        return QStringConverter::Utf16LE;
    if (bytes.startsWith("\xFE\xFF"))
        return QStringConverter::Utf16BE;
    // Without a byte order mark: a header row is mostly Latin letters, which UTF-16 writes
    // with a NUL as the high byte. UTF-8 text has no NUL at all, so most NULs on one side and
    // (nearly) none on the other is UTF-16 in that byte order.
    const qsizetype pairs = qMin<qsizetype>(bytes.size() / 2, 512);
    if (pairs < 2)
        return std::nullopt;
    qsizetype evenNuls = 0;
    qsizetype oddNuls = 0;
    for (qsizetype i = 0; i < pairs; ++i) {
        evenNuls += bytes.at(2 * i) == '\0';
        oddNuls += bytes.at(2 * i + 1) == '\0';
    }
    if (oddNuls * 2 >= pairs && evenNuls * 8 <= oddNuls)
        return QStringConverter::Utf16LE;
    if (evenNuls * 2 >= pairs && oddNuls * 8 <= evenNuls)
        return QStringConverter::Utf16BE;
    return std::nullopt;
}

char CsvReader::detectSeparator(const QByteArray &bytes)
{
    int commas = 0;
    int semicolons = 0;
    bool quoted = false;
    for (const char c : bytes) {
        if (c == '"')
            quoted = !quoted; // a doubled quote toggles twice, which is right
        else if (!quoted && (c == '\n' || c == '\r'))
            break;
        else if (!quoted && c == ',')
            ++commas;
        else if (!quoted && c == ';')
            ++semicolons;
    }
    return semicolons > commas ? ';' : ',';
}

Result<CsvTable> CsvReader::readFile(const QString &path)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.exists())
        return Error::refused(tr("The file %1 does not exist.").arg(path));
    if (info.isDir())
        return Error::refused(tr("%1 is a folder, not a CSV file.").arg(path));
    if (info.size() > MaxFileSize)
        return Error::refused(tr("The file %1 is larger than %2 MB; split it into smaller files.")
                                  .arg(name)
                                  .arg(MaxFileSize / (1024 * 1024)));
    // Only an ordinary file, read to at most the limit: /dev/zero or a pipe never ends.
    auto bytes = InputFile::readAll(path, MaxFileSize);
    if (!bytes)
        return bytes.error();
    return parse(std::move(bytes).value(), name);
}

Result<CsvTable> CsvReader::parse(QByteArray bytes, const QString &fileName)
{
    CsvTable table;
    table.fileName = fileName;
    // Excel's "Unicode text" and Notepad's "UTF-16" are read as the text they are; read as
    // bytes, every other byte would be a NUL inside a column name.
    if (const auto encoding = utf16Encoding(bytes)) {
        QStringDecoder utf16(*encoding, QStringConverter::Flag::Stateless);
        const QString text = utf16(bytes);
        // An odd byte at the end is half a character, which the decoder would drop unseen.
        if (utf16.hasError() || bytes.size() % 2 != 0)
            return Error::invalid(tr("The file %1 is UTF-16 text with a damaged character; save "
                                     "it as CSV in UTF-8 (in Excel: \"CSV UTF-8\") and import "
                                     "it again.")
                                      .arg(fileName));
        bytes = text.toUtf8();
    }
    // Excel's "CSV UTF-8" starts with a byte order mark; it is not part of the first name.
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);

    Parser parser;
    if (!parser.ok())
        return Error::storage(tr("There is not enough memory to read %1.").arg(fileName));
    csv_set_delim(parser.get(), static_cast<unsigned char>(detectSeparator(bytes)));

    Collector collector;
    const size_t length = size_t(bytes.size());
    const size_t parsed =
        csv_parse(parser.get(), bytes.constData(), length, onField, onRow, &collector);
    const bool complete =
        parsed == length && csv_fini(parser.get(), onField, onRow, &collector) == 0;
    if (!complete) {
        // The error lies in the row being read, in the cell after those already complete.
        const int row = collector.rowsSeen + 1;
        const int column = int(collector.cells.size());
        if (csv_error(parser.get()) == CSV_ENOMEM || csv_error(parser.get()) == CSV_ETOOBIG)
            return Error::storage(tr("There is not enough memory to read %1.").arg(fileName));
        // Messages name the column by its header, so decode the header if it is complete.
        if (!collector.rows.isEmpty())
            for (const QByteArray &cell : collector.rows.constFirst().cells)
                table.header << QString::fromUtf8(cell);
        if (parsed == length)
            return table.errorAt(row, column,
                                 tr("The quote that opens this cell is never closed."));
        return table.errorAt(row, column,
                             tr("This cell has a stray quote: a cell with quotes in it must be "
                                "enclosed in quotes, with each quote inside doubled."));
    }

    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
    for (const RawRow &raw : std::as_const(collector.rows)) {
        CsvRow row;
        row.number = raw.number;
        row.cells.reserve(raw.cells.size());
        bool blank = true;
        for (const QByteArray &bytesOfCell : raw.cells) {
            decoder.resetState();
            QString text = decoder(bytesOfCell);
            if (decoder.hasError())
                return table.errorAt(row.number, int(row.cells.size()),
                                     tr("This cell is not UTF-8 text; save the file as CSV in "
                                        "UTF-8 (in Excel: \"CSV UTF-8\") and import it again."));
            if (text.contains(QLatin1Char('\r'))) // rare: only a cell over several lines
                text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
            // One form for one text, so "Öztürk" typed on a Mac (decomposed) and on Windows
            // (composed) is one family; a NUL or other control character is never stored.
            text = text.normalized(QString::NormalizationForm_C);
            if (const QString problem = Validation::checkControlCharacters(text);
                !problem.isEmpty())
                return table.errorAt(row.number, int(row.cells.size()), problem);
            blank = blank && text.trimmed().isEmpty();
            row.cells << text;
        }
        if (row.number == 1)
            table.header = row.cells;
        else if (!blank)
            table.rows << row;
    }
    if (table.header.isEmpty() && table.rows.isEmpty())
        return Error::invalid(
            tr("The file %1 is empty; it needs a header row with the column names.").arg(fileName));
    return table;
}
