#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

struct sb_stemmer;

namespace qw {

// The languages whose words triage can compare: each has its stop words here and its Snowball
// stemmer (Debian's libstemmer).
enum class TextLanguage { English, German, French, Spanish, Portuguese };

QList<TextLanguage> allTextLanguages();
// "en", "de", "fr", "es", "pt".
QString languageCode(TextLanguage language);
std::optional<TextLanguage> languageFromCode(const QString &code);

// What a customer or an agent wrote, as the words that can say what went wrong, in a form a
// machine can compare: case folded; numbers, ticket-like tokens (anything with a digit: INC0012345,
// 2nd, 15min), e-mail addresses and web addresses left out; the language's commonest words left
// out; each word stemmed ("jammed", "jams", "jamming" are "jam") and its accents taken off
// ("réseau" and "reseau" are one), so that the same cause in other words meets. Each term keeps
// the word it was first seen as, for people to read ("jammed").
//
// One a thread: a stemmer is not to be shared between threads.
class CauseWords final
{
public:
    explicit CauseWords(TextLanguage language);
    ~CauseWords();
    CauseWords(const CauseWords &) = delete;
    CauseWords &operator=(const CauseWords &) = delete;

    struct Term
    {
        QString stem;
        QString word; // as written, case folded
        friend bool operator==(const Term &, const Term &) = default;
    };
    // The terms of text, in the order written (a word twice is there twice).
    QList<Term> terms(const QString &text) const;
    QStringList stems(const QString &text) const;

    TextLanguage language() const { return m_language; }
    bool isStopWord(const QString &foldedWord) const;

private:
    QString stem(const QString &foldedWord) const;

    TextLanguage m_language;
    sb_stemmer *m_stemmer = nullptr;
};

// The text without its accents: "Réseau très lent" is "Reseau tres lent".
QString withoutAccents(const QString &text);

} // namespace qw
