#include "textdecoding.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <uchardet/uchardet.h>

#include <algorithm>
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

QString decodeAs(const QByteArray &bytes, const char *name, bool *ok)
{
    QStringDecoder decoder(name, QStringDecoder::Flag::Stateless);
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
QString checkedGuess(const QByteArray &bytes, const QString &guess)
{
    const QString upper = guess.toUpper();
    const QLatin1String fallback("windows-1252");
    if (upper.isEmpty() || upper == QLatin1String("ISO-8859-1") || upper == QLatin1String("WINDOWS-1252")
        || upper.startsWith(QLatin1String("MAC")) || upper.startsWith(QLatin1String("IBM"))
        || upper.startsWith(QLatin1String("CP")) || upper.startsWith(QLatin1String("X-MAC")))
        return fallback;
    bool ok = false;
    const QByteArray sample = bytes.left(1 << 20);
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

} // namespace

DecodedText decodeText(const QByteArray &bytes, const QString &encoding)
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
            QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            result.text = utf8.decode(bytes);
            if (!utf8.hasError()) {
                result.encoding = QStringLiteral("UTF-8");
                return result;
            }
            result.text.clear();
            name = checkedGuess(bytes, detect(bytes));
        }
    }

    QStringDecoder decoder(name.toLatin1().constData(), QStringDecoder::Flag::Stateless);
    if (!decoder.isValid()) {
        result.error = QCoreApplication::translate("qw::Import", "The encoding “%1” is not one QuickWins can read.").arg(name);
        return result;
    }
    result.text = decoder.decode(QByteArrayView(bytes).sliced(skip));
    result.encoding = name;
    if (decoder.hasError()) {
        result.error = QCoreApplication::translate("qw::Import", "The file is not valid %1 text; choose its encoding "
                                                                 "(--encoding NAME, or in the wizard).").arg(name);
        result.text.clear();
    }
    return result;
}

} // namespace qw
