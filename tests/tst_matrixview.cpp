// The matrix as people see it: quadrant colours where they belong, every open entry's ID in
// an SVG export, and a presentation-mode render at 1280x720 whose text is at least 18 px tall
// with a contrast of at least 4.5:1.
#include "testregister.h"

#include "chartexport.h"
#include "demo/demoscenario.h"
#include "markitem.h"
#include "matrixview.h"
#include "models/entrymodel.h"

#include <QApplication>

using namespace qw;
using namespace qw::testing;

class TestMatrixView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void quadrantColoursWhereTheyBelong();
    void svgHoldsEveryOpenEntry();
    void presentationIsReadable();
    void crowdedCellBecomesBadge();
    void readableInLightAndDark_data();
    void readableInLightAndDark();
    void legendForColourModes();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<RegisterDocument> m_demo;
};

void TestMatrixView::initTestCase()
{
    m_demo = openRegister(m_dir.filePath(QStringLiteral("demo.qwr")));
    QVERIFY(m_demo);
    DemoScenario demo = makeDemoScenario(QDate(2026, 11, 24));
    QVERIFY(m_demo->addInBulk(demo.entries, demo.interactions));
}

void TestMatrixView::quadrantColoursWhereTheyBelong()
{
    auto empty = openRegister(m_dir.filePath(QStringLiteral("empty.qwr")));
    EntryModel model(empty.get());
    MatrixView view;
    view.setModel(&model);
    view.resize(800, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QImage image = view.grab().toImage();
    // Inside each quadrant, away from grid lines and names.
    const auto sample = [&](double effort, double impact) {
        return QColor(image.pixel(view.viewPosition(QPointF(effort, impact))));
    };
    const QColor quick = sample(1.25, 4.25);
    const QColor major = sample(4.25, 4.25);
    const QColor fill = sample(1.25, 2.25);
    const QColor thankless = sample(4.25, 2.25);
    // Quick wins green, major projects blue, fill-ins yellow, thankless tasks vermillion.
    QVERIFY2(quick.green() > quick.red() && quick.green() >= quick.blue(), qPrintable(quick.name()));
    QVERIFY2(major.blue() > major.green() && major.green() > major.red(), qPrintable(major.name()));
    QVERIFY2(fill.blue() + 20 < fill.red() && fill.blue() + 20 < fill.green(), qPrintable(fill.name()));
    QVERIFY2(thankless.red() > thankless.green() && thankless.green() > thankless.blue(),
             qPrintable(thankless.name()));
    QCOMPARE(view.quadrantAt(view.viewPosition(QPointF(1.25, 4.25))), std::optional<Quadrant>(Quadrant::QuickWin));
    QCOMPARE(view.quadrantAt(view.viewPosition(QPointF(4.25, 2.25))), std::optional<Quadrant>(Quadrant::Thankless));
}

void TestMatrixView::svgHoldsEveryOpenEntry()
{
    EntryModel model(m_demo.get());
    const QString path = m_dir.filePath(QStringLiteral("matrix.svg"));
    QString error;
    QVERIFY2(ChartExport::write(&model, path, {}, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(file.readAll());
    QVERIFY(svg.contains(QStringLiteral("<svg")));
    int open = 0;
    for (const EntrySummary &e : model.allEntries()) {
        const QString code = Entry::codeFor(e.id);
        if (isOpen(e.status)) {
            ++open;
            QVERIFY2(svg.contains(code), qPrintable(code));
        } else {
            QVERIFY2(!svg.contains(code), qPrintable(code + QStringLiteral(" is closed and filtered out")));
        }
    }
    QVERIFY(open >= 12);
}

void TestMatrixView::presentationIsReadable()
{
    EntryModel model(m_demo.get());
    MatrixView view;
    view.setModel(&model);
    view.setPresentation(true);
    view.resize(1280, 720);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QList<MatrixView::TextSample> samples = view.textSamples();
    QVERIFY(samples.size() > 20);
    int labels = 0;
    for (const MatrixView::TextSample &t : samples) {
        QVERIFY2(t.pixelHeight >= 18, qPrintable(QStringLiteral("“%1” is %2 px").arg(t.text).arg(t.pixelHeight)));
        const double contrast = contrastRatio(t.colour, t.background);
        QVERIFY2(contrast >= 4.5, qPrintable(QStringLiteral("“%1”: %2 on %3 is %4:1").arg(
                                      t.text, t.colour.name(), t.background.name()).arg(contrast)));
        labels += t.text.startsWith(QStringLiteral("CI-")) ? 1 : 0;
    }
    // Every mark of the demo has room for its label even in large text.
    QCOMPARE(labels, view.markCount());
}

void TestMatrixView::crowdedCellBecomesBadge()
{
    auto crowded = openRegister(m_dir.filePath(QStringLiteral("crowded.qwr")));
    QList<Entry> entries;
    QList<Interaction> none;
    // More than a cell's grid can hold with numbers still readable, even at 1280x720.
    for (int i = 0; i < 80; ++i)
        entries.append(makeEntry(QStringLiteral("Same scores %1").arg(i), 4, 2));
    entries.append(makeEntry(QStringLiteral("Alone"), 2, 4));
    QVERIFY(crowded->addInBulk(entries, none));
    EntryModel model(crowded.get());
    MatrixView view;
    view.setModel(&model);
    view.resize(1280, 720);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.badgeCount(), 1);
    QCOMPARE(view.scene().badges.first().members.size(), 80);
    QCOMPARE(view.markCount(), 1);
    QVERIFY(view.labelText(entries.last().id).startsWith(QStringLiteral("CI-0081")));
}

void TestMatrixView::readableInLightAndDark_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addColumn<QColor>("base");
    QTest::addColumn<QColor>("text");
    QTest::addColumn<bool>("presentation");
    // Desktop palettes seen in use, dark and light: every text must be 4.5:1 on each.
    const struct { const char *name; bool dark; QRgb base; QRgb text; } palettes[] = {
        {"light", false, 0xffffff, 0x000000},
        {"Breeze light", false, 0xfcfcfc, 0x232629},
        {"Adwaita light", false, 0xf6f5f4, 0x2e3436},
        {"dark", true, 0x1e1e1e, 0xeeeeee},
        {"QuickWins dark", true, 0x1e1e20, 0xf0f0f0},
        {"Breeze dark", true, 0x232629, 0xeff0f1},
        {"Adwaita dark", true, 0x2d2d2d, 0xeeeeec},
        {"grey dark", true, 0x3c3f41, 0xbbbbbb},
    };
    for (const auto &p : palettes) {
        for (bool presentation : {false, true}) {
            QTest::newRow(qPrintable(QString::fromLatin1(p.name) + (presentation ? QStringLiteral(", presenting") : QString())))
                << p.dark << QColor(p.base) << QColor(p.text) << presentation;
        }
    }
}

void TestMatrixView::readableInLightAndDark()
{
    QFETCH(bool, dark);
    QFETCH(QColor, base);
    QFETCH(QColor, text);
    QFETCH(bool, presentation);
    QPalette palette = QApplication::palette();
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::WindowText, text);
    if (dark)
        palette.setColor(QPalette::Window, base.lighter(115));
    EntryModel model(m_demo.get());
    MatrixView view;
    view.setPalette(palette);
    view.setModel(&model);
    view.setPresentation(presentation);
    view.resize(1000, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    for (const MatrixView::TextSample &t : view.textSamples()) {
        const double contrast = contrastRatio(t.colour, t.background);
        QVERIFY2(contrast >= 4.5, qPrintable(QStringLiteral("“%1”: %2 on %3 is %4:1").arg(
                                      t.text, t.colour.name(), t.background.name()).arg(contrast)));
    }
    // The plot's background follows the palette.
    const QImage image = view.grab().toImage();
    const QColor corner(image.pixel(3, 3));
    QCOMPARE(corner.lightness() < 128, dark);
}

void TestMatrixView::legendForColourModes()
{
    EntryModel model(m_demo.get());
    const MarkColours byStatus(model.entries(), ColourBy::Status);
    QCOMPARE(byStatus.legend().size(), 7);
    QCOMPARE(byStatus.legend().first().text, QStringLiteral("Proposed"));
    const MarkColours byService(model.entries(), ColourBy::Service);
    QVERIFY(byService.legend().size() >= 2);
    // Every open entry's colour is explained by the legend.
    for (const EntrySummary &e : model.entries()) {
        const QColor c = byService.colourOf(e);
        const bool explained = std::any_of(byService.legend().begin(), byService.legend().end(),
                                           [&](const LegendItem &item) { return item.colour == c; });
        QVERIFY(explained);
    }
}

QTEST_MAIN(TestMatrixView)
#include "tst_matrixview.moc"
