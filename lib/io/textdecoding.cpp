#include "textdecoding.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <uchardet/uchardet.h>

#include <memory>

namespace qw {

namespace {

// UTF-16 without a byte-order mark: text of mostly ASCII has a zero in every other byte.
QString guessUtf16(const QByteArray &bytes)
{
    const qsizetype n = std::min<qsizetype>(bytes.size() & ~qsizetype(1), 4096);
    if (n < 4)
        return {};
    int evenZeros = 0;
    int oddZeros = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenZeros += bytes.at(i) == 0;
        oddZeros += bytes.at(i + 1) == 0;
    }
    const int pairs = int(n / 2);
    if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05)
        return QStringLiteral("UTF-16LE");
    if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05)
        return QStringLiteral("UTF-16BE");
    return {};
}

QString detect(const QByteArray &bytes)
{
    std::unique_ptr<std::remove_pointer_t<uchardet_t>, decltype(&uchardet_delete)> detector(
        uchardet_new(), &uchardet_delete);
    // The first megabyte says enough, and keeps detection quick on large exports.
    const qsizetype sample = std::min<qsizetype>(bytes.size(), 1 << 20);
    uchardet_handle_data(detector.get(), bytes.constData(), size_t(sample));
    uchardet_data_end(detector.get());
    return QString::fromLatin1(uchardet_get_charset(detector.get()));
}

} // namespace

DecodedText decodeText(const QByteArray &bytes)
{
    DecodedText result;
    QString name;
    qsizetype skip = 0;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        name = QStringLiteral("UTF-8");
        skip = 3;
    } else if (bytes.startsWith("\xFF\xFE")) {
        name = QStringLiteral("UTF-16LE");
        skip = 2;
    } else if (bytes.startsWith("\xFE\xFF")) {
        name = QStringLiteral("UTF-16BE");
        skip = 2;
    } else {
        name = guessUtf16(bytes);
        if (name.isEmpty())
            name = detect(bytes);
    }
    const QString upper = name.toUpper();
    if (name.isEmpty() || upper == QLatin1String("ASCII"))
        name = QStringLiteral("UTF-8"); // ASCII is UTF-8
    else if (upper == QLatin1String("ISO-8859-1"))
        name = QStringLiteral("windows-1252"); // what "Latin-1" files from Windows really are

    QStringDecoder decoder(name.toLatin1().constData(), QStringDecoder::Flag::Stateless);
    if (!decoder.isValid()) {
        result.error = QCoreApplication::translate("qw::Import", "The file's encoding (%1) cannot be read.").arg(name);
        return result;
    }
    result.text = decoder.decode(QByteArrayView(bytes).sliced(skip));
    result.encoding = name;
    if (decoder.hasError())
        result.error = QCoreApplication::translate("qw::Import", "The file is not valid %1 text.").arg(name);
    return result;
}

} // namespace qw
