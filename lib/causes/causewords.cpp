#include "causewords.h"

#include <QRegularExpression>
#include <QSet>

#include <libstemmer.h>

namespace qw {

namespace {

// The commonest words of each language, without their accents (as they are compared), and the
// words of a service desk's survey that say nothing of a cause (thanks, hello, please, and how
// bad it was: every poor response says that).
const char *const englishStops =
    "a about above after again against all also am an and any are as at be because been before being below "
    "between both but by can cannot could did do does doing done down during each even ever every few for "
    "from further get got had has have having he her here hers herself him himself his how however i if in "
    "into is it its itself just let me more most much must my myself no nor not now of off on once only or "
    "other our ours ourselves out over own same she should since so some still such than that the their "
    "theirs them themselves then there these they this those through to too under until up upon us very "
    "was we were what when where which while who whom why will with within without would yet you your "
    "yours yourself yourselves ok okay hi hello dear thanks thank thankyou please regards cheers yes "
    "really very quite lot lots also again always never nobody anybody somebody someone anyone everyone "
    "nothing something anything everything ref anyway happy unhappy disappointed disappointing annoyed "
    "annoying frustrated frustrating terrible awful horrible bad poor good great enough worst useless "
    "ridiculous unacceptable";
const char *const germanStops =
    "aber alle allem allen aller alles als also am an ander andere anderem anderen anderer anderes auch auf "
    "aus bei bin bis bist da damit dann der den des dem die das dass dein deine deinem deinen deiner dich "
    "dir du durch ein eine einem einen einer eines er es etwas euch euer eure fur gegen gewesen hab habe "
    "haben hat hatte hatten hier hin hinter ich ihm ihn ihnen ihr ihre ihrem ihren ihrer im in indem ins "
    "ist ja jede jedem jeden jeder jedes jetzt kann kein keine keinem keinen keiner konnen konnte man mein "
    "meine meinem meinen meiner mich mir mit muss musste nach nicht nichts noch nun nur ob oder ohne sehr "
    "sein seine seinem seinen seiner sich sie sind so solche soll sollte sondern sonst uber um und uns "
    "unser unsere unter viel vom von vor wann war waren warum was weil weiter welche wenn wer werde werden "
    "wie wieder will wir wird wo wollen wurde wurden zu zum zur zwar zwischen hallo danke bitte gruss "
    "grusse schon immer";
const char *const frenchStops =
    "a au aux avec ce ces cette ceci cela dans de des du elle elles en et eux il ils je la le les leur "
    "leurs lui ma mais me meme mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son "
    "sur ta te tes toi ton tu un une vos votre vous c d j l m n s t y ete etre avoir ai as avons avez ont "
    "avait etait sont suis es est sommes etes fait faire plus tres tout tous toute toutes aussi alors "
    "comme donc encore ici la car si sans sous chez depuis deja bonjour merci svp cordialement toujours "
    "jamais peu bien";
const char *const spanishStops =
    "a al algo algunos ante antes como con contra cual cuando de del desde donde durante e el ella ellas "
    "ellos en entre era eran es esa esas ese eso esos esta estaba estado estan estar este esto estos fue "
    "fueron ha habia han hasta hay la las le les lo los mas me mi mis mucho muy nada ni no nos nosotros o "
    "otra otro para pero poco por porque que quien se sea ser si sido sin sobre son su sus tambien tanto "
    "te tengo tiene tienen todo todos tu tus un una uno unos y ya yo hola gracias favor saludos siempre "
    "nunca bien";
const char *const portugueseStops =
    "a ao aos as com como da das de dela dele deles depois do dos e ela elas ele eles em entre era eram "
    "essa essas esse esses esta estas este estes estou eu foi foram ha isso isto ja la lhe mais mas me "
    "mesmo meu minha muito na nao nas nem no nos nossa nosso num numa o os ou para pela pelas pelo pelos "
    "por qual quando que quem se sem ser seu sua sao so tambem te tem tinha tu um uma voce voces vos "
    "ola obrigado obrigada favor cumprimentos sempre nunca bem";

const char *stopsOf(TextLanguage language)
{
    switch (language) {
    case TextLanguage::English: return englishStops;
    case TextLanguage::German: return germanStops;
    case TextLanguage::French: return frenchStops;
    case TextLanguage::Spanish: return spanishStops;
    case TextLanguage::Portuguese: return portugueseStops;
    }
    return englishStops;
}

const QSet<QString> &stopWords(TextLanguage language)
{
    static const auto make = [](TextLanguage l) {
        const QStringList words = QString::fromLatin1(stopsOf(l)).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        return QSet<QString>(words.cbegin(), words.cend());
    };
    static const QSet<QString> sets[] = {make(TextLanguage::English), make(TextLanguage::German),
                                         make(TextLanguage::French), make(TextLanguage::Spanish),
                                         make(TextLanguage::Portuguese)};
    return sets[int(language)];
}

const char *snowballName(TextLanguage language)
{
    switch (language) {
    case TextLanguage::English: return "english";
    case TextLanguage::German: return "german";
    case TextLanguage::French: return "french";
    case TextLanguage::Spanish: return "spanish";
    case TextLanguage::Portuguese: return "portuguese";
    }
    return "english";
}

// A ticket's, a phone's or a version's number, whatever joins its parts: INC-0012345, #4411,
// 555-1234, KB5034441, v2.1 (letters, digits and -_#./: only, with a digit among them).
bool isReference(const QString &piece)
{
    static const QRegularExpression reference(QStringLiteral("^[(\\[\"'«“]*[A-Za-z0-9_#./:-]*[0-9][A-Za-z0-9_#./:-]*[)\\]\"'»”.,;:!?]*$"));
    return reference.match(piece).hasMatch();
}

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing;
}

} // namespace

QList<TextLanguage> allTextLanguages()
{
    return {TextLanguage::English, TextLanguage::German, TextLanguage::French, TextLanguage::Spanish,
            TextLanguage::Portuguese};
}

QString languageCode(TextLanguage language)
{
    static const char *const codes[] = {"en", "de", "fr", "es", "pt"};
    return QString::fromLatin1(codes[int(language)]);
}

std::optional<TextLanguage> languageFromCode(const QString &code)
{
    for (TextLanguage l : allTextLanguages()) {
        if (languageCode(l) == code.trimmed().toLower())
            return l;
    }
    return std::nullopt;
}

QString withoutAccents(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString result;
    result.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            result.append(c);
    }
    // ß and the like have no decomposition: as people type them without.
    result.replace(QChar(0x00DF), QLatin1String("ss"));
    return result.normalized(QString::NormalizationForm_C);
}

CauseWords::CauseWords(TextLanguage language)
    : m_language(language), m_stemmer(sb_stemmer_new(snowballName(language), "UTF_8"))
{
}

CauseWords::~CauseWords()
{
    if (m_stemmer)
        sb_stemmer_delete(m_stemmer);
}

bool CauseWords::isStopWord(const QString &foldedWord) const
{
    return stopWords(m_language).contains(withoutAccents(foldedWord));
}

QString CauseWords::stem(const QString &foldedWord) const
{
    if (!m_stemmer)
        return withoutAccents(foldedWord);
    const QByteArray utf8 = foldedWord.toUtf8();
    const sb_symbol *stemmed = sb_stemmer_stem(m_stemmer, reinterpret_cast<const sb_symbol *>(utf8.constData()),
                                               int(utf8.size()));
    if (!stemmed) // out of memory: the word as it is
        return withoutAccents(foldedWord);
    return withoutAccents(QString::fromUtf8(reinterpret_cast<const char *>(stemmed), sb_stemmer_length(m_stemmer)));
}

QList<CauseWords::Term> CauseWords::terms(const QString &text) const
{
    QList<Term> result;
    // Whitespace first: an e-mail or web address is one piece, and goes whole.
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    for (const QString &piece : text.split(whitespace, Qt::SkipEmptyParts)) {
        if (piece.contains(QLatin1Char('@')) || piece.contains(QLatin1String("://"))
            || piece.startsWith(QLatin1String("www."), Qt::CaseInsensitive) || isReference(piece))
            continue;
        // Then words: letters and digits; any other character ends one ("call-back" is two).
        qsizetype start = 0;
        const qsizetype size = piece.size();
        while (start < size) {
            while (start < size && !isWordCharacter(piece.at(start)))
                ++start;
            qsizetype end = start;
            bool digit = false;
            while (end < size && isWordCharacter(piece.at(end))) {
                digit = digit || piece.at(end).isDigit();
                ++end;
            }
            if (end > start && !digit) {
                const QString word = piece.mid(start, end - start).toCaseFolded();
                if (word.size() >= 2 && !isStopWord(word)) {
                    const QString s = stem(word);
                    if (s.size() >= 2)
                        result.append({s, word});
                }
            }
            start = end;
        }
    }
    return result;
}

QStringList CauseWords::stems(const QString &text) const
{
    QStringList result;
    for (const Term &t : terms(text))
        result.append(t.stem);
    return result;
}

} // namespace qw
