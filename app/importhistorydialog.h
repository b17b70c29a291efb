#pragma once

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace qw {

class RegisterDocument;

// File ▸ Import History: every import made into the register (when, file, source, encoding,
// who, and how many responses it added and updated), and Remove Import, which takes one
// import's responses out again (undoably: Edit ▸ Undo puts them back).
class ImportHistoryDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ImportHistoryDialog(RegisterDocument *document, QWidget *parent = nullptr);

private:
    void refresh();
    void removeSelected();

    RegisterDocument *m_document;
    QTableWidget *m_table;
    QPushButton *m_remove;
};

} // namespace qw
