// What triage compares of a customer's words (issue 15): case, accents, numbers, ticket-like
// tokens and addresses left out, the commonest words of each language left out, each word
// stemmed by its language's Snowball stemmer, so that the same cause in other words meets.
#include "causes/causewords.h"
#include "causes/languagedetection.h"

#include <QTest>

using namespace qw;

class TestCauseWords : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void leavesOutWhatSaysNothing();
    void sameCauseOtherWords_data();
    void sameCauseOtherWords();
    void keepsTheWordForPeople();
    void languages();
    void detectsTheLanguage_data();
    void detectsTheLanguage();
};

void TestCauseWords::leavesOutWhatSaysNothing()
{
    const CauseWords english(TextLanguage::English);
    QCOMPARE(english.stems(QStringLiteral("Hi, the printer JAMMED again!! Ticket INC-0012345 (see #4411), "
                                          "call me on 555-1234 or helen.marsh@example.org, www.example.org/help "
                                          "or https://example.org/kb/KB5034441 thanks")),
             (QStringList{QStringLiteral("printer"), QStringLiteral("jam"), QStringLiteral("ticket"),
                          QStringLiteral("see"), QStringLiteral("call")}));
    QVERIFY(english.stems(QStringLiteral("12345 2nd 15min v2.1 ...")).isEmpty());
    QVERIFY(english.stems(QString()).isEmpty());
    // A word joined by a hyphen is its words.
    QCOMPARE(english.stems(QStringLiteral("call-back")), (QStringList{QStringLiteral("call"), QStringLiteral("back")}));
}

void TestCauseWords::sameCauseOtherWords_data()
{
    QTest::addColumn<int>("language");
    QTest::addColumn<QString>("one");
    QTest::addColumn<QString>("other");
    QTest::newRow("en tense and number") << int(TextLanguage::English) << QStringLiteral("Printers jamming")
                                         << QStringLiteral("the printer jammed");
    QTest::newRow("en case") << int(TextLanguage::English) << QStringLiteral("VOICEMAIL FULL")
                             << QStringLiteral("voicemail full");
    QTest::newRow("fr accents") << int(TextLanguage::French) << QStringLiteral("Réseau très lent")
                                << QStringLiteral("reseau tres lent");
    QTest::newRow("fr plural") << int(TextLanguage::French) << QStringLiteral("les imprimantes bloquées")
                               << QStringLiteral("l'imprimante bloquée");
    QTest::newRow("de") << int(TextLanguage::German) << QStringLiteral("Die Drucker drucken nicht")
                        << QStringLiteral("Druckers druckt");
    QTest::newRow("de umlaut typed without") << int(TextLanguage::German) << QStringLiteral("Rückruf fehlt")
                                             << QStringLiteral("Ruckruf fehlt");
    QTest::newRow("es") << int(TextLanguage::Spanish) << QStringLiteral("Las impresoras no imprimen")
                        << QStringLiteral("la impresora");
    QTest::newRow("pt") << int(TextLanguage::Portuguese) << QStringLiteral("As impressoras não funcionam")
                        << QStringLiteral("impressora funciona");
}

void TestCauseWords::sameCauseOtherWords()
{
    QFETCH(int, language);
    QFETCH(QString, one);
    QFETCH(QString, other);
    const CauseWords words{TextLanguage(language)};
    const QStringList a = words.stems(one);
    const QStringList b = words.stems(other);
    QVERIFY2(!a.isEmpty(), qPrintable(one));
    // Every stem of the shorter is among the other's.
    const QStringList &shorter = a.size() <= b.size() ? a : b;
    const QStringList &longer = a.size() <= b.size() ? b : a;
    for (const QString &stem : shorter)
        QVERIFY2(longer.contains(stem), qPrintable(QStringLiteral("%1 | %2: %3 not in %4")
                                                       .arg(one, other, stem, longer.join(u' '))));
}

void TestCauseWords::keepsTheWordForPeople()
{
    const CauseWords english(TextLanguage::English);
    const QList<CauseWords::Term> terms = english.terms(QStringLiteral("Called back twice"));
    QCOMPARE(terms.size(), 3);
    QCOMPARE(terms.at(0).stem, QStringLiteral("call"));
    QCOMPARE(terms.at(0).word, QStringLiteral("called"));
    QCOMPARE(terms.at(2).word, QStringLiteral("twice"));
}

void TestCauseWords::languages()
{
    QCOMPARE(allTextLanguages().size(), 5);
    for (TextLanguage l : allTextLanguages()) {
        QCOMPARE(languageFromCode(languageCode(l)), std::optional<TextLanguage>(l));
        // Each language's own stop words are left out, and its stemmer is there.
        const CauseWords words(l);
        QVERIFY(!words.stems(QStringLiteral("printer")).isEmpty());
    }
    QVERIFY(!languageFromCode(QStringLiteral("xx")));
    const CauseWords german(TextLanguage::German);
    QVERIFY(german.isStopWord(QStringLiteral("für")));
    QVERIFY(german.stems(QStringLiteral("und die der für")).isEmpty());
    QCOMPARE(withoutAccents(QStringLiteral("Réseau très lent, Straße")), QStringLiteral("Reseau tres lent, Strasse"));
}

void TestCauseWords::detectsTheLanguage_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language"); // empty: not told
    QTest::newRow("en") << QStringLiteral("Nobody called me back after I was promised a call within the hour") << QStringLiteral("en");
    QTest::newRow("de") << QStringLiteral("Niemand hat mich zurückgerufen, obwohl es mir versprochen wurde") << QStringLiteral("de");
    QTest::newRow("fr") << QStringLiteral("Personne ne m'a rappelé alors qu'on me l'avait promis dans l'heure") << QStringLiteral("fr");
    QTest::newRow("es") << QStringLiteral("Nadie me devolvió la llamada aunque me lo habían prometido") << QStringLiteral("es");
    QTest::newRow("pt") << QStringLiteral("Ninguém me ligou de volta, embora tivessem prometido que ligariam") << QStringLiteral("pt");
    QTest::newRow("too short") << QStringLiteral("bad") << QString();
    QTest::newRow("another language") << QStringLiteral("Nikt do mnie nie oddzwonił, chociaż obiecali, że oddzwonią w ciągu godziny")
                                      << QString();
}

void TestCauseWords::detectsTheLanguage()
{
    QFETCH(QString, text);
    QFETCH(QString, language);
    const std::optional<TextLanguage> found = detectLanguage(text);
    QCOMPARE(found ? languageCode(*found) : QString(), language);
}

QTEST_GUILESS_MAIN(TestCauseWords)
#include "tst_causewords.moc"
