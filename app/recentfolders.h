#pragma once

#include <QString>

// The folder each kind of file dialog was last used in, so that the next one starts there
// rather than in the home folder.
namespace qw::RecentFolders {

enum class Kind { Registers, Imports, Exports };

// The folder to start in: the last one of this kind that still exists, else fallback, else home.
QString start(Kind kind, const QString &fallback = {});
// Remembers the folder of a file just chosen.
void remember(Kind kind, const QString &filePath);

} // namespace qw::RecentFolders
