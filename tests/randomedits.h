#pragma once

// Random edits as lines of an edit script (see EditScript), each one applied to a register as
// it is made, so that only edits that are possible there are made.

#include "actions/editscript.h"
#include "document/registerdocument.h"

#include <QUndoStack>

#include <QRandomGenerator>
#include <QString>

namespace qw::testing {

class RandomEdits final
{
public:
    explicit RandomEdits(quint32 seed) : m_random(seed) {}

    // Makes one random edit on document and returns its line. Undo and redo are among the
    // edits only when asked for.
    QString next(RegisterDocument *document, bool undoRedo)
    {
        while (true) {
            const QString line = candidate(undoRedo);
            // An edit that changes nothing (a score set to what it is) is no step: another.
            const int at = document->undoStack()->index();
            const bool done = EditScript::run(document, line).done == 1;
            if (done && (line == QLatin1String("undo") || line == QLatin1String("redo")
                         || document->undoStack()->index() > at))
                return line;
            if (line.startsWith(QLatin1String("add-entry"))) // numbering follows what exists
                --m_entries;
            else if (line.startsWith(QLatin1String("add-interaction")))
                --m_interactions;
        }
    }

private:
    QString candidate(bool undoRedo)
    {
        const int pick = int(m_random.bounded(undoRedo ? 100 : 90));
        const auto someEntry = [&] { return int(m_random.bounded(m_entries)) + 1; };
        const auto score = [&] { return m_random.bounded(1, 6); };
        if (pick < 30 || m_entries == 0) {
            return QStringLiteral("add-entry title=\"Entry %1\" impact=%2 effort=%3 owner=\"%4\"")
                .arg(++m_entries).arg(score()).arg(score())
                .arg(QLatin1String(m_random.bounded(2) ? "Sam Okoro" : "Ana Lima"));
        }
        if (pick < 55)
            return QStringLiteral("edit-entry %1 impact=%2 effort=%3").arg(someEntry()).arg(score()).arg(score());
        if (pick < 62) {
            return QStringLiteral("edit-entry %1 status=%2")
                .arg(someEntry()).arg(QLatin1String(m_random.bounded(2) ? "in-progress" : "done"));
        }
        if (pick < 66)
            return QStringLiteral("edit-entry %1 title=\"Retitled %2\"").arg(someEntry()).arg(m_random.bounded(1000));
        if (pick < 72)
            return QStringLiteral("remove-entry %1").arg(someEntry());
        if (pick < 81)
            return QStringLiteral("add-interaction ticket=INC%1 score=%2").arg(++m_interactions).arg(score());
        if (pick < 83) // which responses are poor: everything counted from it is counted again
            return QStringLiteral("set-poor 1-5 %1").arg(m_random.bounded(0, 4));
        if (pick < 90 && m_interactions > 0) {
            return QStringLiteral("link %1 %2").arg(m_random.bounded(m_interactions) + 1)
                .arg(m_random.bounded(4) == 0 ? 0 : someEntry());
        }
        if (pick < 90)
            return QStringLiteral("add-interaction ticket=INC%1 score=%2").arg(++m_interactions).arg(score());
        return QLatin1String(m_random.bounded(2) ? "undo" : "redo");
    }

    QRandomGenerator m_random;
    int m_entries = 0;
    int m_interactions = 0;
};

} // namespace qw::testing
