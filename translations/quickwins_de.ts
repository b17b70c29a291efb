<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>EntryCommands</name>
    <message>
        <source>New entry “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entry “%1” from interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescore %1 (impact %2, effort %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InteractionCommands</name>
    <message>
        <source>Log interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Link %n interaction(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unlink %n interaction(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterDatabase</name>
    <message>
        <source>“%1” is a folder, not a QuickWins register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is an empty file, not a QuickWins register. It was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read: you do not have permission to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a QuickWins register. It was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a database of another program, not a QuickWins register. It was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” does not exist, so the register cannot be created there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” looks like a QuickWins register but cannot be read; it may be damaged or incomplete. It was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of QuickWins (register format %2; this version understands up to format %3). It was not opened and not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs an upgrade to be opened by this version, but it is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be prepared for use: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy cannot replace the register it is made from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” exists and cannot be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be written to “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>QuickWins keeps a continuous-improvement register for an IT service desk: poor interactions, the improvements they call for, and an impact/effort matrix that puts the quick wins first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the register FILE (created if it does not exist) instead of the default register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the register, if it is empty, with a demonstration scenario of an IT service desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the language CODE (for example de) instead of the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the main window offscreen to the PNG file OUT, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of the screenshot in pixels (default 1280x800).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument “%1”; see --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size “%1” is not of the form WxH, such as 1280x800.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demonstration data could not be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screenshot could not be written to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::Category</name>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner/supplier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::Channel</name>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::DateEdits</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::EntryDialog</name>
    <message>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be improved, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underlying &amp;cause:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ITIL &amp;practice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Raised by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date raised:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;rget date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date do&amp;ne:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpected benefit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry needs a title, an impact and an effort.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::EntryModel</name>
    <message>
        <source>%1 %2
%3: impact %4, effort %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority rank, the same number as on the matrix, in the colour of its quadrant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poor interactions linked to the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::InteractionDialog</name>
    <message>
        <source>Log a poor interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. INC0012345</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tic&amp;ket:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey sca&amp;le:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction sc&amp;ore:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason given:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer co&amp;mment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or e-mail (personal data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;peat contact: not fixed the first time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No score given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (poor)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::InteractionModel</name>
    <message>
        <source>no score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (poor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::LinkDialog</name>
    <message>
        <source>Link to entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of an ID or title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::MainWindow</name>
    <message>
        <source>QuickWins registers (*.qwr);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log Interaction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Entry &amp;from Interaction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lin&amp;k to Entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Entr&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide Personal Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide customers&apos; names and e-mail addresses, for sharing the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About QuickWins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About QuickWins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;QuickWins %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A continuous-improvement register for IT service desks: every poor interaction becomes evidence, every improvement is scored on impact and effort, and the quick wins come first.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – QuickWins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; You may look at “%1” but not change it: the file or its folder is write-protected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interactions</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Removed %1. Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n interaction(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>QuickWins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists. A new register needs a new file name; to use the existing one, open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::MatrixView</name>
    <message>
        <source>Effort  (low → high)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact  (low → high)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>#%1  %2  %3
%4 · impact %5, effort %6 · %7 · %n linked interaction(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qw::Practice</name>
    <message>
        <source>Incident management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change enablement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service request management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring and event management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT asset management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship management</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::Quadrant</name>
    <message>
        <source>Quick wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thankless tasks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::RegisterDocument</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This register is open read-only, so the change was not made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved, so the register was left as it was. The database said: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::Satisfaction</name>
    <message>
        <source>1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 to 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad / good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unhappy / neutral / happy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unhappy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>happy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::Schema</name>
    <message>
        <source>Upgrading the register to format %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::Score</name>
    <message>
        <source>A few customers, rarely; a minor annoyance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some customers of one service, now and then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many customers of one service, weekly, or one team blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most customers of a service, several times a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affects every customer of a service, daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours: one person, no approval needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few days: one team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few weeks: one team and a change request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One to three months: several teams or a supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than a quarter: a funded project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::ScoreSelector</name>
    <message>
        <source>&amp;Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;ffort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::Status</name>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
