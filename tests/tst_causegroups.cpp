// Causes found in what customers wrote (issue 15): the same cause in other words is one group,
// across services; its label is its most characteristic words; a response alike to none, or with
// nothing to compare, is left ungrouped.
#include "causes/causegroups.h"

#include <QTest>

#include <atomic>

using namespace qw;

class TestCauseGroups : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findsCausesInOtherWords();
    void leavesOutWhatIsAlikeToNothing();
    void cancels();
    void placesLaterResponsesAndRefusesDamage();
};

namespace {

QList<CauseDocument> documents()
{
    // Three causes, each said six ways (tense, plural, typos, another language), on two services
    // for the first; and responses that say nothing of a cause.
    const struct { qint64 id; const char *service; const char *text; TextLanguage language; } rows[] = {
        {1, "Service desk phone line", "Nobody called me back, left a voicemail", TextLanguage::English},
        {2, "Service desk phone line", "still waiting for the call back I was promised", TextLanguage::English},
        {3, "Laptops & devices", "Promised call back never came", TextLanguage::English},
        {4, "Service desk phone line", "no call back after my voicemail", TextLanguage::English},
        {5, "Laptops & devices", "they said they would call back, never did", TextLanguage::English},
        {6, "Service desk phone line", "Voicemail full and no call back", TextLanguage::English},
        {11, "Printing", "The printer jams every morning", TextLanguage::English},
        {12, "Printing", "printer jammed again on floor 3", TextLanguage::English},
        {13, "Printing", "Paper jam in the printer, nobody fixed it", TextLanguage::English},
        {14, "Printing", "printers jamming all week", TextLanguage::English},
        {15, "Printing", "jammed printer INC0012345 still not repaired", TextLanguage::English},
        {16, "Printing", "printer jam, second ticket this month", TextLanguage::English},
        {21, "Student portal", "Mot de passe expiré, impossible de me connecter", TextLanguage::French},
        {22, "Student portal", "mot de passe expire encore", TextLanguage::French},
        {23, "Student portal", "Le mot de passe a expiré sans prévenir", TextLanguage::French},
        {24, "Student portal", "mon mot de passe expire chaque semaine", TextLanguage::French},
        {25, "Student portal", "mots de passe expirés, aucun avertissement", TextLanguage::French},
        {26, "Student portal", "Connexion refusée : mot de passe expiré", TextLanguage::French},
        {31, "Printing", "Great, thanks", TextLanguage::English},
        {32, "Printing", "", TextLanguage::English},
        {33, "Wi-Fi", "INC0099999 12345", TextLanguage::English},
        {34, "Wi-Fi", "the canteen coffee is cold", TextLanguage::English},
    };
    QList<CauseDocument> result;
    for (const auto &r : rows)
        result.append({r.id, QString::fromUtf8(r.service), QString::fromUtf8(r.text), r.language});
    return result;
}

} // namespace

void TestCauseGroups::findsCausesInOtherWords()
{
    const CauseGrouping::Result result = CauseGrouping::group(documents());
    for (const CauseGroup &g : result.groups)
        qInfo("%lld: %s (%s)", (long long)g.members.size(), qPrintable(g.label.join(QStringLiteral(" · "))),
              qPrintable(g.services.join(QStringLiteral(", "))));
    QCOMPARE(result.groups.size(), 3);
    // Each cause one group, whole, whatever the words.
    const auto causeOf = [](qint64 id) { return id / 10; };
    for (const CauseGroup &g : result.groups) {
        QVERIFY2(g.members.size() >= 5, qPrintable(g.label.join(QStringLiteral(" · "))));
        for (qint64 id : g.members)
            QCOMPARE(causeOf(id), causeOf(g.members.first()));
    }
    const auto groupOf = [&](qint64 id) -> const CauseGroup & {
        for (const CauseGroup &g : result.groups) {
            if (g.members.contains(id))
                return g;
        }
        return result.groups.first();
    };
    const CauseGroup &callBack = groupOf(1);
    QVERIFY(callBack.members.contains(1));
    // A cause on two services is one group, its services listed, the most frequent first.
    QCOMPARE(callBack.services, (QStringList{QStringLiteral("Service desk phone line"), QStringLiteral("Laptops & devices")}));
    // Labelled by its words as people wrote them.
    QVERIFY2(callBack.label.contains(QStringLiteral("call back")), qPrintable(callBack.label.join(QStringLiteral(" · "))));
    QVERIFY2(groupOf(11).label.join(u' ').contains(QStringLiteral("printer")), qPrintable(groupOf(11).label.join(u' ')));
    QVERIFY2(groupOf(21).label.join(u' ').contains(QStringLiteral("mot de passe")) ||
             groupOf(21).label.join(u' ').contains(QStringLiteral("passe")), qPrintable(groupOf(21).label.join(u' ')));
    QVERIFY(callBack.label.size() <= 3);
}

void TestCauseGroups::leavesOutWhatIsAlikeToNothing()
{
    const CauseGrouping::Result result = CauseGrouping::group(documents());
    for (qint64 id : {31, 32, 33, 34})
        QVERIFY2(result.ungrouped.contains(id), qPrintable(QString::number(id)));
    // Every response is in one group or ungrouped, once.
    QList<qint64> all = result.ungrouped;
    for (const CauseGroup &g : result.groups)
        all += g.members;
    std::sort(all.begin(), all.end());
    QCOMPARE(all.size(), documents().size());
    QCOMPARE(std::adjacent_find(all.cbegin(), all.cend()), all.cend());
    // Nothing to group: nothing grouped.
    QVERIFY(CauseGrouping::group({}).groups.isEmpty());
}

void TestCauseGroups::cancels()
{
    std::atomic<bool> cancel{true};
    QVERIFY(CauseGrouping::group(documents(), {}, {}, {}, &cancel).groups.isEmpty());
    int calls = 0;
    CauseGrouping::group(documents(), {}, {}, [&](qsizetype done, qsizetype of) {
        ++calls;
        QVERIFY(done <= of);
    });
    QVERIFY(calls > 0);
}

void TestCauseGroups::placesLaterResponsesAndRefusesDamage()
{
    CauseGrouping::Result result = CauseGrouping::group(documents());
    QVERIFY(result.groups.size() >= 3);
    QList<qint64> keys;
    for (qsizetype g = 0; g < result.groups.size(); ++g)
        keys.append(1000 + g);
    result.placer.setKeys(keys);
    // Kept and read back, it places a later response where the grouping put its like.
    std::optional<CausePlacer> placer = CausePlacer::load(result.placer.save());
    QVERIFY(placer);
    const qint64 member = result.groups.at(0).members.first();
    const QList<CauseDocument> all = documents();
    const auto doc = std::find_if(all.cbegin(), all.cend(), [&](const CauseDocument &d) { return d.id == member; });
    CauseDocument later = *doc;
    later.id = 99999;
    QCOMPARE(placer->place(later), qint64(1000));
    QCOMPARE(placer->place({99998, QString(), QStringLiteral("my cat likes the sofa"), TextLanguage::English}), qint64(0));
    // Damaged (cut anywhere, bytes changed, a count of billions): refused, never a crash.
    const QByteArray saved = result.placer.save();
    for (qsizetype cut = 0; cut < saved.size(); cut += std::max<qsizetype>(1, saved.size() / 97))
        CausePlacer::load(saved.left(cut)); // refused or whole, but never out of bounds
    QVERIFY(!CausePlacer::load(saved.left(saved.size() / 2)));
    QByteArray huge = saved;
    // After the magic, version and similarity: the stems' count (64 bits), made 2^62.
    const qsizetype countAt = 4 + 4 + 8;
    huge[countAt] = char(0x40);
    QVERIFY(!CausePlacer::load(huge));
    QVERIFY(!CausePlacer::load(QByteArrayLiteral("not a placer")));
}

QTEST_GUILESS_MAIN(TestCauseGroups)
#include "tst_causegroups.moc"
