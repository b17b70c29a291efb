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
    : RegisterCommand(document, parent), m_importId(record.id)
{
    setText(importName(record));
}

void ImportCommand::pushDone(RegisterDocument *document, const ImportRecord &record)
{
    document->undoStack()->push(new ImportCommand(document, record));
}

bool ImportCommand::apply()
{
    if (std::exchange(m_done, false))
        return true; // made before it was pushed
    return m_document->setImportInRegister(m_importId, true);
}

bool ImportCommand::revert()
{
    return m_document->setImportInRegister(m_importId, false);
}

RemoveImportCommand::RemoveImportCommand(RegisterDocument *document, const ImportRecord &record, QUndoCommand *parent)
    : RegisterCommand(document, parent), m_importId(record.id)
{
    setText(QCoreApplication::translate("qw::Commands", "Remove Import of ‘%1’").arg(record.fileName));
}

bool RemoveImportCommand::apply()
{
    return m_document->setImportInRegister(m_importId, false, &m_keptChanged);
}

bool RemoveImportCommand::revert()
{
    return m_document->setImportInRegister(m_importId, true);
}

SetPoorRuleCommand::SetPoorRuleCommand(RegisterDocument *document, const PoorRule &rule, QUndoCommand *parent)
    : RegisterCommand(document, parent), m_before(document->poorRule()), m_after(rule)
{
    setText(QCoreApplication::translate("qw::Commands", "Change Which Responses Are Poor"));
}

bool SetPoorRuleCommand::apply()
{
    return m_document->setPoorRule(m_after);
}

bool SetPoorRuleCommand::revert()
{
    return m_document->setPoorRule(m_before);
}

} // namespace qw
