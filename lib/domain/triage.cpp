#include "triage.h"

namespace qw {

QString fullTextQuery(const QString &text)
{
    QStringList words;
    QString word;
    const auto flush = [&] {
        if (word.size() >= 3 && !words.contains(word) && words.size() < 12)
            words << word;
        word.clear();
    };
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            word += c.toLower();
        else
            flush();
    }
    flush();
    QStringList terms;
    for (const QString &w : std::as_const(words))
        terms << QLatin1Char('"') + w + QStringLiteral("\"*");
    return terms.join(QStringLiteral(" OR "));
}

} // namespace qw
