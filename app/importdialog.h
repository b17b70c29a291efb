#pragma once

#include "io/interactionimport.h"

#include <QByteArray>
#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QTableWidget;

namespace qw {

class RegisterDocument;

// Import ▸ the wizard: shows what an export holds before anything is written (the encoding,
// delimiter or sheet and the tool recognised, the scale and which of its points are poor, the
// column of each field and the columns left unused, the first rows as they will be imported,
// how many are new, updated or already there, every rejected row with its line), lets the
// person correct the mapping, the encoding and the date order, then imports in one
// transaction on a thread of its own, with progress and Cancel.
class ImportDialog final : public QDialog
{
    Q_OBJECT
public:
    // The import is made through document (the window's): one step of its undo history.
    ImportDialog(RegisterDocument *document, QWidget *parent = nullptr);

    // Loads an export (also used by tests instead of the file dialog).
    bool loadFile(const QString &path);
    const ImportReport &lastReport() const { return m_report; }
    // Imports; true when something was written.
    bool importNow();
    // Hide Personal Data is on: the preview masks customers and their data.
    void setPersonalDataHidden();

private:
    void chooseFile();
    void refreshPreview();
    ImportOptions options() const;

    RegisterDocument *m_document;
    ImportInput m_input;
    struct Counts { int added = 0; int updated = 0; int unchanged = 0; } m_counts;
    QStringList m_header;
    ImportReport m_report;
    QLabel *m_file;
    QLabel *m_summary;
    QHash<ImportField, QComboBox *> m_fields;
    QComboBox *m_dateOrder;
    QComboBox *m_encoding;
    QCheckBox *m_poorOnly;
    QCheckBox *m_skipBadRows;
    QTableWidget *m_preview;
    QListWidget *m_problems;
    QDialogButtonBox *m_buttons;
    bool m_personalDataHidden = false;
};

} // namespace qw
