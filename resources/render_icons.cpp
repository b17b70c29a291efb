// Renders the application's SVG icon to the PNG sizes of the hicolor icon theme, at build time:
//   render_icons ICON.svg OUTDIR SIZE...   writes OUTDIR/SIZExSIZE.png for each SIZE
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QGuiApplication::arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: render_icons ICON.svg OUTDIR SIZE...\n");
        return 2;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        std::fprintf(stderr, "render_icons: %s is not an SVG image\n", qPrintable(args.at(1)));
        return 1;
    }
    QDir().mkpath(args.at(2));
    for (qsizetype i = 3; i < args.size(); ++i) {
        const int size = args.at(i).toInt();
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter);
        painter.end();
        const QString out = QStringLiteral("%1/%2x%2.png").arg(args.at(2)).arg(size);
        if (!image.save(out)) {
            std::fprintf(stderr, "render_icons: %s could not be written\n", qPrintable(out));
            return 1;
        }
    }
    return 0;
}
