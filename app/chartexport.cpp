#include "chartexport.h"

#include "io/exporttarget.h"

#include "matrixview.h"
#include "models/prioritisedentries.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

namespace qw::ChartExport {

namespace {

// Gives these free functions a translation context of their own.
struct ExportText
{
    Q_DECLARE_TR_FUNCTIONS(ChartExport)
};

// A matrix laid out at exactly the export's size, never shown on screen.
std::unique_ptr<MatrixView> layOut(PrioritisedEntries *model, const Options &options)
{
    auto view = std::make_unique<MatrixView>();
    view->setAttribute(Qt::WA_DontShowOnScreen);
    view->setFrameShape(QFrame::NoFrame);
    view->setColourBy(options.colourBy);
    view->setSizeByEvidence(options.sizeByEvidence);
    view->setPresentation(options.presentation);
    // As shown to a room: the key beside the matrix.
    view->setKeyShown(options.presentation);
    view->setModel(model);
    view->resize(options.size);
    view->show();
    QCoreApplication::processEvents();
    return view;
}

void render(MatrixView *view, QPainter *painter, const QRectF &target)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    view->render(painter, target, view->viewport()->rect());
}

} // namespace

std::optional<QSize> parseSize(const QString &text)
{
    const QStringList parts = text.trimmed().split(QLatin1Char('x'));
    if (parts.size() != 2)
        return std::nullopt;
    bool okW = false;
    bool okH = false;
    const int w = parts[0].trimmed().toInt(&okW);
    const int h = parts[1].trimmed().toInt(&okH);
    if (!okW || !okH || w < 320 || h < 240 || w > 10000 || h > 10000)
        return std::nullopt;
    return QSize(w, h);
}

std::optional<Format> formatFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return Format::Png;
    if (suffix == QLatin1String("svg"))
        return Format::Svg;
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    return std::nullopt;
}

QImage image(PrioritisedEntries *model, const Options &options)
{
    auto view = layOut(model, options);
    QImage result(options.size, QImage::Format_ARGB32_Premultiplied);
    result.fill(view->palette().color(QPalette::Base));
    QPainter painter(&result);
    render(view.get(), &painter, QRectF(QPointF(0, 0), QSizeF(options.size)));
    return result;
}

bool write(PrioritisedEntries *model, const QString &path, const Options &options, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    const std::optional<Format> format = formatFor(path);
    if (!ExportTarget::check(path, options.openRegister, error))
        return false;
    if (!format) {
        *error = ExportText::tr("“%1” does not end in .png, .svg or .pdf, so the chart's format is unknown.").arg(shown);
        return false;
    }
    // Written whole or not at all: into a temporary file beside the target, renamed over it
    // once complete (a full disk leaves the previous chart as it was).
    return ExportTarget::save(path, options.openRegister, [&](QIODevice *out, QString *detail) {
        bool ok = false;
        switch (*format) {
        case Format::Png:
        {
            const QByteArray png = ExportTarget::pngBytes(image(model, options));
            ok = !png.isEmpty() && out->write(png) == png.size();
        }
            break;
        case Format::Svg: {
            auto view = layOut(model, options);
            QSvgGenerator svg;
            svg.setOutputDevice(out);
            svg.setSize(options.size);
            svg.setViewBox(QRect(QPoint(0, 0), options.size));
            svg.setTitle(ExportText::tr("QuickWins impact/effort matrix"));
            QPainter painter;
            ok = painter.begin(&svg);
            if (ok) {
                render(view.get(), &painter, QRectF(QPointF(0, 0), QSizeF(options.size)));
                ok = painter.end();
            }
            break;
        }
        case Format::Pdf: {
            auto view = layOut(model, options);
            QPdfWriter pdf(out);
            pdf.setTitle(ExportText::tr("QuickWins impact/effort matrix"));
            pdf.setResolution(96);
            pdf.setPageSize(QPageSize(QSizeF(options.size), QPageSize::Point));
            pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
            QPainter painter;
            ok = painter.begin(&pdf);
            if (ok) {
                render(view.get(), &painter, QRectF(QPointF(0, 0), QSizeF(painter.device()->width(), painter.device()->height())));
                ok = painter.end();
            }
            break;
        }
        }
        // A painter or an image writer that could not write says so through the device.
        if (!ok)
            *detail = out->errorString().isEmpty() ? ExportText::tr("the chart could not be drawn") : out->errorString();
        return ok;
    }, error);
}

QString exportInteractively(QWidget *parent, PrioritisedEntries *model, Options options, const QString &folder)
{
    QString filter;
    QString path = QFileDialog::getSaveFileName(
        parent, ExportText::tr("Export Chart"), folder + QStringLiteral("/matrix.png"),
        ExportText::tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"), &filter);
    if (path.isEmpty())
        return {};
    if (!formatFor(path))
        path += filter.contains(QLatin1String("svg")) ? QStringLiteral(".svg")
              : filter.contains(QLatin1String("pdf")) ? QStringLiteral(".pdf") : QStringLiteral(".png");
    if (formatFor(path) == Format::Png) {
        bool ok = false;
        const QString text = QInputDialog::getText(parent, ExportText::tr("Export Chart"),
                                                   ExportText::tr("Size of the image in pixels (width x height):"),
                                                   QLineEdit::Normal, QStringLiteral("1920x1080"), &ok);
        if (!ok)
            return {};
        const std::optional<QSize> size = parseSize(text);
        if (!size) {
            QMessageBox::warning(parent, ExportText::tr("Export Chart"),
                                 ExportText::tr("“%1” is not a size such as 1920x1080 (from 320x240 to "
                                                "10000x10000).").arg(text));
            return {};
        }
        options.size = *size;
    }
    QString error;
    if (!write(model, path, options, &error)) {
        QMessageBox::warning(parent, ExportText::tr("Export Chart"), error);
        return {};
    }
    return path;
}

} // namespace qw::ChartExport
