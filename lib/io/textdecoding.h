#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

namespace qw {

// Turns the bytes of an export into text. Real exports come as UTF-8 (with or without a
// byte-order mark), UTF-16 or Windows-1252: the encoding is detected (byte-order marks first,
// then libuchardet), never assumed, and decoded by Qt's ICU-backed QStringDecoder.
struct DecodedText
{
    QString text;
    QString encoding;   // the name it was decoded as, for the report
    bool chosen = false; // the person chose it (else it was detected)
    QString error;      // empty when decoding worked
};

// Valid UTF-8 is UTF-8; otherwise libuchardet's guess, checked against Windows-1252 (see
// checkedGuess in the .cpp). encoding: a name the person chose (--encoding), used as it is.
// consumed(n): the first n bytes are decoded and will not be read again (a caller that mapped
// the file drops those pages), called as decoding goes in chunks.
DecodedText decodeText(QByteArrayView bytes, const QString &encoding = {},
                       const std::function<void(qsizetype)> &consumed = {});

} // namespace qw
