#include "importcommands.h"

#include <QCoreApplication>
#include <QLocale>
#include <QUndoStack>

namespace qw {

namespace {

QString importName(const ImportRecord &record)
{
    return QCoreApplication::translate("qw::Commands", "Import of ‘%1’ (%n response(s))", nullptr,
                                       record.added + record.updated)
        .arg(record.fileName);
}

} // namespace

ImportCommand::ImportCommand(RegisterDocument *document, const ImportRecord &record, QUndoCommand *parent)
    : QUndoCommand(importName(record), parent), m_document(document), m_importId(record.id)
{
}

void ImportCommand::pushDone(RegisterDocument *document, const ImportRecord &record)
{
    document->undoStack()->push(new ImportCommand(document, record));
}

void ImportCommand::redo()
{
    if (std::exchange(m_done, false))
        return;
    if (!m_document->setImportInRegister(m_importId, true))
        setObsolete(true);
}

void ImportCommand::undo()
{
    if (!m_document->setImportInRegister(m_importId, false))
        setObsolete(true);
}

RemoveImportCommand::RemoveImportCommand(RegisterDocument *document, const ImportRecord &record, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("qw::Commands", "Remove Import of ‘%1’").arg(record.fileName), parent),
      m_document(document), m_importId(record.id)
{
}

void RemoveImportCommand::redo()
{
    if (!m_document->setImportInRegister(m_importId, false, &m_keptChanged))
        setObsolete(true);
}

void RemoveImportCommand::undo()
{
    if (!m_document->setImportInRegister(m_importId, true))
        setObsolete(true);
}

SetPoorRuleCommand::SetPoorRuleCommand(RegisterDocument *document, const PoorRule &rule, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("qw::Commands", "Change Which Responses Are Poor"), parent),
      m_document(document), m_before(document->poorRule()), m_after(rule)
{
}

void SetPoorRuleCommand::redo()
{
    if (!m_document->setPoorRule(m_after))
        setObsolete(true);
}

void SetPoorRuleCommand::undo()
{
    if (!m_document->setPoorRule(m_before))
        setObsolete(true);
}

} // namespace qw
