#pragma once

#include <QByteArray>
#include <QString>

namespace qw {

// Turns the bytes of an export into text. Real exports come as UTF-8 (with or without a
// byte-order mark), UTF-16 or Windows-1252: the encoding is detected (byte-order marks first,
// then libuchardet), never assumed, and decoded by Qt's ICU-backed QStringDecoder.
struct DecodedText
{
    QString text;
    QString encoding;   // the name it was decoded as, for the report
    QString error;      // empty when decoding worked
};

DecodedText decodeText(const QByteArray &bytes);

} // namespace qw
