#include "triage.h"

namespace qw {

namespace {
// Words too common to say two texts are about the same thing.
const char *const stopWords[] = {
    "the", "and", "for", "with", "not", "was", "but", "you", "are", "this", "that", "have", "from",
    "again", "still", "after", "when", "our", "any", "had", "has", "his", "her", "they", "them",
    "then", "than", "there", "what", "which", "who", "will", "would", "could", "should", "into",
    "about", "only", "just", "very", "too", "all", "can", "cannot", "did", "does", "get", "got",
    "one", "two", "out", "off", "now", "nobody", "because", "der", "die", "das", "und", "nicht",
};

bool isStopWord(const QString &word)
{
    for (const char *stop : stopWords) {
        if (word == QLatin1String(stop))
            return true;
    }
    return false;
}
} // namespace

QStringList searchWords(const QString &text)
{
    QStringList words;
    QString word;
    const auto flush = [&] {
        if (word.size() >= 3 && !isStopWord(word) && !words.contains(word) && words.size() < 12)
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
    return words;
}

QString fullTextQuery(const QString &text)
{
    QStringList terms;
    for (const QString &w : searchWords(text))
        terms << QLatin1Char('"') + w + QStringLiteral("\"*");
    return terms.join(QStringLiteral(" OR "));
}

QString textSearchQuery(const QString &text)
{
    QStringList terms;
    for (const QString &w : searchWords(text))
        terms << w + QStringLiteral(":*");
    return terms.join(QStringLiteral(" | "));
}

} // namespace qw
