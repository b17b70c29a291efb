#include "editscript.h"

#include "actions/registeractions.h"
#include "document/registerdocument.h"

#include <QCoreApplication>
#include <QHash>
#include <QProcess>
#include <QUndoStack>

#include <optional>

namespace qw::EditScript {

namespace {

struct ScriptText
{
    Q_DECLARE_TR_FUNCTIONS(EditScript)
};

const char *const statusKeys[] = {"proposed", "approved", "in-progress", "done", "verified", "deferred", "rejected"};
const char *const categoryKeys[] = {"people", "process", "technology", "partner"};

template<typename Enum, std::size_t N>
std::optional<Enum> fromKey(const QString &value, const char *const (&keys)[N])
{
    for (std::size_t i = 0; i < N; ++i) {
        if (value == QLatin1String(keys[i]))
            return Enum(i);
    }
    return std::nullopt;
}

std::optional<int> score(const QString &value, int low, int high)
{
    bool ok = false;
    const int v = value.toInt(&ok);
    return ok && v >= low && v <= high ? std::optional<int>(v) : std::nullopt;
}

// FIELD=VALUE split in two; false when there is no field name before an equals sign.
bool split(const QString &assignment, QString *field, QString *value)
{
    const qsizetype eq = assignment.indexOf(QLatin1Char('='));
    if (eq <= 0)
        return false;
    *field = assignment.left(eq);
    *value = assignment.mid(eq + 1);
    return true;
}

// Applies FIELD=VALUE to an entry; an error sentence when it cannot.
QString setField(Entry *entry, const QString &assignment)
{
    QString field;
    QString value;
    if (!split(assignment, &field, &value))
        return ScriptText::tr("“%1” is not FIELD=VALUE").arg(assignment);
    QString *text = field == QLatin1String("title") ? &entry->title
        : field == QLatin1String("description")     ? &entry->description
        : field == QLatin1String("cause")           ? &entry->cause
        : field == QLatin1String("service")         ? &entry->service
        : field == QLatin1String("owner")           ? &entry->owner
        : field == QLatin1String("notes")           ? &entry->notes
                                                    : nullptr;
    if (text) {
        *text = value;
        return {};
    }
    if (field == QLatin1String("impact") || field == QLatin1String("effort")) {
        const auto v = score(value, 1, 5);
        if (!v)
            return ScriptText::tr("%1 is 1 to 5, not “%2”").arg(field, value);
        (field == QLatin1String("impact") ? entry->impact : entry->effort) = *v;
        entry->stored.invalid &= quint8(~(field == QLatin1String("impact") ? StoredValues::Impact : StoredValues::Effort));
        return {};
    }
    if (field == QLatin1String("status")) {
        const auto status = fromKey<Status>(value, statusKeys);
        if (!status)
            return ScriptText::tr("“%1” is not a status").arg(value);
        entry->status = *status;
        entry->stored.invalid &= quint8(~StoredValues::Status);
        return {}; // (done means done today: a rule of RegisterActions)
    }
    if (field == QLatin1String("target")) {
        const QDate date = value.isEmpty() ? QDate() : QDate::fromString(value, Qt::ISODate);
        if (!value.isEmpty() && !date.isValid())
            return ScriptText::tr("target is a date YYYY-MM-DD (or empty), not “%1”").arg(value);
        entry->targetOn = date;
        return {};
    }
    if (field == QLatin1String("category")) {
        const auto category = fromKey<Category>(value, categoryKeys);
        if (!category)
            return ScriptText::tr("“%1” is not a category").arg(value);
        entry->category = *category;
        entry->stored.invalid &= quint8(~StoredValues::Category);
        return {};
    }
    return ScriptText::tr("“%1” is not a field of an entry").arg(field);
}

QString setField(Interaction *interaction, const QString &assignment)
{
    QString field;
    QString value;
    if (!split(assignment, &field, &value))
        return ScriptText::tr("“%1” is not FIELD=VALUE").arg(assignment);
    if (field == QLatin1String("ticket")) {
        interaction->ticket = value;
    } else if (field == QLatin1String("service")) {
        interaction->service = value;
    } else if (field == QLatin1String("comment")) {
        interaction->comment = value;
    } else if (field == QLatin1String("score")) {
        const auto v = score(value, 1, 5);
        if (!v)
            return ScriptText::tr("score is 1 to 5, not “%1”").arg(value);
        interaction->score = *v;
    } else if (field == QLatin1String("date")) {
        const QDateTime when = QDateTime::fromString(value, Qt::ISODate);
        if (!when.isValid())
            return ScriptText::tr("“%1” is not an ISO date").arg(value);
        interaction->occurredAt = when;
    } else {
        return ScriptText::tr("“%1” is not a field of an interaction").arg(field);
    }
    return {};
}

// Where a quote opens that is never closed (QProcess::splitCommand's rules: "" inside quotes is
// one quote), or -1.
qsizetype unclosedQuote(const QString &line)
{
    qsizetype open = -1;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line.at(i) != QLatin1Char('"'))
            continue;
        if (open < 0) {
            open = i;
        } else if (i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
            ++i; // a doubled quote inside quotes
        } else {
            open = -1;
        }
    }
    return open;
}

// An entry's number, or its ID as people see it (CI-0042).
std::optional<qint64> id(const QString &text)
{
    bool ok = false;
    const qint64 v = (text.startsWith(QLatin1String("CI-"), Qt::CaseInsensitive) ? text.mid(3) : text).toLongLong(&ok);
    return ok && v >= 0 ? std::optional<qint64>(v) : std::nullopt;
}

} // namespace

Result run(RegisterDocument *document, const QString &script, const std::function<void(int line)> &done)
{
    const QStringList lines = script.split(QLatin1Char('\n'));
    qsizetype next = 0;
    return run(document, [&](QString *line) {
        if (next >= lines.size())
            return false;
        *line = lines.at(next++);
        return true;
    }, done);
}

Result run(RegisterDocument *document, const std::function<bool(QString *line)> &nextLine,
           const std::function<void(int line)> &done)
{
    Result result;
    QString failure;
    const auto connection = QObject::connect(document, &RegisterDocument::errorOccurred,
                                             [&](const QString &message) { failure = message; });
    QUndoStack *stack = document->undoStack();
    RegisterActions actions(document);
    QString text;
    for (qsizetype n = 0; result.error.isEmpty() && nextLine(&text); ++n) {
        const QString line = text.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        // A quote never closed would swallow the rest of the line and the edit be made with
        // defaults: the line is refused instead.
        if (const qsizetype open = unclosedQuote(line); open >= 0) {
            result.line = int(n + 1);
            result.error = ScriptText::tr("the quote at column %1 is never closed").arg(open + 1);
            break;
        }
        const QStringList words = QProcess::splitCommand(line);
        const QString verb = words.value(0);
        QString error;
        failure.clear();
        const auto entryAt = [&](int word) -> std::optional<Entry> {
            const auto entryId = id(words.value(word));
            const auto entry = entryId && document->isInRegister(*entryId) ? document->entry(*entryId) : std::nullopt;
            if (!entry)
                error = ScriptText::tr("there is no entry “%1”").arg(words.value(word));
            return entry;
        };
        if (verb == QLatin1String("add-entry") || verb == QLatin1String("edit-entry")) {
            const bool adding = verb == QLatin1String("add-entry");
            std::optional<Entry> before = adding ? std::optional<Entry>(actions.draftEntry()) : entryAt(1);
            if (before) {
                Entry after = *before;
                for (qsizetype w = adding ? 1 : 2; w < words.size() && error.isEmpty(); ++w)
                    error = setField(&after, words.at(w));
                if (error.isEmpty() && after.title.trimmed().isEmpty())
                    error = ScriptText::tr("an entry needs a title");
                if (error.isEmpty() && adding)
                    actions.addEntry(after);
                else if (error.isEmpty())
                    actions.editEntry(*before, after);
            }
        } else if (verb == QLatin1String("remove-entry")) {
            if (const auto entry = entryAt(1))
                actions.removeEntry(entry->id);
        } else if (verb == QLatin1String("add-interaction")) {
            Interaction interaction;
            interaction.occurredAt = QDateTime::currentDateTime();
            interaction.score = 1;
            for (qsizetype w = 1; w < words.size() && error.isEmpty(); ++w)
                error = setField(&interaction, words.at(w));
            if (error.isEmpty())
                actions.logInteraction(interaction);
        } else if (verb == QLatin1String("link")) {
            const auto interactionId = id(words.value(1));
            const auto entryId = id(words.value(2));
            if (!interactionId || !document->interaction(*interactionId))
                error = ScriptText::tr("there is no interaction “%1”").arg(words.value(1));
            else if (!entryId || (*entryId != 0 && !document->isInRegister(*entryId)))
                error = ScriptText::tr("there is no entry “%1”").arg(words.value(2));
            else
                actions.link({*interactionId}, *entryId);
        } else if (verb == QLatin1String("set-poor")) {
            // set-poor SCALE UPTO: the responses up to UPTO on SCALE are poor (-1 or below the scale: none).
            const std::optional<SatisfactionScale> scale = scaleFromKey(words.value(1));
            bool ok = false;
            const int upTo = words.value(2).toInt(&ok);
            if (!scale)
                error = ScriptText::tr("“%1” is not a scale (1-5, 1-10, 0-10, 0-3, bad-good, unhappy-happy)").arg(words.value(1));
            else if (!ok || upTo < scaleMinimum(*scale) - 1 || upTo > scaleMaximum(*scale))
                error = ScriptText::tr("“%1” is not a point of the scale %2").arg(words.value(2), scaleName(*scale));
            else {
                PoorRule rule = document->poorRule();
                rule.setPoorUpTo(*scale, upTo);
                actions.setPoorRule(rule);
            }
        } else if (verb == QLatin1String("review-start")) {
            QStringList attendees;
            for (qsizetype w = 1; w < words.size() && error.isEmpty(); ++w) {
                QString field, value;
                if (!split(words.at(w), &field, &value) || field != QLatin1String("attendees"))
                    error = ScriptText::tr("“%1” is not attendees=\"A; B\"").arg(words.at(w));
                else
                    attendees += value.split(QLatin1Char(';'), Qt::SkipEmptyParts);
            }
            if (error.isEmpty() && document->runningReview())
                error = ScriptText::tr("a review is running already; end it with review-end");
            else if (error.isEmpty()) {
                // The agenda's new evidence is triage's causes: found first if they never were.
                if (!document->hasFoundCauses()) {
                    QString findError;
                    auto found = document->findCauses({}, nullptr, &findError);
                    if (!found)
                        error = ScriptText::tr("the causes in triage could not be found: %1").arg(findError);
                    else if (!document->applyFoundCauses(*found))
                        error = failure.isEmpty() ? ScriptText::tr("the causes in triage could not be written") : failure;
                }
                if (error.isEmpty())
                    actions.startReview(attendees);
            }
        } else if (verb == QLatin1String("review-decide") || verb == QLatin1String("review-note")
                   || verb == QLatin1String("action-add")) {
            const bool review = verb != QLatin1String("action-add");
            if (review && !document->runningReview())
                error = ScriptText::tr("no review is running; start one with review-start");
            const std::optional<Entry> before = error.isEmpty() ? entryAt(1) : std::nullopt;
            if (before && verb == QLatin1String("review-decide")) {
                Entry after = *before;
                for (qsizetype w = 2; w < words.size() && error.isEmpty(); ++w)
                    error = setField(&after, words.at(w));
                if (error.isEmpty() && words.size() < 3)
                    error = ScriptText::tr("review-decide needs FIELD=VALUE after the entry");
                if (error.isEmpty() && actions.editEntry(*before, after)) {
                    if (const auto position = actions.reviewItemFor(before->id))
                        actions.markDiscussed(*position);
                }
            } else if (before) {
                QHash<QString, QString> values;
                const QStringList allowed = review ? QStringList{QStringLiteral("text")}
                                                   : QStringList{QStringLiteral("text"), QStringLiteral("owner"),
                                                                 QStringLiteral("due")};
                for (qsizetype w = 2; w < words.size() && error.isEmpty(); ++w) {
                    QString field, value;
                    if (!split(words.at(w), &field, &value) || !allowed.contains(field))
                        error = ScriptText::tr("“%1” is not one of %2=VALUE").arg(words.at(w), allowed.join(QLatin1Char('|')));
                    else
                        values.insert(field, value);
                }
                QDate due;
                if (error.isEmpty() && values.contains(QStringLiteral("due"))) {
                    due = QDate::fromString(values.value(QStringLiteral("due")), Qt::ISODate);
                    if (!due.isValid())
                        error = ScriptText::tr("“%1” is not a date YYYY-MM-DD").arg(values.value(QStringLiteral("due")));
                }
                if (error.isEmpty() && values.value(QStringLiteral("text")).trimmed().isEmpty())
                    error = ScriptText::tr("%1 needs text=…").arg(verb);
                if (error.isEmpty() && review) {
                    if (const auto position = actions.reviewItemFor(before->id))
                        actions.noteReviewItem(*position, values.value(QStringLiteral("text")));
                } else if (error.isEmpty()) {
                    if (actions.addAction(before->id, values.value(QStringLiteral("text")),
                                          values.value(QStringLiteral("owner")), due)
                        && document->runningReview()) {
                        if (const auto position = actions.reviewItemFor(before->id))
                            actions.markDiscussed(*position);
                    }
                }
            }
        } else if (verb == QLatin1String("action-done")) {
            bool ok = false;
            const qint64 actionId = words.value(1).toLongLong(&ok);
            if (!ok || !document->actionItem(actionId))
                error = ScriptText::tr("there is no action “%1”").arg(words.value(1));
            else
                actions.setActionDone(actionId, true);
        } else if (verb == QLatin1String("review-end")) {
            if (!document->runningReview())
                error = ScriptText::tr("no review is running");
            else
                actions.endReview();
        } else if (verb == QLatin1String("undo") || verb == QLatin1String("redo")) {
            const bool undo = verb == QLatin1String("undo");
            if (undo ? !stack->canUndo() : !stack->canRedo())
                error = undo ? ScriptText::tr("there is nothing to undo") : ScriptText::tr("there is nothing to redo");
            else if (undo)
                stack->undo();
            else
                stack->redo();
        } else {
            error = ScriptText::tr("“%1” is not an edit; see --help").arg(verb);
        }
        if (error.isEmpty())
            error = failure;
        if (!error.isEmpty()) {
            result.line = int(n + 1);
            result.error = error;
        } else {
            ++result.done;
            if (done)
                done(int(n + 1));
        }
    }
    QObject::disconnect(connection);
    return result;
}

} // namespace qw::EditScript
