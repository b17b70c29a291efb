// Undo and redo as a property: after random sequences of 1,000 edits, undoing them all gives
// back the register as it was, and redoing them all gives the register as it was at the end.
#include "testregister.h"

#include "randomedits.h"
#include "storage/scoresql.h"

#include <QRandomGenerator>
#include <QSqlRecord>
#include <QUndoStack>

using namespace qw;
using namespace qw::testing;

class TestUndoProperty : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void undoAllRedoAll_data();
    void undoAllRedoAll();

private:
    QTemporaryDir m_dir;
};

namespace {

// Everything a user keeps in the register, read behind the document's back: every column of
// entries (removed ones too), interactions and their links, and snapshots. (Not the entries'
// history: an undo is itself a change the history records.)
QString contents(const QString &path)
{
    QStringList rows{QStringLiteral("contents")};
    {
        QSqlDatabase db = behindTheBack(QStringLiteral("contents"), path);
        if (!db.open())
            return {};
        for (const char *table : {"entries", "interactions", "snapshots", "snapshot_entries", "poor_rule"}) {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QLatin1String(table))))
                return {};
            while (query.next()) {
                QStringList values{QLatin1String(table)};
                for (int column = 0; column < query.record().count(); ++column)
                    values << query.value(column).toString();
                rows << values.join(QLatin1Char('|'));
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("contents"));
    return rows.join(QLatin1Char('\n'));
}

// The per-day counts the trend reads, and the entries' counts of links, agree with the
// interactions they count.
bool daysAgree(const QString &path)
{
    const auto rows = [&](const QString &sql) {
        QStringList result;
        QSqlDatabase db = behindTheBack(QStringLiteral("days"), path);
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(sql);
            while (query.next()) {
                result << QStringLiteral("%1|%2|%3|%4|%5|%6").arg(query.value(0).toString(), query.value(1).toString())
                              .arg(query.value(2).toInt()).arg(query.value(3).toDouble(), 0, 'f', 6)
                              .arg(query.value(4).toInt()).arg(query.value(5).toInt());
            }
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("days"));
        return result;
    };
    // (Six columns each: the entries' link counts padded to the days' shape.)
    const QStringList kept = rows(QStringLiteral("SELECT * FROM interaction_days WHERE total > 0 ORDER BY 1, 2"))
        + rows(QStringLiteral("SELECT 'entry', id, linked, 0, 0, 0 FROM entries ORDER BY id"))
        + rows(QStringLiteral("SELECT 'all', '', total, 0, 0, 0 FROM interaction_total"))
        + rows(QStringLiteral("SELECT 'triage', service || '|' || reason || '|' || day, poor, repeats, 0, 0"
                              " FROM triage_days WHERE poor > 0 ORDER BY 2"))
        + rows(QStringLiteral("SELECT 'group', service || '|' || reason, poor, repeats, 0, 0"
                              " FROM triage_groups WHERE poor > 0 ORDER BY 2"));
    const QStringList counted = rows(QStringLiteral("SELECT " QW_SQL_DAY_TOTALS " FROM interactions WHERE removed = 0"
                                                    " GROUP BY 1, 2 ORDER BY 1, 2"))
        + rows(QStringLiteral("SELECT 'entry', e.id, (SELECT count(*) FROM interactions i WHERE i.entry_id = e.id"
                              " AND i.removed = 0), 0, 0, 0 FROM entries e ORDER BY e.id"))
        + rows(QStringLiteral("SELECT 'all', '', count(*), 0, 0, 0 FROM interactions WHERE removed = 0"))
        // (Triage counts the interactions up to its mark; later ones are read as they are.)
        + rows(QStringLiteral("SELECT 'triage', service || '|' || reason || '|' || substr(occurred_at, 1, 10),"
                              " count(*), sum(repeat_contact), 0, 0 FROM interactions WHERE " QW_SQL_IN_TRIAGE("")
                              " AND id <= (SELECT up_to FROM triage_counted) GROUP BY 2 ORDER BY 2"))
        + rows(QStringLiteral("SELECT 'group', service || '|' || reason, count(*), sum(repeat_contact), 0, 0"
                              " FROM interactions WHERE " QW_SQL_IN_TRIAGE("")
                              " AND id <= (SELECT up_to FROM triage_counted) GROUP BY 2 ORDER BY 2"));
    if (kept != counted)
        qWarning("interaction_days:\n%s\ncounted:\n%s", qPrintable(kept.join(QLatin1Char('\n'))),
                 qPrintable(counted.join(QLatin1Char('\n'))));
    return !kept.isEmpty() && kept == counted;
}

// What the triage dock lists (counted groups and the rows added since) agrees with a count of
// the interactions.
bool triageAgrees(RegisterDocument *document)
{
    QMap<QString, QString> listed;
    for (const TriageGroup &g : document->triageGroups())
        listed.insert(g.service + u'|' + g.reason, QStringLiteral("%1 %2").arg(g.count).arg(g.repeats));
    QMap<QString, QString> counted;
    for (const Interaction &i : document->interactionPage(0, 1000000)) {
        if (i.entryId == 0 && i.isPoor(document->poorRule())) {
            QString &value = counted[i.service + u'|' + i.reason];
            const QStringList parts = value.isEmpty() ? QStringList{QStringLiteral("0"), QStringLiteral("0")}
                                                      : value.split(u' ');
            value = QStringLiteral("%1 %2").arg(parts.at(0).toInt() + 1).arg(parts.at(1).toInt() + (i.repeatContact ? 1 : 0));
        }
    }
    if (listed != counted)
        qWarning() << "triage lists" << listed << "counted" << counted;
    return listed == counted;
}

} // namespace

void TestUndoProperty::undoAllRedoAll_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<bool>("startsEmpty");
    const quint32 base = qEnvironmentVariableIsSet("QW_SEED") ? quint32(qEnvironmentVariableIntValue("QW_SEED"))
                                                              : QRandomGenerator::global()->generate();
    for (quint32 n = 0; n < 4; ++n)
        QTest::addRow("seed %u", base + n) << base + n << (n % 2 == 0);
}

void TestUndoProperty::undoAllRedoAll()
{
    QFETCH(quint32, seed);
    QFETCH(bool, startsEmpty);
    const QString path = m_dir.filePath(QStringLiteral("property-%1.qwr").arg(seed));
    auto document = openRegister(path);
    QVERIFY(document);
    RandomEdits edits(seed);
    if (!startsEmpty) {
        // A register with history before this session: edits the undo stack does not know.
        for (int n = 0; n < 50; ++n)
            edits.next(document.get(), false);
        document->undoStack()->clear();
    }
    const QString original = contents(path);
    QVERIFY(!original.isNull());

    // Triage brought up to date now and then, as showing it does: edits then change and delete
    // rows it has counted as well as rows it has not.
    constexpr int operations = 1000;
    for (int n = 0; n < operations; ++n) {
        edits.next(document.get(), false);
        if (n % 97 == 0)
            document->countNewIntoTriage();
    }
    const QString final = contents(path);
    QCOMPARE(document->undoStack()->count(), operations);
    QVERIFY(final != original);
    QVERIFY(daysAgree(path));
    QVERIFY(triageAgrees(document.get()));

    int undone = 0;
    while (document->undoStack()->canUndo()) {
        document->undoStack()->undo();
        if (++undone % 131 == 0)
            document->countNewIntoTriage();
    }
    QCOMPARE(contents(path), original);
    QVERIFY(triageAgrees(document.get()));
    while (document->undoStack()->canRedo())
        document->undoStack()->redo();
    QCOMPARE(contents(path), final);
    QVERIFY(daysAgree(path));
    QVERIFY(triageAgrees(document.get()));
    document->countNewIntoTriage();
    QVERIFY(daysAgree(path));
    QVERIFY(triageAgrees(document.get()));
}

QTEST_GUILESS_MAIN(TestUndoProperty)
#include "tst_undoproperty.moc"
