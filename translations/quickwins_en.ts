<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CauseCommands</name>
    <message numerus="yes">
        <source>Merge %n cause(s) into “%1”</source>
        <translation>
            <numerusform>Merge %n cause into “%1”</numerusform>
            <numerusform>Merge %n causes into “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n response(s) to “%1”</source>
        <translation>
            <numerusform>Move %n response to “%1”</numerusform>
            <numerusform>Move %n responses to “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take %n response(s) out of their cause</source>
        <translation>
            <numerusform>Take %n response out of their cause</numerusform>
            <numerusform>Take %n responses out of their cause</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message numerus="yes">
        <source>channel “%1” (%n row(s)) was not recognised and recorded as unknown</source>
        <translation>
            <numerusform>channel “%1” (%n row) was not recognised and recorded as unknown</numerusform>
            <numerusform>channel “%1” (%n rows) was not recognised and recorded as unknown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InteractionCommands</name>
    <message numerus="yes">
        <source>Link %n interaction(s) to %1</source>
        <translation>
            <numerusform>Link %n interaction to %1</numerusform>
            <numerusform>Link %n interactions to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unlink %n interaction(s)</source>
        <translation>
            <numerusform>Unlink %n interaction</numerusform>
            <numerusform>Unlink %n interactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n interaction(s)</source>
        <translation>
            <numerusform>Remove %n interaction</numerusform>
            <numerusform>Remove %n interactions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatrixLayout</name>
    <message numerus="yes">
        <source>%1 + %n more</source>
        <translation>
            <numerusform>%1 + %n more</numerusform>
            <numerusform>%1 + %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterActions</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n poor response(s) say “%1” (%2)</source>
        <translation>
            <numerusform>%n poor response says “%1” (%2)</numerusform>
            <numerusform>%n poor responses say “%1” (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message numerus="yes">
        <source>quickwins: %n row(s) rejected, so nothing was imported; --skip-bad-rows imports the rest.</source>
        <translation>
            <numerusform>quickwins: %n row rejected, so nothing was imported; --skip-bad-rows imports the rest.</numerusform>
            <numerusform>quickwins: %n rows rejected, so nothing was imported; --skip-bad-rows imports the rest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>quickwins: %n response(s) changed again since that import kept their newer values.</source>
        <translation>
            <numerusform>quickwins: %n response changed again since that import kept their newer values.</numerusform>
            <numerusform>quickwins: %n responses changed again since that import kept their newer values.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %1 to %2: %n entries, with every interaction, history, snapshot, review and import.</source>
        <translation>
            <numerusform>Copied %1 to %2: %n entry, with every interaction, history, snapshot, review and import.</numerusform>
            <numerusform>Copied %1 to %2: %n entries, with every interaction, history, snapshot, review and import.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qw::ActionsView</name>
    <message numerus="yes">
        <source>%n open action(s)</source>
        <translation>
            <numerusform>%n open action</numerusform>
            <numerusform>%n open actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n overdue</numerusform>
            <numerusform>, %n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qw::Agenda</name>
    <message numerus="yes">
        <source>unchanged for %n reviews</source>
        <translation>
            <numerusform>unchanged for %n review</numerusform>
            <numerusform>unchanged for %n reviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>unchanged for %n days</source>
        <translation>
            <numerusform>unchanged for %n day</numerusform>
            <numerusform>unchanged for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n poor responses since the last review</source>
        <translation>
            <numerusform>+%n poor response since the last review</numerusform>
            <numerusform>+%n poor responses since the last review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n poor responses in the last 30 days</source>
        <translation>
            <numerusform>%n poor response in the last 30 days</numerusform>
            <numerusform>%n poor responses in the last 30 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in all</source>
        <translation>
            <numerusform>%n in all</numerusform>
            <numerusform>%n in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more new entries</source>
        <translation>
            <numerusform>%n more new entry</numerusform>
            <numerusform>%n more new entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more quick wins not started</source>
        <translation>
            <numerusform>%n more quick win not started</numerusform>
            <numerusform>%n more quick wins not started</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more stale entries</source>
        <translation>
            <numerusform>%n more stale entry</numerusform>
            <numerusform>%n more stale entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more done entries to verify</source>
        <translation>
            <numerusform>%n more done entry to verify</numerusform>
            <numerusform>%n more done entries to verify</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qw::Commands</name>
    <message numerus="yes">
        <source>Import of ‘%1’ (%n response(s))</source>
        <translation>
            <numerusform>Import of ‘%1’ (%n response)</numerusform>
            <numerusform>Import of ‘%1’ (%n responses)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qw::ImportHistoryDialog</name>
    <message numerus="yes">
        <source>%n response(s) changed again since that import kept their newer values.</source>
        <translation>
            <numerusform>%n response changed again since that import kept their newer values.</numerusform>
            <numerusform>%n responses changed again since that import kept their newer values.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qw::MainWindow</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries shown</source>
        <translation>
            <numerusform>%1 of %n entry shown</numerusform>
            <numerusform>%1 of %n entries shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interactions</source>
        <translation>
            <numerusform>%n interaction</numerusform>
            <numerusform>%n interactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n entries hold values written outside QuickWins&lt;/b&gt; (%1). They are marked ⚠ in the list, and one whose impact or effort is out of range is not on the matrix: open it to choose its values.</source>
        <translation>
            <numerusform>&lt;b&gt;%n entry holds values written outside QuickWins&lt;/b&gt; (%1). It is marked ⚠ in the list, and if its impact or effort is out of range it is not on the matrix: open it to choose its values.</numerusform>
            <numerusform>&lt;b&gt;%n entries hold values written outside QuickWins&lt;/b&gt; (%1). They are marked ⚠ in the list, and one whose impact or effort is out of range is not on the matrix: open it to choose its values.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 changed %n entries at %2</source>
        <translation>
            <numerusform>%1 changed %n entry at %2</numerusform>
            <numerusform>%1 changed %n entries at %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 added %n interactions at %2</source>
        <translation>
            <numerusform>%1 added %n interaction at %2</numerusform>
            <numerusform>%1 added %n interactions at %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qw::MatrixView</name>
    <message numerus="yes">
        <source>#%1  %2  %3
%4 · impact %5, effort %6 · %7 · %n linked interaction(s)</source>
        <translation>
            <numerusform>#%1  %2  %3
%4 · impact %5, effort %6 · %7 · %n linked interaction</numerusform>
            <numerusform>#%1  %2  %3
%4 · impact %5, effort %6 · %7 · %n linked interactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries scored impact %1, effort %2: click to list them</source>
        <translation>
            <numerusform>%n entry scored impact %1, effort %2: click to list it</numerusform>
            <numerusform>%n entries scored impact %1, effort %2: click to list them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entries</source>
        <translation>
            <numerusform>%1: %n entry</numerusform>
            <numerusform>%1: %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Key: %n entries</source>
        <translation>
            <numerusform>Key: %n entry</numerusform>
            <numerusform>Key: %n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qw::Minutes</name>
    <message numerus="yes">
        <source>%n action(s) of earlier reviews still open.</source>
        <translation>
            <numerusform>%n action of earlier reviews still open.</numerusform>
            <numerusform>%n actions of earlier reviews still open.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qw::PastReviewsDialog</name>
    <message numerus="yes">
        <source>Review of %1 (number %2)
%n attendee(s)</source>
        <translation>
            <numerusform>Review of %1 (number %2)
%n attendee</numerusform>
            <numerusform>Review of %1 (number %2)
%n attendees</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qw::Report</name>
    <message numerus="yes">
        <source>%n interaction(s) as evidence</source>
        <translation>
            <numerusform>%n interaction as evidence</numerusform>
            <numerusform>%n interactions as evidence</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n decision</numerusform>
            <numerusform>%n decisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) agreed</source>
        <translation>
            <numerusform>%n action agreed</numerusform>
            <numerusform>%n actions agreed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qw::ReviewPanel</name>
    <message numerus="yes">
        <source>%n interaction(s) linked as evidence</source>
        <translation>
            <numerusform>%n interaction linked as evidence</numerusform>
            <numerusform>%n interactions linked as evidence</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n min</source>
        <translation>
            <numerusform>%1 of %n min</numerusform>
            <numerusform>%1 of %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>End the %1? %2 of %n item(s) were discussed; the others go in the minutes as not discussed. A snapshot is taken, and the minutes are written.</source>
        <translation>
            <numerusform>End the %1? %2 of %n item was discussed; the others go in the minutes as not discussed. A snapshot is taken, and the minutes are written.</numerusform>
            <numerusform>End the %1? %2 of %n items were discussed; the others go in the minutes as not discussed. A snapshot is taken, and the minutes are written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qw::ServerProbe</name>
    <message numerus="yes">
        <source>it has not answered for %n seconds</source>
        <translation>
            <numerusform>it has not answered for %n second</numerusform>
            <numerusform>it has not answered for %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qw::TriageModel</name>
    <message numerus="yes">
        <source>%n poor response(s) linked to no entry that no cause holds: without a reason or comment, taken out of their cause, or saying something no other says.</source>
        <translation>
            <numerusform>%n poor response linked to no entry that no cause holds: without a reason or comment, taken out of their cause, or saying something no other says.</numerusform>
            <numerusform>%n poor responses linked to no entry that no cause holds: without a reason or comment, taken out of their cause, or saying something no other says.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 and %n more</source>
        <translation>
            <numerusform>%1, %2 and %n more</numerusform>
            <numerusform>%1, %2 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qw::TriageView</name>
    <message numerus="yes">
        <source>Finding causes in what %n poor response(s) say…</source>
        <translation>
            <numerusform>Finding causes in what %n poor response says…</numerusform>
            <numerusform>Finding causes in what %n poor responses say…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 poor responses linked to no entry, in %n cause(s)</source>
        <translation>
            <numerusform>%1 poor responses linked to no entry, in %n cause</numerusform>
            <numerusform>%1 poor responses linked to no entry, in %n causes</numerusform>
        </translation>
    </message>
</context>
</TS>
