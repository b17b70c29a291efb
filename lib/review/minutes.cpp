#include "minutes.h"

#include "agenda.h"

#include "document/registerdocument.h"
#include "domain/entryfields.h"
#include "domain/personaldata.h"
#include "io/exporttarget.h"
#include "io/pdfdocument.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QIODevice>
#include <QLocale>
#include <QSet>
#include <QTextDocument>

#include <algorithm>

namespace qw::Minutes {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(qw::Minutes)
};


// What the team wrote, as minutes may show it: one line, e-mail addresses and phone numbers
// masked, Markdown's characters escaped.
QString said(const QString &text)
{
    QString line = PersonalData::masked(text);
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return escaped(line.simplified());
}

QString decisionText(const RegisterDocument::Decision &d)
{
    const auto value = [&](const QString &v) {
        return v.isEmpty() ? Text::tr("none") : said(EntryFields::historyValue(d.field, v));
    };
    if (d.field == QLatin1String("created"))
        return Text::tr("raised");
    if (d.field == QLatin1String("removed"))
        return d.after == QLatin1String("1") ? Text::tr("removed from the register") : Text::tr("put back in the register");
    return Text::tr("%1 %2 → %3").arg(EntryFields::historyFieldName(d.field), value(d.before), value(d.after));
}

QString actionLine(const ActionItem &a, const QHash<qint64, QString> &titles)
{
    QString line = QStringLiteral("**%1**").arg(said(a.text));
    QStringList parts;
    parts.append(a.owner.isEmpty() ? Text::tr("no owner") : said(a.owner));
    parts.append(a.due.isValid() ? Text::tr("due %1").arg(meetingDay(a.due)) : Text::tr("no due date"));
    if (titles.contains(a.entryId))
        parts.append(titles.value(a.entryId));
    if (!a.isOpen())
        parts.append(Text::tr("done %1").arg(meetingDay(a.doneOn)));
    return line + QStringLiteral(" (") + parts.join(QStringLiteral(", ")) + QLatin1Char(')');
}

} // namespace

QString escaped(const QString &text)
{
    // What CommonMark reads as markup anywhere in a line; and, at its start, a list's marker.
    static const QString special = QStringLiteral("\\`*_[]<>#|~");
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool startsList = i == 0 && (c == QLatin1Char('-') || c == QLatin1Char('+'));
        if (special.contains(c) || startsList)
            out.append(QLatin1Char('\\'));
        out.append(c);
        // "1. " or "1) " at the start is an ordered list.
        if (c.isDigit() && i + 1 < text.size() && (text.at(i + 1) == QLatin1Char('.') || text.at(i + 1) == QLatin1Char(')'))
            && std::all_of(text.cbegin(), text.cbegin() + i + 1, [](QChar d) { return d.isDigit(); })) {
            out.append(QLatin1Char('\\'));
        }
    }
    return out;
}

std::optional<QString> compose(const RegisterDocument &document, const Review &review)
{
    // Every part from a whole read, or no minutes.
    const quint64 failures = document.readFailures();
    const auto items = document.reviewItems(review.id);
    const auto decisions = document.reviewDecisions(review);
    const auto actions = document.actionItems();
    const auto reviews = document.reviews();
    if (!items || !decisions || !actions || !reviews)
        return std::nullopt;
    const QList<EntrySummary> summaries = document.entrySummaries();
    QHash<qint64, QString> titles;
    for (const EntrySummary &s : summaries)
        titles.insert(s.id, said(Entry::codeFor(s.id) + QLatin1Char(' ') + s.title));
    const auto titleOf = [&](qint64 id) {
        if (const QString t = titles.value(id); !t.isEmpty())
            return t;
        const auto e = document.entry(id); // removed during the review
        return e ? said(e->code() + QLatin1Char(' ') + e->title) : Entry::codeFor(id);
    };

    QHash<qint64, QList<const RegisterDocument::Decision *>> decided;
    for (const RegisterDocument::Decision &d : *decisions)
        decided[d.entryId].append(&d);
    QHash<qint64, QList<const ActionItem *>> agreed; // entry → actions this review agreed
    QList<const ActionItem *> agreedAll;
    QHash<qint64, const ActionItem *> actionById;
    for (const ActionItem &a : *actions) {
        actionById.insert(a.id, &a);
        if (a.reviewId == review.id) {
            agreed[a.entryId].append(&a);
            agreedAll.append(&a);
        }
    }

    const QDateTime ended = review.endedAt.isValid() ? review.endedAt : QDateTime::currentDateTimeUtc();
    QStringList md;
    md << QStringLiteral("# ") + escaped(QCoreApplication::translate("qw::Minutes", "Minutes of the %1").arg(review.name()));
    md << QString();
    md << Text::tr("**Date:** %1, %2 to %3")
              .arg(meetingDay(review.startedAt.toLocalTime().date()),
                   QLocale().toString(review.startedAt.toLocalTime().time(), QStringLiteral("HH:mm")),
                   QLocale().toString(ended.toLocalTime().time(), QStringLiteral("HH:mm")))
              + QStringLiteral("  ");
    QStringList attendees;
    for (const QString &a : review.attendees)
        attendees.append(said(a));
    md << Text::tr("**Attendees:** %1").arg(attendees.isEmpty() ? Text::tr("none recorded") : attendees.join(QStringLiteral(", ")))
              + QStringLiteral("  ");
    md << Text::tr("**Facilitator:** %1").arg(said(review.facilitator));
    md << QString();

    // Each item walked, by the agenda's part.
    md << QStringLiteral("## ") + Text::tr("Outcomes");
    md << QString();
    QList<const ReviewItem *> notDiscussed;
    QSet<qint64> covered;
    int outcomes = 0;
    AgendaKind part = AgendaKind::Added;
    bool firstPart = true;
    // An entry's decisions and actions go under the item that is about the entry itself, not
    // under an earlier action's item for it (unless the entry has no item of its own).
    QSet<qint64> ownItem;
    for (const ReviewItem &item : *items) {
        if (item.kind != AgendaKind::OpenAction && item.entryId != 0)
            ownItem.insert(item.entryId);
    }
    for (const ReviewItem &item : *items) {
        const bool attach = item.entryId != 0 && !covered.contains(item.entryId)
            && (item.kind != AgendaKind::OpenAction || !ownItem.contains(item.entryId));
        const bool hasDecision = attach && decided.contains(item.entryId);
        const bool hasAction = attach && agreed.contains(item.entryId);
        const ActionItem *action = item.actionId ? actionById.value(item.actionId) : nullptr;
        const bool actionDone = action && !action->isOpen() && action->doneOn >= review.startedAt.toLocalTime().date();
        if (item.skipped || (!item.discussed && !hasDecision && !hasAction && item.note.isEmpty() && !actionDone)) {
            notDiscussed.append(&item);
            continue;
        }
        if (firstPart || item.kind != part) {
            if (!firstPart)
                md << QString();
            md << QStringLiteral("### ") + escaped(agendaKindName(item.kind));
            md << QString();
            part = item.kind;
            firstPart = false;
        }
        ++outcomes;
        md << QStringLiteral("- **%1** (%2)").arg(said(item.title), said(item.detail));
        if (action)
            md << QStringLiteral("  - ") + (action->isOpen() ? Text::tr("Still open.") : Text::tr("Done %1.").arg(meetingDay(action->doneOn)));
        if (hasDecision) {
            QStringList what;
            for (const RegisterDocument::Decision *d : decided.value(item.entryId))
                what.append(decisionText(*d));
            md << QStringLiteral("  - ") + Text::tr("Decided: %1.").arg(what.join(QStringLiteral("; ")));
        }
        if (!item.note.isEmpty())
            md << QStringLiteral("  - ") + Text::tr("Note: %1").arg(said(item.note));
        if (hasAction) {
            for (const ActionItem *a : agreed.value(item.entryId))
                md << QStringLiteral("  - ") + Text::tr("Action: %1").arg(actionLine(*a, titles));
        }
        if (!action && !hasDecision && !hasAction && item.note.isEmpty())
            md << QStringLiteral("  - ") + Text::tr("Discussed; nothing was changed.");
        if (attach)
            covered.insert(item.entryId);
    }
    // Decided on entries that were not on the agenda.
    for (const RegisterDocument::Decision &d : *decisions) {
        if (covered.contains(d.entryId))
            continue;
        if (firstPart || part != AgendaKind::Added) {
            if (!firstPart)
                md << QString();
            md << QStringLiteral("### ") + Text::tr("Also decided");
            md << QString();
            part = AgendaKind::Added;
            firstPart = false;
        }
        QStringList what;
        for (const RegisterDocument::Decision *x : decided.value(d.entryId))
            what.append(decisionText(*x));
        md << QStringLiteral("- **%1**: %2.").arg(titleOf(d.entryId), what.join(QStringLiteral("; ")));
        ++outcomes;
        covered.insert(d.entryId);
    }
    if (outcomes == 0)
        md << Text::tr("Nothing was decided.");
    md << QString();

    md << QStringLiteral("## ") + Text::tr("Not discussed");
    md << QString();
    if (notDiscussed.isEmpty())
        md << Text::tr("Every item was discussed.");
    for (const ReviewItem *item : std::as_const(notDiscussed))
        md << QStringLiteral("- %1 (%2)").arg(said(item->title), escaped(agendaKindName(item->kind)));
    md << QString();

    md << QStringLiteral("## ") + Text::tr("Actions");
    md << QString();
    if (agreedAll.isEmpty())
        md << Text::tr("No action was agreed.");
    for (const ActionItem *a : std::as_const(agreedAll))
        md << QStringLiteral("- ") + actionLine(*a, titles);
    int stillOpen = 0;
    for (const ActionItem &a : *actions)
        stillOpen += a.isOpen() && a.reviewId != review.id ? 1 : 0;
    if (stillOpen > 0)
        md << QString() << Text::tr("%n action(s) of earlier reviews still open.", nullptr, stillOpen);
    md << QString();

    // Movement since the last review: its snapshot against the register as this one ends.
    md << QStringLiteral("## ") + Text::tr("Movement since the last review");
    md << QString();
    const Review *previous = nullptr;
    for (const Review &r : *reviews) {
        if (!r.isRunning() && r.id != review.id && r.startedAt < review.startedAt && r.snapshotId > 0) {
            previous = &r;
            break;
        }
    }
    if (!previous) {
        md << Text::tr("This is the register's first review: there is nothing to compare with.");
    } else {
        QHash<qint64, SnapshotEntry> before;
        for (const SnapshotEntry &e : document.snapshotEntries(previous->snapshotId))
            before.insert(e.entryId, e);
        QStringList lines;
        for (const EntrySummary &s : summaries) {
            const auto it = before.constFind(s.id);
            if (it == before.cend()) {
                lines << QStringLiteral("- ") + Text::tr("%1: new, impact %2, effort %3, %4")
                                                    .arg(titles.value(s.id)).arg(s.impact).arg(s.effort)
                                                    .arg(statusName(s.status));
                continue;
            }
            QStringList moved;
            if (it->impact != s.impact || it->effort != s.effort)
                moved << Text::tr("impact %1 → %2, effort %3 → %4").arg(it->impact).arg(s.impact).arg(it->effort).arg(s.effort);
            if (it->status != s.status)
                moved << Text::tr("%1 → %2").arg(statusName(it->status), statusName(s.status));
            if (!moved.isEmpty())
                lines << QStringLiteral("- %1: %2").arg(titles.value(s.id), moved.join(QStringLiteral("; ")));
            before.erase(it);
        }
        for (const SnapshotEntry &gone : std::as_const(before))
            lines << QStringLiteral("- ") + Text::tr("%1: removed from the register").arg(said(Entry::codeFor(gone.entryId) + QLatin1Char(' ') + gone.title));
        md << Text::tr("Since the %1:").arg(previous->name());
        md << QString();
        if (lines.isEmpty())
            md << Text::tr("No entry moved.");
        md << lines;
    }
    md << QString();

    md << QStringLiteral("## ") + Text::tr("Verdicts");
    md << QString();
    int verdicts = 0;
    for (const EntrySummary &s : summaries) {
        if (s.status != Status::Done && s.status != Status::Verified)
            continue;
        const auto e = document.entry(s.id);
        if (!e || !e->doneOn.isValid() || e->doneOn.daysTo(ended.toLocalTime().date()) > 365)
            continue;
        md << QStringLiteral("- %1 (%2): %3").arg(titles.value(s.id), statusName(s.status),
                                                  escaped(Agenda::verdictText(document.beforeAfter(*e))));
        ++verdicts;
    }
    if (verdicts == 0)
        md << Text::tr("No improvement was done in the last year.");
    md << QString();
    if (document.readFailures() != failures)
        return std::nullopt;
    return md.join(QLatin1Char('\n'));
}

QString toHtml(const QString &markdown, const QString &title)
{
    QTextDocument text;
    text.setMarkdown(markdown);
    text.setMetaInformation(QTextDocument::DocumentTitle, title);
    return text.toHtml();
}

bool writePdf(const QString &markdown, const QString &title, QIODevice *out, QString *error)
{
    QTextDocument text;
    text.setMarkdown(markdown);
    return PdfDocument::write(text, title, out, error);
}

bool save(const QString &markdown, const QString &title, const QString &path, const QString &openRegister,
          QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("md") && suffix != QLatin1String("html") && suffix != QLatin1String("htm")
        && suffix != QLatin1String("pdf")) {
        *error = QCoreApplication::translate("qw::Minutes", "“%1” does not end in .pdf, .md or .html, so QuickWins cannot "
                                                            "tell which kind of minutes to write.").arg(path);
        return false;
    }
    return ExportTarget::save(path, openRegister, [&](QIODevice *out, QString *detail) {
        if (suffix == QLatin1String("pdf"))
            return writePdf(markdown, title, out, detail);
        const QByteArray bytes = (suffix == QLatin1String("md") ? markdown : toHtml(markdown, title)).toUtf8();
        if (out->write(bytes) != bytes.size()) {
            *detail = out->errorString();
            return false;
        }
        return true;
    }, error);
}

} // namespace qw::Minutes
