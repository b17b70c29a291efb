#pragma once

#include "matrix/markcolours.h"

#include <QImage>
#include <QSize>
#include <QString>

#include <optional>

class QWidget;

namespace qw {

class PrioritisedEntries;

// Writes the matrix to PNG (at a chosen pixel size), SVG (text stays text, so every entry ID
// can be found in it) or PDF, by rendering a matrix view laid out at that size, off screen.
namespace ChartExport {

enum class Format { Png, Svg, Pdf };

struct Options
{
    QSize size{1280, 800};
    ColourBy colourBy = ColourBy::Quadrant;
    bool sizeByEvidence = false;
    bool presentation = false;
    QString openRegister; // never written over (see ExportTarget)
};

// "1280x720" as a size, if it is one between 320x240 and 10000x10000.
std::optional<QSize> parseSize(const QString &text);

// The format a file name asks for, from its suffix.
std::optional<Format> formatFor(const QString &path);

QImage image(PrioritisedEntries *model, const Options &options);
bool write(PrioritisedEntries *model, const QString &path, const Options &options, QString *error);

// File ▸ Export Chart: asks where (and, for PNG, at what pixel size), writes, and says what
// went wrong if anything did. Returns the path written, or an empty string.
QString exportInteractively(QWidget *parent, PrioritisedEntries *model, Options options, const QString &folder);

} // namespace ChartExport

} // namespace qw
