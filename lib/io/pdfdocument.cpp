#include "pdfdocument.h"

#include <QFileDevice>
#include <QFont>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace qw::PdfDocument {

bool write(QTextDocument &document, const QString &title, QIODevice *out, QString *error)
{
    QPdfWriter pdf(out);
    pdf.setTitle(title);
    pdf.setCreator(QStringLiteral("QuickWins"));
    const bool letter = QLocale().measurementSystem() != QLocale::MetricSystem;
    pdf.setPageLayout(QPageLayout(QPageSize(letter ? QPageSize::Letter : QPageSize::A4), QPageLayout::Portrait,
                                  QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    pdf.setResolution(300);
    document.setMetaInformation(QTextDocument::DocumentTitle, title);
    QFont font = document.defaultFont();
    font.setPointSizeF(10.5);
    document.setDefaultFont(font);
    document.print(&pdf); // (with margins of 2 cm of its own, and page numbers)
    if (const auto *file = qobject_cast<QFileDevice *>(out); file && file->error() != QFileDevice::NoError) {
        *error = file->errorString();
        return false;
    }
    return true;
}

} // namespace qw::PdfDocument
