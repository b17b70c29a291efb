#include "textdecoding.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <uchardet/uchardet.h>

#include <algorithm>
#include <memory>

namespace qw {

namespace {

// UTF-16 without a byte-order mark: text of mostly ASCII has a zero in every other byte.
QString guessUtf16(QByteArrayView bytes)
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

QString detect(QByteArrayView bytes)
{
    std::unique_ptr<std::remove_pointer_t<uchardet_t>, decltype(&uchardet_delete)> detector(
        uchardet_new(), &uchardet_delete);
    // The first megabyte says enough, and keeps detection quick on large exports.
    const qsizetype sample = std::min<qsizetype>(bytes.size(), 1 << 20);
    uchardet_handle_data(detector.get(), bytes.constData(), size_t(sample));
    uchardet_data_end(detector.get());
    return QString::fromLatin1(uchardet_get_charset(detector.get()));
}

int lettersBeyondAscii(const QString &text)
{
    int n = 0;
    for (const QChar c : text)
        n += c.unicode() > 0x7f && c.isLetter();
    return n;
}

bool hasC1Controls(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0x80 && c.unicode() <= 0x9f; });
}

// Statefully: a sample cut inside a character leaves it pending, not an error.
QString decodeAs(QByteArrayView bytes, const char *name, bool *ok)
{
    QStringDecoder decoder(name);
    *ok = decoder.isValid();
    if (!*ok)
        return {};
    QString text = decoder.decode(bytes);
    *ok = !decoder.hasError();
    return text;
}

// uchardet's guess for text that is not UTF-8, checked against Windows-1252, the code page of
// nearly every non-UTF-8 export of a Western service desk. On short Western texts uchardet
// often guesses a Mac, DOS or other Latin code page, which turns "can’t" into "caní" or an en
// dash into the invisible control U+0096. So: a Mac or DOS code page is never taken; a guess
// whose text holds C1 controls (U+0080–U+009F) is not taken; a Latin code page is taken only
// when it reads more letters than Windows-1252 does; another script's (Cyrillic, Greek, CJK…)
// when it reads at least as many.
QString checkedGuess(QByteArrayView bytes, const QString &guess)
{
    const QString upper = guess.toUpper();
    const QLatin1String fallback("windows-1252");
    if (upper.isEmpty() || upper == QLatin1String("ISO-8859-1") || upper == QLatin1String("WINDOWS-1252")
        || upper.startsWith(QLatin1String("MAC")) || upper.startsWith(QLatin1String("IBM"))
        || upper.startsWith(QLatin1String("CP")) || upper.startsWith(QLatin1String("X-MAC")))
        return fallback;
    bool ok = false;
    const QByteArrayView sample = bytes.first(std::min<qsizetype>(bytes.size(), 1 << 20));
    const QString guessed = decodeAs(sample, guess.toLatin1().constData(), &ok);
    if (!ok || hasC1Controls(guessed))
        return fallback;
    bool ok1252 = false;
    const int western = lettersBeyondAscii(decodeAs(sample, "windows-1252", &ok1252));
    const int letters = lettersBeyondAscii(guessed);
    const bool latin = upper.startsWith(QLatin1String("ISO-8859")) || upper == QLatin1String("WINDOWS-1250")
        || upper == QLatin1String("WINDOWS-1254") || upper == QLatin1String("WINDOWS-1257")
        || upper == QLatin1String("WINDOWS-1258");
    const bool cyrillicOrGreek = upper == QLatin1String("ISO-8859-5") || upper == QLatin1String("ISO-8859-7");
    if (latin && !cyrillicOrGreek)
        return letters > western ? guess : QString(fallback);
    return letters >= western ? guess : QString(fallback);
}

// One pass over bytes as UTF-8: where it first goes wrong (-1: nowhere),
// and how many well-formed multi-byte sequences and bad bytes it holds.
struct Utf8Scan
{
    qsizetype firstInvalid = -1;
    int good = 0;
    int bad = 0;
    // Many well-formed sequences and few bad bytes: UTF-8 with a flaw (real Windows-1252 text
    // almost never holds a valid UTF-8 sequence).
    bool mostlyUtf8() const { return good >= 3 && bad < good; }
};

Utf8Scan scanUtf8(QByteArrayView bytes)
{
    Utf8Scan scan;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        const int length = (c >> 5) == 0x6 && c >= 0xc2 ? 2 : (c >> 4) == 0xe ? 3 : (c >> 3) == 0x1e && c <= 0xf4 ? 4 : 0;
        bool ok = length > 0 && i + length <= n;
        for (int k = 1; ok && k < length; ++k)
            ok = (p[i + k] & 0xc0) == 0x80;
        if (ok) {
            ++scan.good;
            i += length;
        } else {
            if (scan.firstInvalid < 0)
                scan.firstInvalid = i;
            ++scan.bad;
            ++i;
        }
    }
    return scan;
}

// Decodes in chunks, into text reserved once, telling consumed() as it goes: memory holds the
// text and a chunk of the bytes, not all the bytes and the text at once.
bool decodeInChunks(QStringDecoder &decoder, QByteArrayView bytes, QString *text,
                    const std::function<void(qsizetype)> &consumed)
{
    constexpr qsizetype chunk = 4 << 20;
    text->clear();
    // Never more characters than bytes (plus what a decoder asks for a chunk's end): no
    // reallocation, so no moment with two copies of the text.
    text->reserve(bytes.size() + 64);
    for (qsizetype at = 0; at < bytes.size(); at += chunk) {
        const QByteArrayView part = bytes.sliced(at, std::min(chunk, bytes.size() - at));
        const qsizetype before = text->size();
        text->resize(before + decoder.requiredSpace(part.size()));
        const QChar *end = decoder.appendToBuffer(text->data() + before, part);
        text->resize(end - text->constData());
        if (consumed)
            consumed(at + part.size());
    }
    return !decoder.hasError();
}

} // namespace

DecodedText decodeText(QByteArrayView bytes, const QString &encoding, const std::function<void(qsizetype)> &consumed)
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
    }
    if (!encoding.isEmpty()) {
        // The person's choice wins over any detection (a byte-order mark is still skipped).
        if (!name.isEmpty() && !name.startsWith(encoding.left(6), Qt::CaseInsensitive))
            skip = 0;
        name = encoding;
        result.chosen = true;
    } else if (name.isEmpty()) {
        name = guessUtf16(bytes);
        if (name.isEmpty()) {
            // Text that is valid UTF-8 is UTF-8 (ASCII included); only other text is guessed.
            QStringDecoder utf8(QStringDecoder::Utf8);
            if (decodeInChunks(utf8, bytes, &result.text, consumed)) {
                result.encoding = QStringLiteral("UTF-8");
                return result;
            }
            result.text.clear();
            result.text.squeeze();
            // UTF-8 but for a stray byte or two (a file pasted together): not Windows-1252 either,
            // where every accent would turn into two letters without a word said.
            if (const Utf8Scan scan = scanUtf8(bytes); scan.firstInvalid >= 0 && scan.mostlyUtf8()) {
                result.error = QCoreApplication::translate("qw::Import", "The file is UTF-8 text except at byte %1 (and "
                                                                         "perhaps after); choose its encoding (--encoding "
                                                                         "NAME, or in the wizard).").arg(scan.firstInvalid + 1);
                return result;
            }
            name = checkedGuess(bytes, detect(bytes));
        }
    }

    QStringDecoder decoder(name.toLatin1().constData());
    if (!decoder.isValid()) {
        result.error = QCoreApplication::translate("qw::Import", "The encoding “%1” is not one QuickWins can read.").arg(name);
        return result;
    }
    const bool decoded = decodeInChunks(decoder, bytes.sliced(skip), &result.text,
                                        consumed ? [&](qsizetype n) { consumed(n + skip); } : std::function<void(qsizetype)>());
    result.encoding = name;
    if (!decoded) {
        result.error = QCoreApplication::translate("qw::Import", "The file is not valid %1 text; choose its encoding "
                                                                 "(--encoding NAME, or in the wizard).").arg(name);
        result.text.clear();
    }
    return result;
}

} // namespace qw
