// libFuzzer target: bytes as a service desk export, through what reads them before anything
// is written: decoding, the CSV reader, the column mapper and the value parsers (the whole
// read of an import, against no register). Any crash, hang, leak or undefined behaviour is a bug.
#include "io/columnmapping.h"
#include "io/csvreader.h"
#include "io/interactionimport.h"
#include "io/textdecoding.h"

#include <QByteArray>
#include <QStringList>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));

    // The reader and the mapper on their own, every record.
    const qw::DecodedText decoded = qw::decodeText(bytes);
    qw::CsvReader reader(decoded.text);
    qw::CsvRecord record;
    QStringList header;
    while (reader.next(&record)) {
        if (header.isEmpty())
            header = record.fields;
    }
    qw::ColumnMapping mapping = qw::ColumnMapping::detect(header);
    mapping.apply(QStringLiteral("comment=2"), header);
    mapping.apply(QStringLiteral("service=") + header.value(0), header);
    (void)mapping.toText(header);

    // And the whole read, with its date order, scale and row checks.
    qw::ImportOptions options;
    options.poorOnly = size % 2 == 0;
    (void)qw::InteractionImport::read(bytes, options, nullptr);
    return 0;
}
