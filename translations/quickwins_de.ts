<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Backups</name>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation>Der Ordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The backup “%1” could not be written: %2</source>
        <translation>Die Sicherung „%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>renaming it failed</source>
        <translation>das Umbenennen ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 (daily)</source>
        <translation>%1 (täglich)</translation>
    </message>
    <message>
        <source>%1 (before an upgrade of the register format)</source>
        <translation>%1 (vor einer Aktualisierung des Registerformats)</translation>
    </message>
    <message>
        <source>%1 (before a restore)</source>
        <translation>%1 (vor einer Wiederherstellung)</translation>
    </message>
    <message>
        <source>The backup “%1” could not be written, so nothing was restored.</source>
        <translation>Die Sicherung „%1“ konnte nicht geschrieben werden, daher wurde nichts wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>CauseCommands</name>
    <message>
        <source>Give cause back its words</source>
        <translation>Ursache bekommt ihre Wörter zurück</translation>
    </message>
    <message>
        <source>Rename cause “%1”</source>
        <translation>Ursache in „%1“ umbenennen</translation>
    </message>
    <message>
        <source>Pin cause</source>
        <translation>Ursache anheften</translation>
    </message>
    <message>
        <source>Unpin cause</source>
        <translation>Ursache lösen</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n cause(s) into “%1”</source>
        <translation>
            <numerusform>%n Ursache mit „%1“ zusammenführen</numerusform>
            <numerusform>%n Ursachen mit „%1“ zusammenführen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n response(s) to “%1”</source>
        <translation>
            <numerusform>%n Antwort nach „%1“ verschieben</numerusform>
            <numerusform>%n Antworten nach „%1“ verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take %n response(s) out of their cause</source>
        <translation>
            <numerusform>%n Antwort aus ihrer Ursache nehmen</numerusform>
            <numerusform>%n Antworten aus ihrer Ursache nehmen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>“%1” does not end in .png, .svg or .pdf, so the chart&apos;s format is unknown.</source>
        <translation>„%1“ endet nicht auf .png, .svg oder .pdf, daher ist das Format des Diagramms unbekannt.</translation>
    </message>
    <message>
        <source>QuickWins impact/effort matrix</source>
        <translation>Wirkung-Aufwand-Matrix von QuickWins</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Size of the image in pixels (width x height):</source>
        <translation>Bildgröße in Pixeln (Breite x Höhe):</translation>
    </message>
    <message>
        <source>“%1” is not a size such as 1920x1080 (from 320x240 to 10000x10000).</source>
        <translation>„%1“ ist keine Größe wie 1920x1080 (von 320x240 bis 10000x10000).</translation>
    </message>
    <message>
        <source>the chart could not be drawn</source>
        <translation>das Diagramm konnte nicht gezeichnet werden</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>ITIL practice</source>
        <translation>ITIL-Praktik</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Gemeldet von</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>Gemeldet am</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Zieldatum</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Erledigt am</translation>
    </message>
    <message>
        <source>Linked interactions</source>
        <translation>Verknüpfte Interaktionen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Expected benefit</source>
        <translation>Erwarteter Nutzen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Schlecht</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Repeat contact</source>
        <translation>Erneuter Kontakt</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>schlecht</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>The interactions could not be read from the register.</source>
        <translation>Die Interaktionen konnten nicht aus dem Register gelesen werden.</translation>
    </message>
    <message>
        <source>entry %1 could not be read</source>
        <translation>Eintrag %1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>the entries could not be read</source>
        <translation>die Einträge konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>The causes could not be read from the register.</source>
        <translation>Die Ursachen konnten nicht aus dem Register gelesen werden.</translation>
    </message>
</context>
<context>
    <name>EditScript</name>
    <message>
        <source>“%1” is not FIELD=VALUE</source>
        <translation>„%1“ hat nicht die Form FIELD=VALUE</translation>
    </message>
    <message>
        <source>%1 is 1 to 5, not “%2”</source>
        <translation>%1 muss 1 bis 5 sein, nicht „%2“</translation>
    </message>
    <message>
        <source>“%1” is not a status</source>
        <translation>„%1“ ist kein Status</translation>
    </message>
    <message>
        <source>“%1” is not a category</source>
        <translation>„%1“ ist keine Kategorie</translation>
    </message>
    <message>
        <source>“%1” is not a field of an entry</source>
        <translation>„%1“ ist kein Feld eines Eintrags</translation>
    </message>
    <message>
        <source>score is 1 to 5, not “%1”</source>
        <translation>score muss 1 bis 5 sein, nicht „%1“</translation>
    </message>
    <message>
        <source>“%1” is not an ISO date</source>
        <translation>„%1“ ist kein ISO-Datum</translation>
    </message>
    <message>
        <source>“%1” is not a field of an interaction</source>
        <translation>„%1“ ist kein Feld einer Interaktion</translation>
    </message>
    <message>
        <source>there is no entry “%1”</source>
        <translation>es gibt keinen Eintrag „%1“</translation>
    </message>
    <message>
        <source>an entry needs a title</source>
        <translation>ein Eintrag braucht einen Titel</translation>
    </message>
    <message>
        <source>there is no interaction “%1”</source>
        <translation>es gibt keine Interaktion „%1“</translation>
    </message>
    <message>
        <source>there is nothing to undo</source>
        <translation>es gibt nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>there is nothing to redo</source>
        <translation>es gibt nichts zu wiederholen</translation>
    </message>
    <message>
        <source>“%1” is not an edit; see --help</source>
        <translation>„%1“ ist keine Bearbeitung; siehe --help</translation>
    </message>
    <message>
        <source>the quote at column %1 is never closed</source>
        <translation>das Anführungszeichen in Spalte %1 wird nie geschlossen</translation>
    </message>
    <message>
        <source>“%1” is not a scale (1-5, 1-10, 0-10, 0-3, bad-good, unhappy-happy)</source>
        <translation>„%1“ ist keine Skala (1-5, 1-10, 0-10, 0-3, bad-good, unhappy-happy)</translation>
    </message>
    <message>
        <source>“%1” is not a point of the scale %2</source>
        <translation>„%1“ ist kein Wert der Skala %2</translation>
    </message>
    <message>
        <source>target is a date YYYY-MM-DD (or empty), not “%1”</source>
        <translation>target muss ein Datum YYYY-MM-DD (oder leer) sein, nicht „%1“</translation>
    </message>
    <message>
        <source>“%1” is not attendees=&quot;A; B&quot;</source>
        <translation>„%1“ hat nicht die Form attendees=&quot;A; B&quot;</translation>
    </message>
    <message>
        <source>a review is running already; end it with review-end</source>
        <translation>es läuft bereits eine Überprüfung; beenden Sie sie mit review-end</translation>
    </message>
    <message>
        <source>the causes in triage could not be found: %1</source>
        <translation>die Ursachen in der Sichtung konnten nicht gefunden werden: %1</translation>
    </message>
    <message>
        <source>no review is running; start one with review-start</source>
        <translation>es läuft keine Überprüfung; starten Sie eine mit review-start</translation>
    </message>
    <message>
        <source>review-decide needs FIELD=VALUE after the entry</source>
        <translation>review-decide erwartet FIELD=VALUE nach dem Eintrag</translation>
    </message>
    <message>
        <source>“%1” is not one of %2=VALUE</source>
        <translation>„%1“ ist keine der Formen %2=VALUE</translation>
    </message>
    <message>
        <source>“%1” is not a date YYYY-MM-DD</source>
        <translation>„%1“ ist kein Datum im Format YYYY-MM-DD</translation>
    </message>
    <message>
        <source>%1 needs text=…</source>
        <translation>%1 erwartet text=…</translation>
    </message>
    <message>
        <source>there is no action “%1”</source>
        <translation>es gibt keine Maßnahme „%1“</translation>
    </message>
    <message>
        <source>no review is running</source>
        <translation>es läuft keine Überprüfung</translation>
    </message>
    <message>
        <source>the causes in triage could not be written</source>
        <translation>die Ursachen der Sichtung konnten nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>EntryCommands</name>
    <message>
        <source>New entry “%1”</source>
        <translation>Neuer Eintrag „%1“</translation>
    </message>
    <message>
        <source>New entry “%1” from interaction</source>
        <translation>Neuer Eintrag „%1“ aus Interaktion</translation>
    </message>
    <message>
        <source>Rescore %1 (impact %2, effort %3)</source>
        <translation>%1 neu bewerten (Wirkung %2, Aufwand %3)</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>%1 auf %2 setzen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>%1 was not undone where it changed since (%2): those values are left as they are now.</source>
        <translation>%1 wurde dort nicht rückgängig gemacht, wo es sich seither geändert hat (%2): Diese Werte bleiben, wie sie jetzt sind.</translation>
    </message>
    <message>
        <source>%1 was not redone where it changed since (%2): those values are left as they are now.</source>
        <translation>%1 wurde dort nicht wiederhergestellt, wo es sich seither geändert hat (%2): Diese Werte bleiben, wie sie jetzt sind.</translation>
    </message>
    <message>
        <source>%1 keeps its %2 as it is now: the value before (%3) was written outside QuickWins, which does not write it.</source>
        <translation>%1 behält %2 so, wie es jetzt ist: Der Wert davor (%3) wurde außerhalb von QuickWins geschrieben, und QuickWins schreibt ihn nicht.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>No file was named to write to.</source>
        <translation>Es wurde keine Zieldatei angegeben.</translation>
    </message>
    <message>
        <source>“%1” is the open register (or a file of it); an export never writes over a register. Choose another file.</source>
        <translation>„%1“ ist das geöffnete Register (oder eine seiner Dateien); ein Export überschreibt nie ein Register. Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>“%1” is a link to a file that does not exist; QuickWins does not write through it.</source>
        <translation>„%1“ ist ein Link auf eine Datei, die nicht existiert; QuickWins folgt ihm beim Schreiben nicht.</translation>
    </message>
    <message>
        <source>“%1” exists and is not a regular file (a folder, a device or a pipe); QuickWins writes only regular files.</source>
        <translation>„%1“ existiert und ist keine reguläre Datei (sondern ein Ordner, ein Gerät oder eine Pipe); QuickWins schreibt nur reguläre Dateien.</translation>
    </message>
    <message>
        <source>“%1” is a QuickWins register; an export never writes over a register. Choose another file.</source>
        <translation>„%1“ ist ein QuickWins-Register; ein Export überschreibt nie ein Register. Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>“%1” is a database file; an export never writes over one. Choose another file.</source>
        <translation>„%1“ ist eine Datenbankdatei; ein Export überschreibt nie eine solche Datei. Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>“%1” was not written: the disk is full. Any earlier file of that name was left as it was; free some space and try again.</source>
        <translation>„%1“ wurde nicht geschrieben: der Datenträger ist voll. Eine bereits vorhandene Datei dieses Namens blieb unverändert; geben Sie etwas Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>“%1” was not written: %2. Any earlier file of that name was left as it was.</source>
        <translation>„%1“ wurde nicht geschrieben: %2. Eine bereits vorhandene Datei dieses Namens blieb unverändert.</translation>
    </message>
</context>
<context>
    <name>FieldLimits</name>
    <message>
        <source>the %1 field is %2 characters long; it may be at most %3</source>
        <translation>das Feld „%1“ ist %2 Zeichen lang; zulässig sind höchstens %3</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>name of who raised it</source>
        <translation>Gemeldet von</translation>
    </message>
    <message>
        <source>practice</source>
        <translation>ITIL-Praktik</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>expected benefit</source>
        <translation>Erwarteter Nutzen</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>Kommentar</translation>
    </message>
</context>
<context>
    <name>Generator</name>
    <message>
        <source>Generated data goes into a new register; “%1” already holds entries or interactions.</source>
        <translation>Generierte Daten kommen in ein neues Register; „%1“ enthält bereits Einträge oder Interaktionen.</translation>
    </message>
    <message>
        <source>The numbers to generate cannot be negative.</source>
        <translation>Die zu generierenden Anzahlen dürfen nicht negativ sein.</translation>
    </message>
    <message>
        <source>The generated register could not be written; nothing was added.</source>
        <translation>Das generierte Register konnte nicht geschrieben werden; es wurde nichts hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>ImpactSuggestion</name>
    <message>
        <source>poor interactions linked: %1; %2 in the last 90 days, %3 older (counted half): volume level %4</source>
        <translation>verknüpfte schlechte Interaktionen: %1; %2 in den letzten 90 Tagen, %3 älter (halb gezählt): Mengenstufe %4</translation>
    </message>
    <message>
        <source>very poor scores (on average in the worst fifth of the scale): +0.5</source>
        <translation>sehr schlechte Bewertungen (im Durchschnitt im schlechtesten Fünftel der Skala): +0,5</translation>
    </message>
    <message>
        <source>%1 of %2 were repeat contacts (30 % or more): +0.5</source>
        <translation>%1 von %2 waren erneute Kontakte (30 % oder mehr): +0,5</translation>
    </message>
    <message>
        <source>%1 different customers (5 or more): +0.5</source>
        <translation>%1 verschiedene Kunden (5 oder mehr): +0,5</translation>
    </message>
    <message>
        <source>all from one customer: −0.5</source>
        <translation>alle von einem Kunden: −0,5</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The dates in column %1 mix day/month and month/day order.</source>
        <translation>Die Datumsangaben in Spalte %1 mischen die Reihenfolgen Tag/Monat und Monat/Tag.</translation>
    </message>
    <message>
        <source>the header is repeated here; the line was skipped</source>
        <translation>die Kopfzeile wiederholt sich hier; die Zeile wurde übersprungen</translation>
    </message>
    <message>
        <source>column %1: no date</source>
        <translation>Spalte %1: kein Datum</translation>
    </message>
    <message>
        <source>column %1: “%2” could be day/month or month/day, and the file does not say which; choose with --date-order DMY or MDY</source>
        <translation>Spalte %1: „%2“ könnte Tag/Monat oder Monat/Tag sein, und die Datei gibt nicht an, was davon; wählen Sie mit --date-order DMY oder MDY</translation>
    </message>
    <message>
        <source>column %1: “%2” is not a satisfaction score</source>
        <translation>Spalte %1: „%2“ ist kein Zufriedenheitswert</translation>
    </message>
    <message>
        <source>The import could not be saved; nothing was imported.</source>
        <translation>Der Import konnte nicht gespeichert werden; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>A temporary copy of the workbook could not be written: %1</source>
        <translation>Eine temporäre Kopie der Arbeitsmappe konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>%1, so neither was recognised; choose one with --map FIELD=NUMBER</source>
        <translation>%1, daher wurde keine davon erkannt; wählen Sie eine mit --map FIELD=NUMBER</translation>
    </message>
    <message>
        <source>the date</source>
        <translation>das Datum</translation>
    </message>
    <message>
        <source>the satisfaction score</source>
        <translation>den Zufriedenheitswert</translation>
    </message>
    <message>
        <source>No column was found for %1 in the header (%2); name %3 with %4.</source>
        <translation>In der Kopfzeile (%2) wurde keine Spalte für %1 gefunden; geben Sie %3 mit %4 an.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>them</source>
        <translation>die Spalten</translation>
    </message>
    <message>
        <source>it</source>
        <translation>die Spalte</translation>
    </message>
    <message>
        <source>day/month (decided from the column)</source>
        <translation>Tag/Monat (aus der Spalte ermittelt)</translation>
    </message>
    <message>
        <source>month/day (decided from the column)</source>
        <translation>Monat/Tag (aus der Spalte ermittelt)</translation>
    </message>
    <message>
        <source>The dates in column %1 can only be read %2, not as chosen.</source>
        <translation>Die Datumsangaben in Spalte %1 lassen sich nur als %2 lesen, nicht wie gewählt.</translation>
    </message>
    <message>
        <source>day/month (as chosen)</source>
        <translation>Tag/Monat (wie gewählt)</translation>
    </message>
    <message>
        <source>month/day (as chosen)</source>
        <translation>Monat/Tag (wie gewählt)</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>nicht erforderlich</translation>
    </message>
    <message>
        <source>The scores in column %1 fit none of the scales QuickWins knows (1-5, 1-10, 0-10, 0-3, bad/good, unhappy/neutral/happy); choose one with --scale.</source>
        <translation>Die Werte in Spalte %1 passen zu keiner der Skalen, die QuickWins kennt (1-5, 1-10, 0-10, 0-3, schlecht/gut, unzufrieden/neutral/zufrieden); wählen Sie eine mit --scale.</translation>
    </message>
    <message>
        <source>column %1: “%2” is not a date and time QuickWins can read whole</source>
        <translation>Spalte %1: „%2“ ist kein Datum mit Uhrzeit, das QuickWins vollständig lesen kann</translation>
    </message>
    <message>
        <source>column %1: %2 is outside the scale %3 that the column&apos;s other scores use</source>
        <translation>Spalte %1: %2 liegt außerhalb der Skala %3, die die übrigen Werte der Spalte verwenden</translation>
    </message>
    <message>
        <source>column %1: “%2” is not yes or no for a repeat contact</source>
        <translation>Spalte %1: „%2“ ist weder ja noch nein für einen erneuten Kontakt</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2; the row cannot be read safely</source>
        <translation>%1 Felder, obwohl die Kopfzeile %2 hat; die Zeile kann nicht sicher gelesen werden</translation>
    </message>
    <message numerus="yes">
        <source>channel “%1” (%n row(s)) was not recognised and recorded as unknown</source>
        <translation>
            <numerusform>Kanal „%1“ (%n Zeile) wurde nicht erkannt und als unbekannt erfasst</numerusform>
            <numerusform>Kanal „%1“ (%n Zeilen) wurde nicht erkannt und als unbekannt erfasst</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>„%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not an export.</source>
        <translation>„%1“ ist ein Ordner, kein Export.</translation>
    </message>
    <message>
        <source>“%1” is not a regular file (a device, a pipe or a socket); save the export to a file and import that.</source>
        <translation>„%1“ ist keine reguläre Datei (sondern ein Gerät, eine Pipe oder ein Socket); speichern Sie den Export in einer Datei und importieren Sie diese.</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 GiB, more than one import can take; split the export.</source>
        <translation>„%1“ ist größer als %2 GiB und damit zu groß für einen einzelnen Import; teilen Sie den Export auf.</translation>
    </message>
    <message>
        <source>(an export)</source>
        <translation>(ein Export)</translation>
    </message>
</context>
<context>
    <name>InteractionCommands</name>
    <message>
        <source>Log interaction</source>
        <translation>Interaktion erfassen</translation>
    </message>
    <message>
        <source>Edit interaction</source>
        <translation>Interaktion bearbeiten</translation>
    </message>
    <message>
        <source>Remove interaction</source>
        <translation>Interaktion entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Link %n interaction(s) to %1</source>
        <translation>
            <numerusform>%n Interaktion mit %1 verknüpfen</numerusform>
            <numerusform>%n Interaktionen mit %1 verknüpfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unlink %n interaction(s)</source>
        <translation>
            <numerusform>Verknüpfung von %n Interaktion lösen</numerusform>
            <numerusform>Verknüpfung von %n Interaktionen lösen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n interaction(s)</source>
        <translation>
            <numerusform>%n Interaktion entfernen</numerusform>
            <numerusform>%n Interaktionen entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>repeat contact</source>
        <translation>wiederholter Kontakt</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>The interaction was not undone where it changed since (%1): those values are left as they are now.</source>
        <translation>Die Interaktion wurde dort nicht rückgängig gemacht, wo sie sich seither geändert hat (%1): Diese Werte bleiben, wie sie jetzt sind.</translation>
    </message>
    <message>
        <source>The interaction was not redone where it changed since (%1): those values are left as they are now.</source>
        <translation>Die Interaktion wurde dort nicht wiederhergestellt, wo sie sich seither geändert hat (%1): Diese Werte bleiben, wie sie jetzt sind.</translation>
    </message>
</context>
<context>
    <name>MatrixLayout</name>
    <message numerus="yes">
        <source>%1 + %n more</source>
        <translation>
            <numerusform>%1 + %n weiterer</numerusform>
            <numerusform>%1 + %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostgresCopy</name>
    <message>
        <source>Qt&apos;s PostgreSQL driver did not give access to its connection.</source>
        <translation>Der PostgreSQL-Treiber von Qt gab keinen Zugriff auf seine Verbindung.</translation>
    </message>
</context>
<context>
    <name>PostgresSchema</name>
    <message>
        <source>the database holds other tables (%1) and no register</source>
        <translation>die Datenbank enthält andere Tabellen (%1) und kein Register</translation>
    </message>
    <message>
        <source>it records %1 format versions instead of one</source>
        <translation>es sind %1 Formatversionen statt einer verzeichnet</translation>
    </message>
    <message>
        <source>its table “%1” is missing</source>
        <translation>die Tabelle „%1“ fehlt</translation>
    </message>
    <message>
        <source>Creating the register on the server failed: %1</source>
        <translation>Das Anlegen des Registers auf dem Server ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>its format %1 is older than this QuickWins knows how to upgrade on a server</source>
        <translation>sein Format %1 ist älter als die Formate, die diese QuickWins-Version auf einem Server aktualisieren kann</translation>
    </message>
    <message>
        <source>a newer QuickWins (format %1) created it meanwhile</source>
        <translation>eine neuere QuickWins-Version (Format %1) hat es inzwischen angelegt</translation>
    </message>
</context>
<context>
    <name>PostgresStore</name>
    <message>
        <source>“%1” is not a server register&apos;s address: %2.</source>
        <translation>„%1“ ist keine Adresse eines Registers auf einem Server: %2.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: Qt&apos;s PostgreSQL driver is not installed (on Debian, the package libqt6sql6-psql).</source>
        <translation>„%1“ kann nicht geöffnet werden: Der PostgreSQL-Treiber von Qt ist nicht installiert (unter Debian das Paket libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: “%2” is not an option of a PostgreSQL connection.</source>
        <translation>„%1“ kann nicht geöffnet werden: „%2“ ist keine Option einer PostgreSQL-Verbindung.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: the value of its option “%2” holds a “;”, which Qt&apos;s PostgreSQL driver cannot pass on.</source>
        <translation>„%1“ kann nicht geöffnet werden: Der Wert seiner Option „%2“ enthält ein „;“, das der PostgreSQL-Treiber von Qt nicht weitergeben kann.</translation>
    </message>
    <message>
        <source>The server of “%1” did not open the register: %2</source>
        <translation>Der Server von „%1“ hat das Register nicht geöffnet: %2</translation>
    </message>
    <message>
        <source>“%1” could not be created: %2</source>
        <translation>„%1“ konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>“%1” holds no register yet, and it was opened read-only.</source>
        <translation>„%1“ enthält noch kein Register und wurde schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer QuickWins (format %2; this one knows up to %3): open it with that version. Nothing was changed.</source>
        <translation>„%1“ wurde von einer neueren QuickWins-Version geschrieben (Format %2; diese Version kennt Formate bis %3): Öffnen Sie es mit jener Version. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>“%1” is not a QuickWins register: %2. Nothing was changed.</source>
        <translation>„%1“ ist kein QuickWins-Register: %2. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The server of “%1” could not be read: %2</source>
        <translation>Das Lesen vom Server von „%1“ ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>“%1” is of format %2, which this QuickWins cannot upgrade on a server. Nothing was changed.</source>
        <translation>„%1“ hat das Format %2, das diese QuickWins-Version auf einem Server nicht aktualisieren kann. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>another change is being saved on this connection</source>
        <translation>auf dieser Verbindung wird gerade eine andere Änderung gespeichert</translation>
    </message>
    <message>
        <source>The server reports “%1” as damaged: %2. Its administrator restores it from the server&apos;s backups.</source>
        <translation>Der Server meldet „%1“ als beschädigt: %2. Der Administrator des Servers stellt es aus dessen Sicherungen wieder her.</translation>
    </message>
    <message>
        <source>“%1” is kept on a server, whose administrator restores it from the server&apos;s own backups.</source>
        <translation>„%1“ liegt auf einem Server, dessen Administrator es aus den eigenen Sicherungen des Servers wiederherstellt.</translation>
    </message>
    <message>
        <source>The server of “%1” could not be asked about “%2”: %3</source>
        <translation>Der Server von „%1“ konnte nicht nach „%2“ gefragt werden: %3</translation>
    </message>
    <message>
        <source>The server of “%1” has no database user “%2”: its administrator creates it first (CREATE ROLE … LOGIN).</source>
        <translation>Der Server von „%1“ hat keinen Datenbankbenutzer „%2“: Der Administrator des Servers legt ihn zuerst an (CREATE ROLE … LOGIN).</translation>
    </message>
    <message>
        <source>The server of “%1” could not be asked who owns the register: %2</source>
        <translation>Der Server von „%1“ konnte nicht gefragt werden, wem das Register gehört: %2</translation>
    </message>
    <message>
        <source>“%1” cannot be made an owner of “%2”: its tables belong to a superuser, and owning them would make “%1” one. Its administrator gives the tables a role of their own (ALTER TABLE … OWNER TO), and that role is then granted.</source>
        <translation>„%1“ kann nicht zum Besitzer von „%2“ gemacht werden: Dessen Tabellen gehören einem Superuser, und als ihr Besitzer würde „%1“ selbst zu einem. Der Administrator gibt den Tabellen eine eigene Rolle (ALTER TABLE … OWNER TO), und diese Rolle wird dann vergeben.</translation>
    </message>
    <message>
        <source>The server of “%1” refused: %2</source>
        <translation>Der Server von „%1“ hat abgelehnt: %2</translation>
    </message>
    <message>
        <source>“%1” could not be made a viewer of “%2”: %3</source>
        <translation>„%1“ konnte nicht zum Betrachter von „%2“ gemacht werden: %3</translation>
    </message>
    <message>
        <source>“%1” could not be made an editor of “%2”: %3</source>
        <translation>„%1“ konnte nicht zum Bearbeiter von „%2“ gemacht werden: %3</translation>
    </message>
    <message>
        <source>“%1” could not be made an owner of “%2”: %3</source>
        <translation>„%1“ konnte nicht zum Besitzer von „%2“ gemacht werden: %3</translation>
    </message>
    <message>
        <source> Owners are made and unmade by the server&apos;s administrator, or by a role with ADMIN OPTION on the role that owns the register&apos;s tables.</source>
        <translation> Besitzer ernennen und absetzen kann nur der Administrator des Servers oder eine Rolle mit ADMIN OPTION auf der Rolle, der die Tabellen des Registers gehören.</translation>
    </message>
    <message>
        <source>The server of “%1” cannot tell of others&apos; changes: %2</source>
        <translation>Der Server von „%1“ kann keine Änderungen anderer melden: %2</translation>
    </message>
    <message>
        <source>the connection to it is closed</source>
        <translation>die Verbindung zu ihm ist geschlossen</translation>
    </message>
    <message>
        <source>the connection to it was lost</source>
        <translation>die Verbindung zu ihm ging verloren</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>RegisterActions</name>
    <message>
        <source>This register is open read-only, so the change was not made.</source>
        <translation>Dieses Register ist schreibgeschützt geöffnet, daher wurde die Änderung nicht vorgenommen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n poor response(s) say “%1” (%2)</source>
        <translation>
            <numerusform>%n schlechte Antwort sagt „%1“ (%2)</numerusform>
            <numerusform>%n schlechte Antworten sagen „%1“ (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>No review is running, so none was ended.</source>
        <translation>Es läuft keine Überprüfung, daher wurde keine beendet.</translation>
    </message>
    <message>
        <source>added during the review</source>
        <translation>während der Überprüfung hinzugefügt</translation>
    </message>
    <message>
        <source>An action needs a text that says what is to be done.</source>
        <translation>Eine Maßnahme braucht einen Text, der sagt, was zu tun ist.</translation>
    </message>
</context>
<context>
    <name>RegisterCopy</name>
    <message>
        <source>the table “%1” has other columns there (%2) than here (%3)</source>
        <translation>die Tabelle „%1“ hat dort andere Spalten (%2) als hier (%3)</translation>
    </message>
    <message>
        <source>it already holds a register with something in it</source>
        <translation>dort gibt es bereits ein Register, das nicht leer ist</translation>
    </message>
    <message>
        <source>%1 (table %2)</source>
        <translation>%1 (Tabelle %2)</translation>
    </message>
    <message>
        <source>“%1” is the register being copied.</source>
        <translation>„%1“ ist das Register, das kopiert wird.</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>“%1” may not be changed by you, so nothing was copied there.</source>
        <translation>„%1“ dürfen Sie nicht ändern, daher wurde nichts dorthin kopiert.</translation>
    </message>
    <message>
        <source>The register was not copied to “%1”: %2</source>
        <translation>Das Register wurde nicht nach „%1“ kopiert: %2</translation>
    </message>
</context>
<context>
    <name>RegisterDatabase</name>
    <message>
        <source>“%1” is a folder, not a QuickWins register.</source>
        <translation>„%1“ ist ein Ordner, kein QuickWins-Register.</translation>
    </message>
    <message>
        <source>“%1” is an empty file, not a QuickWins register. It was left as it is.</source>
        <translation>„%1“ ist eine leere Datei, kein QuickWins-Register. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: you do not have permission to open it.</source>
        <translation>„%1“ kann nicht gelesen werden: Sie haben keine Berechtigung, die Datei zu öffnen.</translation>
    </message>
    <message>
        <source>“%1” is not a QuickWins register. It was left as it is.</source>
        <translation>„%1“ ist kein QuickWins-Register. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>“%1” is a database of another program, not a QuickWins register. It was left as it is.</source>
        <translation>„%1“ ist eine Datenbank eines anderen Programms, kein QuickWins-Register. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>„%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist, so the register cannot be created there.</source>
        <translation>Der Ordner „%1“ existiert nicht, daher kann das Register dort nicht angelegt werden.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of QuickWins (register format %2; this version understands up to format %3). It was not opened and not changed.</source>
        <translation>„%1“ wurde von einer neueren Version von QuickWins geschrieben (Registerformat %2; diese Version versteht Formate bis %3). Die Datei wurde weder geöffnet noch verändert.</translation>
    </message>
    <message>
        <source>“%1” needs an upgrade to be opened by this version, but it is read-only.</source>
        <translation>„%1“ muss aktualisiert werden, um mit dieser Version geöffnet zu werden, ist aber schreibgeschützt.</translation>
    </message>
    <message>
        <source>“%1” could not be opened: %2</source>
        <translation>„%1“ konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>“%1” could not be prepared for use: %2</source>
        <translation>„%1“ konnte nicht zur Verwendung vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>“%1” is open in another QuickWins (%2). It can be opened read-only, or closed there first.</source>
        <translation>„%1“ ist in einer anderen QuickWins-Instanz geöffnet (%2). Die Datei kann schreibgeschützt geöffnet oder zuerst dort geschlossen werden.</translation>
    </message>
    <message>
        <source>This register is open read-only, so it cannot be restored.</source>
        <translation>Dieses Register ist schreibgeschützt geöffnet, daher kann es nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>“%1” is not a backup this version of QuickWins can restore.</source>
        <translation>„%1“ ist keine Sicherung, die diese Version von QuickWins wiederherstellen kann.</translation>
    </message>
    <message>
        <source>The register could not be restored from “%1”; it was left as it was. %2</source>
        <translation>Das Register konnte nicht aus „%1“ wiederhergestellt werden; es blieb unverändert. %2</translation>
    </message>
    <message>
        <source>The changes in “%1” could not be checked: no room for a copy of the register in “%2”. Nothing was changed.</source>
        <translation>Die Änderungen in „%1“ konnten nicht geprüft werden: in „%2“ ist kein Platz für eine Kopie des Registers. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The write-ahead log “%1” beside the register does not fit it: with its changes the register would be damaged (%2). It may belong to another register. Nothing was changed; move the log away to open the register as it is.</source>
        <translation>Das Write-Ahead-Log „%1“ neben dem Register passt nicht zu diesem: mit seinen Änderungen wäre das Register beschädigt (%2). Möglicherweise gehört es zu einem anderen Register. Es wurde nichts verändert; verschieben Sie das Log an einen anderen Ort, um das Register in seinem jetzigen Zustand zu öffnen.</translation>
    </message>
    <message>
        <source>it cannot be read</source>
        <translation>es kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The write-ahead log “%1” beside the register belongs to another register. Nothing was changed; move the log away to open the register as it is.</source>
        <translation>Das Write-Ahead-Log „%1“ neben dem Register gehört zu einem anderen Register. Es wurde nichts verändert; verschieben Sie das Log an einen anderen Ort, um das Register in seinem jetzigen Zustand zu öffnen.</translation>
    </message>
    <message>
        <source>Its newest backup is “%1”, taken %2: File ▸ Restore from Backup puts it back.</source>
        <translation>Die neueste Sicherung ist „%1“ vom %2: Datei ▸ Aus Sicherung wiederherstellen stellt sie wieder her.</translation>
    </message>
    <message>
        <source>“%1” has changes waiting in “%2”, the write-ahead log of another name of the same file. Open it once as “%3” so that they are put into the file. Nothing was changed.</source>
        <translation>Für „%1“ warten Änderungen in „%2“, dem Write-Ahead-Log eines anderen Namens derselben Datei. Öffnen Sie die Datei einmal als „%3“, damit die Änderungen in die Datei übernommen werden. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>“%1” cannot be read safely: no temporary folder to check its write-ahead log in. Nothing was changed.</source>
        <translation>„%1“ kann nicht sicher gelesen werden: es gibt keinen temporären Ordner, in dem sein Write-Ahead-Log geprüft werden könnte. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2. It was left as it is.</source>
        <translation>„%1“ kann nicht gelesen werden: %2. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>“%1” looks like a QuickWins register but is damaged: %2. It was left as it is.</source>
        <translation>„%1“ sieht wie ein QuickWins-Register aus, ist aber beschädigt: %2. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>“%1” could not be created: the disk is full. Nothing was left behind; free some space and try again.</source>
        <translation>„%1“ konnte nicht angelegt werden: der Datenträger ist voll. Es sind keine Dateireste zurückgeblieben; geben Sie etwas Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>“%1” could not be created: %2. Nothing was left behind.</source>
        <translation>„%1“ konnte nicht angelegt werden: %2. Es sind keine Dateireste zurückgeblieben.</translation>
    </message>
    <message>
        <source>“%1” could not be opened for changes: the disk is full. It was left as it was; free some space and try again.</source>
        <translation>„%1“ konnte nicht zum Ändern geöffnet werden: der Datenträger ist voll. Die Datei blieb unverändert; geben Sie etwas Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: “%2” beside it is not a file SQLite can use (a folder, a link or a device). Nothing was changed; move it away.</source>
        <translation>„%1“ kann nicht geöffnet werden: „%2“ daneben ist keine Datei, die SQLite verwenden kann (sondern ein Ordner, ein Link oder ein Gerät). Es wurde nichts verändert; verschieben Sie das Element an einen anderen Ort.</translation>
    </message>
</context>
<context>
    <name>RegisterDocument</name>
    <message>
        <source>“%1” is damaged (%2), so what it shows may be incomplete. It is read-only now; nothing more is written to it.</source>
        <translation>„%1“ ist beschädigt (%2), daher ist die Anzeige möglicherweise unvollständig. Das Register ist jetzt schreibgeschützt; es wird nichts mehr hineingeschrieben.</translation>
    </message>
    <message>
        <source>No healthy backup of it was found.</source>
        <translation>Es wurde keine intakte Sicherung davon gefunden.</translation>
    </message>
    <message>
        <source>Its newest healthy backup is of %1 (“%2”): File ▸ Restore from Backup puts it back.</source>
        <translation>Die neueste intakte Sicherung ist die vom %1 („%2“): Datei ▸ Aus Sicherung wiederherstellen stellt sie wieder her.</translation>
    </message>
</context>
<context>
    <name>RegisterLock</name>
    <message>
        <source>another program</source>
        <translation>ein anderes Programm</translation>
    </message>
    <message>
        <source>process %1 on %2</source>
        <translation>Prozess %1 auf %2</translation>
    </message>
    <message>
        <source>another QuickWins, under another name of the same file</source>
        <translation>eine andere QuickWins-Instanz, die dieselbe Datei unter einem anderen Namen geöffnet hat</translation>
    </message>
</context>
<context>
    <name>RegisterStore</name>
    <message>
        <source>“%1” is neither a register file nor a register on a PostgreSQL server (postgresql://USER@HOST:PORT/DATABASE).</source>
        <translation>„%1“ ist weder eine Registerdatei noch ein Register auf einem PostgreSQL-Server (postgresql://USER@HOST:PORT/DATABASE).</translation>
    </message>
    <message>
        <source>“%1” is a register file: who may change it is said by the file&apos;s permissions, not by QuickWins.</source>
        <translation>„%1“ ist eine Registerdatei: Wer sie ändern darf, bestimmen die Zugriffsrechte der Datei, nicht QuickWins.</translation>
    </message>
</context>
<context>
    <name>ReviewCommands</name>
    <message>
        <source>Add action “%1”</source>
        <translation>Maßnahme „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Remove action “%1”</source>
        <translation>Maßnahme „%1“ entfernen</translation>
    </message>
    <message>
        <source>Reopen action “%1”</source>
        <translation>Maßnahme „%1“ wieder öffnen</translation>
    </message>
    <message>
        <source>Mark action “%1” done</source>
        <translation>Maßnahme „%1“ als erledigt markieren</translation>
    </message>
    <message>
        <source>Change action “%1”</source>
        <translation>Maßnahme „%1“ ändern</translation>
    </message>
</context>
<context>
    <name>SnapshotCommands</name>
    <message>
        <source>Take snapshot “%1”</source>
        <translation>Momentaufnahme „%1“ erstellen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>QuickWins keeps a continuous-improvement register for an IT service desk: poor interactions, the improvements they call for, and an impact/effort matrix that puts the quick wins first.</source>
        <translation>QuickWins führt ein Register für fortlaufende Verbesserung eines IT-Service-Desks: schlechte Interaktionen, die Verbesserungen, die sie erfordern, und eine Wirkung-Aufwand-Matrix, die die schnellen Erfolge an die erste Stelle setzt.</translation>
    </message>
    <message>
        <source>Open the register FILE (created if it does not exist) instead of the default register.</source>
        <translation>Das Register FILE öffnen (wird angelegt, falls es nicht existiert) statt des Standardregisters.</translation>
    </message>
    <message>
        <source>Fill the register, if it is empty, with a demonstration scenario of an IT service desk.</source>
        <translation>Das Register, falls es leer ist, mit einem Demo-Szenario eines IT-Service-Desks füllen.</translation>
    </message>
    <message>
        <source>Use the language CODE (for example de) instead of the system&apos;s.</source>
        <translation>Die Sprache CODE (zum Beispiel de) statt der Systemsprache verwenden.</translation>
    </message>
    <message>
        <source>Render the main window offscreen to the PNG file OUT, then exit.</source>
        <translation>Das Hauptfenster unsichtbar in die PNG-Datei OUT rendern und dann beenden.</translation>
    </message>
    <message>
        <source>The size “%1” is not of the form WxH, such as 1280x800.</source>
        <translation>Die Größe „%1“ hat nicht die Form WxH, etwa 1280x800.</translation>
    </message>
    <message>
        <source>The demonstration data could not be added.</source>
        <translation>Die Demodaten konnten nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Write the impact/effort matrix to OUT (.png, .svg or .pdf), then exit.</source>
        <translation>Die Wirkung-Aufwand-Matrix in OUT (.png, .svg oder .pdf) schreiben und dann beenden.</translation>
    </message>
    <message>
        <source>Size of the screenshot or chart in pixels (default 1280x800).</source>
        <translation>Größe des Bildschirmfotos oder Diagramms in Pixeln (Standard 1280x800).</translation>
    </message>
    <message>
        <source>Export the chart as presentation mode shows it: large text for a shared screen.</source>
        <translation>Das Diagramm so exportieren, wie der Präsentationsmodus es zeigt: große Schrift für einen geteilten Bildschirm.</translation>
    </message>
    <message>
        <source>%1

The default register opens instead.</source>
        <translation>%1

Stattdessen wird das Standardregister geöffnet.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>--date-order is DMY or MDY, not “%1”.</source>
        <translation>--date-order ist DMY oder MDY, nicht „%1“.</translation>
    </message>
    <message>
        <source>%1:%2: warning: %3</source>
        <translation>%1:%2: Warnung: %3</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1: Warnung: %2</translation>
    </message>
    <message>
        <source>%1:%2: rejected: %3</source>
        <translation>%1:%2: abgelehnt: %3</translation>
    </message>
    <message>
        <source> (dry run: nothing was written)</source>
        <translation> (Probelauf: es wurde nichts geschrieben)</translation>
    </message>
    <message>
        <source>With --import: how to read dates such as 02/03/2016 when the file does not tell: DMY or MDY.</source>
        <translation>Mit --import: wie Datumsangaben der Form 02/03/2016 gelesen werden, wenn die Datei es nicht angibt: DMY oder MDY.</translation>
    </message>
    <message>
        <source>Write every entry, in priority order, to the CSV file OUT for a spreadsheet, then exit. Cells that a spreadsheet would run as a formula are written as text.</source>
        <translation>Alle Einträge in Prioritätsreihenfolge in die CSV-Datei OUT für eine Tabellenkalkulation schreiben und dann beenden. Zellen, die eine Tabellenkalkulation als Formel ausführen würde, werden als Text geschrieben.</translation>
    </message>
    <message>
        <source>Fill a new register with INTERACTIONS survey responses and ENTRIES entries of realistic made-up data (the demonstration&apos;s, scaled), for trying QuickWins at scale, then exit.</source>
        <translation>Ein neues Register mit INTERACTIONS Umfrageantworten und ENTRIES Einträgen aus realistischen, erfundenen Daten (denen der Demo, hochskaliert) füllen, um QuickWins mit großen Datenmengen auszuprobieren, und dann beenden.</translation>
    </message>
    <message>
        <source>quickwins: warning: today’s backup could not be made: %1</source>
        <translation>quickwins: Warnung: die heutige Sicherung konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>--generate takes INTERACTIONS,ENTRIES, such as 1000000,10000, not “%1”.</source>
        <translation>--generate erwartet INTERACTIONS,ENTRIES, etwa 1000000,10000, nicht „%1“.</translation>
    </message>
    <message>
        <source>generated %1 interactions and %2 entries in %3 s</source>
        <translation>%1 Interaktionen und %2 Einträge in %3 s generiert</translation>
    </message>
    <message>
        <source>Import every response of a service desk&apos;s satisfaction export (CSV or an Excel .xlsx workbook from Zendesk, Freshdesk, ServiceNow, Jira Service Management or a spreadsheet) into the register, print what was decided (encoding, columns, dates, scale) and one summary line, and exit; non-zero if any row was rejected, in which case nothing is imported. Responses already in the register are updated where the export changed them, never doubled. The import is recorded (see --imports).</source>
        <translation>Alle Antworten aus dem Zufriedenheitsexport eines Service-Desks (CSV oder eine Excel-Arbeitsmappe .xlsx aus Zendesk, Freshdesk, ServiceNow, Jira Service Management oder einer Tabellenkalkulation) in das Register importieren, ausgeben, was festgelegt wurde (Kodierung, Spalten, Datumsangaben, Skala), dazu eine Zusammenfassungszeile, und dann beenden; der Rückgabewert ist ungleich null, wenn eine Zeile abgelehnt wurde, und in diesem Fall wird nichts importiert. Antworten, die bereits im Register sind, werden aktualisiert, wo der Export sie geändert hat, und nie doppelt angelegt. Der Import wird protokolliert (siehe --imports).</translation>
    </message>
    <message>
        <source>With --import: take FIELD from COLUMN (a header name or number). FIELD is one of ticket, date, channel, service, team, agent, score, reason, comment, customer, repeat, response (the survey response&apos;s own id). Repeatable.</source>
        <translation>Mit --import: FIELD aus COLUMN übernehmen (Spaltenname aus der Kopfzeile oder Spaltennummer). FIELD ist eines von ticket, date, channel, service, team, agent, score, reason, comment, customer, repeat, response (die eigene ID der Umfrageantwort). Mehrfach angebbar.</translation>
    </message>
    <message>
        <source>With --import: read and report, but write nothing anywhere (not even a new register).</source>
        <translation>Mit --import: lesen und berichten, aber nirgends etwas schreiben (nicht einmal ein neues Register).</translation>
    </message>
    <message>
        <source>With --import: import every response (the default; kept for scripts).</source>
        <translation>Mit --import: alle Antworten importieren (Standard; für Skripte beibehalten).</translation>
    </message>
    <message>
        <source>With --import: import only the poor responses.</source>
        <translation>Mit --import: nur die schlechten Antworten importieren.</translation>
    </message>
    <message>
        <source>With --import: import the other rows when some are bad, listing each row left out.</source>
        <translation>Mit --import: bei fehlerhaften Zeilen die übrigen importieren und jede ausgelassene Zeile auflisten.</translation>
    </message>
    <message>
        <source>With --import: read the file as NAME (UTF-8, windows-1252, ISO-8859-15, UTF-16LE …) instead of detecting it.</source>
        <translation>Mit --import: die Datei in der Kodierung NAME (UTF-8, windows-1252, ISO-8859-15, UTF-16LE …) lesen, statt die Kodierung zu erkennen.</translation>
    </message>
    <message>
        <source>With --import of a workbook: the sheet NAME (default: the first).</source>
        <translation>Mit --import einer Arbeitsmappe: das Tabellenblatt NAME (Standard: das erste).</translation>
    </message>
    <message>
        <source>With --import: the scores&apos; scale, one of 1-5, 1-10, 0-10, 0-3, bad-good, unhappy-happy, instead of deciding it from the column.</source>
        <translation>Mit --import: die Skala der Werte, eine von 1-5, 1-10, 0-10, 0-3, bad-good, unhappy-happy, statt sie aus der Spalte zu ermitteln.</translation>
    </message>
    <message>
        <source>List the imports made into the register (id, when, file, who, source, encoding, counts), then exit.</source>
        <translation>Die Importe in das Register auflisten (ID, Zeitpunkt, Datei, Person, Quelle, Kodierung, Anzahlen) und dann beenden.</translation>
    </message>
    <message>
        <source>Remove the responses import ID added (and put back what it changed), then exit.</source>
        <translation>Die Antworten entfernen, die der Import ID hinzugefügt hat (und zurücksetzen, was er geändert hat), und dann beenden.</translation>
    </message>
    <message>
        <source>Write every interaction to the CSV file OUT for a spreadsheet (time in UTC, ISO 8601), then exit. Cells a spreadsheet would run as a formula are written as text.</source>
        <translation>Alle Interaktionen in die CSV-Datei OUT für eine Tabellenkalkulation schreiben (Zeit in UTC, ISO 8601) und dann beenden. Zellen, die eine Tabellenkalkulation als Formel ausführen würde, werden als Text geschrieben.</translation>
    </message>
    <message>
        <source>--dry-run goes with --import and its options alone: it writes nothing, and the other commands would.</source>
        <translation>--dry-run gehört nur zu --import und dessen Optionen: es schreibt nichts, die anderen Befehle dagegen schon.</translation>
    </message>
    <message>
        <source>The register is read-only.</source>
        <translation>Das Register ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>--scale is one of 1-5, 1-10, 0-10, 0-3, bad-good, unhappy-happy, not “%1”.</source>
        <translation>--scale ist eines von 1-5, 1-10, 0-10, 0-3, bad-good, unhappy-happy, nicht „%1“.</translation>
    </message>
    <message>
        <source>--encoding: “%1” is not an encoding QuickWins knows (for example UTF-8, windows-1252, ISO-8859-15, UTF-16LE).</source>
        <translation>--encoding: „%1“ ist keine Kodierung, die QuickWins kennt (zum Beispiel UTF-8, windows-1252, ISO-8859-15, UTF-16LE).</translation>
    </message>
    <message>
        <source>The register is not open; nothing was imported.</source>
        <translation>Das Register ist nicht geöffnet; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1:%2: left out: %3</source>
        <translation>%1:%2: ausgelassen: %3</translation>
    </message>
    <message numerus="yes">
        <source>quickwins: %n row(s) rejected, so nothing was imported; --skip-bad-rows imports the rest.</source>
        <translation>
            <numerusform>quickwins: %n Zeile abgelehnt, daher wurde nichts importiert; --skip-bad-rows importiert den Rest.</numerusform>
            <numerusform>quickwins: %n Zeilen abgelehnt, daher wurde nichts importiert; --skip-bad-rows importiert den Rest.</numerusform>
        </translation>
    </message>
    <message>
        <source>No import has been made into this register.</source>
        <translation>In dieses Register wurde noch nichts importiert.</translation>
    </message>
    <message>
        <source>%1	%2	%3	by %4	%5, %6	rows %7, added %8, updated %9, unchanged %10	%11</source>
        <translation>%1	%2	%3	von %4	%5, %6	Zeilen %7, hinzugefügt %8, aktualisiert %9, unverändert %10	%11</translation>
    </message>
    <message>
        <source>in the register</source>
        <translation>im Register</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>There is no import %1 in this register; --imports lists them.</source>
        <translation>In diesem Register gibt es keinen Import %1; --imports listet die Importe auf.</translation>
    </message>
    <message>
        <source>Import %1 was removed already.</source>
        <translation>Import %1 wurde bereits entfernt.</translation>
    </message>
    <message>
        <source>Nothing was removed.</source>
        <translation>Es wurde nichts entfernt.</translation>
    </message>
    <message>
        <source>removed import %1 (“%2”): %3 added responses left the register, %4 updated ones were put back</source>
        <translation>Import %1 („%2“) entfernt: %3 hinzugefügte Antworten wurden aus dem Register entfernt, %4 aktualisierte wurden zurückgesetzt</translation>
    </message>
    <message numerus="yes">
        <source>quickwins: %n response(s) changed again since that import kept their newer values.</source>
        <translation>
            <numerusform>quickwins: %n Antwort, die seit diesem Import erneut geändert wurde, behielt ihre neueren Werte.</numerusform>
            <numerusform>quickwins: %n Antworten, die seit diesem Import erneut geändert wurden, behielten ihre neueren Werte.</numerusform>
        </translation>
    </message>
    <message>
        <source>No edit was made.</source>
        <translation>Es wurde keine Bearbeitung vorgenommen.</translation>
    </message>
    <message>
        <source>%1:%2: the line is longer than %3 characters; nothing after it was read.</source>
        <translation>%1:%2: die Zeile ist länger als %3 Zeichen; danach wurde nichts mehr gelesen.</translation>
    </message>
    <message>
        <source>Show QuickWins in the THEME light, dark or system (the desktop&apos;s colours), instead of the one chosen last in View ▸ Theme.</source>
        <translation>QuickWins im Design THEME anzeigen – light, dark oder system (die Farben der Arbeitsumgebung) – statt im zuletzt unter Ansicht ▸ Design gewählten.</translation>
    </message>
    <message>
        <source>The register to open, as --register FILE (a file manager passes it).</source>
        <translation>Das zu öffnende Register, wie bei --register FILE (so übergibt es ein Dateimanager).</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”: QuickWins opens one register at a time; see --help.</source>
        <translation>Unerwartetes Argument „%1“: QuickWins öffnet jeweils nur ein Register; siehe --help.</translation>
    </message>
    <message>
        <source>The register is named twice (“%1” and --register “%2”); name it once.</source>
        <translation>Das Register ist zweimal angegeben („%1“ und --register „%2“); geben Sie es nur einmal an.</translation>
    </message>
    <message>
        <source>--theme is light, dark or system, not “%1”.</source>
        <translation>--theme ist light, dark oder system, nicht „%1“.</translation>
    </message>
    <message>
        <source>With --export-interactions, --export-csv or --export-chart: mask e-mail addresses and phone numbers in the texts, and leave the customers (and their names in comments and reasons) out. --presentation implies it.</source>
        <translation>Mit --export-interactions, --export-csv oder --export-chart: E-Mail-Adressen und Telefonnummern in den Texten maskieren und die Kunden (auch ihre Namen in Kommentaren und Gründen) weglassen. --presentation schließt es ein.</translation>
    </message>
    <message>
        <source>Write every poor response linked to no entry, with the cause triage found it in, to the CSV file OUT (columns ticket, interaction, group, group label), then exit. Causes never found in the register are found first.</source>
        <translation>Jede schlechte Antwort ohne Eintrag mit der Ursache, in der die Triage sie fand, in die CSV-Datei OUT schreiben (Spalten ticket, interaction, group, group label) und beenden. Ursachen, die im Register nie gesucht wurden, werden zuerst gefunden.</translation>
    </message>
    <message>
        <source>Causes could not be found: %1</source>
        <translation>Ursachen konnten nicht gefunden werden: %1</translation>
    </message>
    <message>
        <source>found %1 causes in %2 poor responses (%3 in none) in %4 s</source>
        <translation>%1 Ursachen in %2 schlechten Antworten gefunden (%3 in keiner) in %4 s</translation>
    </message>
    <message>
        <source>The register is read-only and its causes were never found: every response is written in no cause.</source>
        <translation>Das Register ist schreibgeschützt und seine Ursachen wurden nie gesucht: jede Antwort wird ohne Ursache geschrieben.</translation>
    </message>
    <message>
        <source>Print the agenda a review starting now would have (open actions, new evidence, new entries, quick wins not started, stale entries, done entries to verify), then exit.</source>
        <translation>Die Tagesordnung ausgeben, die eine jetzt beginnende Überprüfung hätte (offene Maßnahmen, neue Belege, neue Einträge, nicht begonnene schnelle Erfolge, stockende Einträge, zu verifizierende erledigte Einträge), und dann beenden.</translation>
    </message>
    <message>
        <source>Write the minutes of the latest review (or of --review N) to OUT, as PDF, Markdown or HTML by its extension (.pdf, .md, .html), then exit.</source>
        <translation>Das Protokoll der letzten Überprüfung (oder der mit --review N angegebenen) nach OUT schreiben, je nach Dateiendung als PDF, Markdown oder HTML (.pdf, .md, .html), und dann beenden.</translation>
    </message>
    <message>
        <source>With --export-minutes: the review N (its number, as Meeting ▸ Past Reviews shows it).</source>
        <translation>Mit --export-minutes: die Überprüfung N (ihre Nummer, wie Besprechung ▸ Frühere Überprüfungen sie anzeigt).</translation>
    </message>
    <message>
        <source>Write the report of a period to OUT, as PDF or as an Excel workbook by its extension (.pdf, .xlsx): poor interactions and satisfaction against the period before, improvements and their verdicts, the matrix and its movement, open quick wins, overdue actions, reviews held. Then exit.</source>
        <translation>Den Bericht über einen Zeitraum nach OUT schreiben, je nach Dateiendung als PDF oder als Excel-Arbeitsmappe (.pdf, .xlsx): schlechte Interaktionen und Zufriedenheit im Vergleich zum vorherigen Zeitraum, Verbesserungen und ihre Befunde, die Matrix und ihre Veränderungen, offene schnelle Erfolge, überfällige Maßnahmen, abgehaltene Überprüfungen. Dann beenden.</translation>
    </message>
    <message>
        <source>With --report: the period&apos;s first day (default: the last full quarter&apos;s).</source>
        <translation>Mit --report: der erste Tag des Zeitraums (Standard: der des letzten vollständigen Quartals).</translation>
    </message>
    <message>
        <source>With --report: the period&apos;s last day (default: the last full quarter&apos;s).</source>
        <translation>Mit --report: der letzte Tag des Zeitraums (Standard: der des letzten vollständigen Quartals).</translation>
    </message>
    <message>
        <source>Make the edits in FILE (- for standard input), one a line, each saved at once, print “done LINE” after each and exit. Edits: add-entry title=TEXT [FIELD=VALUE…]; edit-entry ID FIELD=VALUE…; remove-entry ID; add-interaction [ticket= service= score= comment= date=]; link INTERACTION ENTRY; set-poor SCALE UPTO (the scores up to UPTO on SCALE, such as 0-10, are poor); undo; redo; review-start [attendees=&quot;A; B&quot;]; review-decide ENTRY FIELD=VALUE…; review-note ENTRY text=…; action-add ENTRY text=… [owner=…] [due=YYYY-MM-DD]; action-done ACTION; review-end. ENTRY: its number or ID (CI-0042). Entry fields: title description cause service owner notes impact effort (1-5) target (YYYY-MM-DD) status (proposed approved in-progress done verified deferred rejected) category (people process technology partner). Quote values with spaces: title=&quot;Printer jams&quot;. Stops at the first edit that fails.</source>
        <translation>Die Bearbeitungen aus FILE (- für die Standardeingabe) ausführen, eine pro Zeile, jede sofort gespeichert, nach jeder „done LINE“ ausgeben und dann beenden. Bearbeitungen: add-entry title=TEXT [FIELD=VALUE…]; edit-entry ID FIELD=VALUE…; remove-entry ID; add-interaction [ticket= service= score= comment= date=]; link INTERACTION ENTRY; set-poor SCALE UPTO (die Werte bis UPTO auf der Skala SCALE, etwa 0-10, gelten als schlecht); undo; redo; review-start [attendees=&quot;A; B&quot;]; review-decide ENTRY FIELD=VALUE…; review-note ENTRY text=…; action-add ENTRY text=… [owner=…] [due=YYYY-MM-DD]; action-done ACTION; review-end. ENTRY: die Nummer oder ID des Eintrags (CI-0042). Felder eines Eintrags: title description cause service owner notes impact effort (1-5) target (YYYY-MM-DD) status (proposed approved in-progress done verified deferred rejected) category (people process technology partner). Werte mit Leerzeichen in Anführungszeichen setzen: title=&quot;Drucker staut Papier&quot;. Bricht bei der ersten fehlgeschlagenen Bearbeitung ab.</translation>
    </message>
    <message>
        <source>Agenda of a review starting %1 (%2)</source>
        <translation>Tagesordnung einer am %1 beginnenden Überprüfung (%2)</translation>
    </message>
    <message>
        <source>the register&apos;s first review</source>
        <translation>die erste Überprüfung des Registers</translation>
    </message>
    <message>
        <source>since the %1</source>
        <translation>seit der %1</translation>
    </message>
    <message>
        <source>Nothing is waiting for a review.</source>
        <translation>Nichts wartet auf eine Überprüfung.</translation>
    </message>
    <message>
        <source>action %1: %2</source>
        <translation>Maßnahme %1: %2</translation>
    </message>
    <message>
        <source>There is no review “%1” in the register; --agenda and Meeting ▸ Past Reviews show those held.</source>
        <translation>Im Register gibt es keine Überprüfung „%1“; --agenda und Besprechung ▸ Frühere Überprüfungen zeigen die abgehaltenen.</translation>
    </message>
    <message>
        <source>No review has ended in this register, so there are no minutes to write.</source>
        <translation>In diesem Register wurde noch keine Überprüfung beendet, daher gibt es kein Protokoll zu schreiben.</translation>
    </message>
    <message>
        <source>The %1 is still running: its minutes are written when it ends (review-end).</source>
        <translation>Die %1 läuft noch: ihr Protokoll wird geschrieben, wenn sie endet (review-end).</translation>
    </message>
    <message>
        <source>Minutes of the %1</source>
        <translation>Protokoll der %1</translation>
    </message>
    <message>
        <source>Copy the whole register (its history, snapshots, reviews, actions and imports, every id kept) to TARGET, then exit: a new register file, or a register on a PostgreSQL server, postgresql://USER@HOST:PORT/DATABASE, whose database holds nothing yet.</source>
        <translation>Das ganze Register (mit Verlauf, Momentaufnahmen, Überprüfungen, Maßnahmen und Importen, alle IDs beibehalten) nach TARGET kopieren und dann beenden: in eine neue Registerdatei oder in ein Register auf einem PostgreSQL-Server, postgresql://USER@HOST:PORT/DATABASE, dessen Datenbank noch nichts enthält.</translation>
    </message>
    <message>
        <source>On a register on a PostgreSQL server: make the database user USER a viewer (reads and exports), an editor (also changes) or an owner (also upgrades and grants) of it, then exit. Repeatable.</source>
        <translation>Bei einem Register auf einem PostgreSQL-Server: den Datenbankbenutzer USER zum Betrachter (viewer: lesen und exportieren), Bearbeiter (editor: auch ändern) oder Besitzer (owner: auch aktualisieren und Rechte vergeben) des Registers machen und dann beenden. Mehrfach angebbar.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %1 to %2: %n entries, with every interaction, history, snapshot, review and import.</source>
        <translation>
            <numerusform>%1 nach %2 kopiert: %n Eintrag, mit allen Interaktionen, dem Verlauf und allen Momentaufnahmen, Überprüfungen und Importen.</numerusform>
            <numerusform>%1 nach %2 kopiert: %n Einträge, mit allen Interaktionen, dem Verlauf und allen Momentaufnahmen, Überprüfungen und Importen.</numerusform>
        </translation>
    </message>
    <message>
        <source>--grant takes USER=ROLE, such as --grant alice=editor (ROLE: viewer, editor or owner), not “%1”.</source>
        <translation>--grant erwartet USER=ROLE, etwa --grant alice=editor (ROLE: viewer, editor oder owner), nicht „%1“.</translation>
    </message>
    <message>
        <source>%1 is now an owner of %2.</source>
        <translation>%1 ist jetzt Besitzer von %2.</translation>
    </message>
    <message>
        <source>%1 is now an editor of %2.</source>
        <translation>%1 ist jetzt Bearbeiter von %2.</translation>
    </message>
    <message>
        <source>%1 is now a viewer of %2.</source>
        <translation>%1 ist jetzt Betrachter von %2.</translation>
    </message>
</context>
<context>
    <name>qw::ActionsView</name>
    <message>
        <source>Show &amp;done</source>
        <translation>&amp;Erledigte anzeigen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>The actions could not be read.</source>
        <translation>Die Maßnahmen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>%1 · overdue</source>
        <translation>%1 · überfällig</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>erledigt am %1</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>Tick when it is done</source>
        <translation>Abhaken, wenn sie erledigt ist</translation>
    </message>
    <message>
        <source>Untick to open it again</source>
        <translation>Haken entfernen, um sie wieder zu öffnen</translation>
    </message>
    <message>
        <source>No action is open.</source>
        <translation>Keine Maßnahme ist offen.</translation>
    </message>
    <message numerus="yes">
        <source>%n open action(s)</source>
        <translation>
            <numerusform>%n offene Maßnahme</numerusform>
            <numerusform>%n offene Maßnahmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n überfällig</numerusform>
            <numerusform>, %n überfällig</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qw::Agenda</name>
    <message>
        <source>Open actions</source>
        <translation>Offene Maßnahmen</translation>
    </message>
    <message>
        <source>New evidence</source>
        <translation>Neue Belege</translation>
    </message>
    <message>
        <source>New entries to score and approve</source>
        <translation>Neue Einträge zum Bewerten und Genehmigen</translation>
    </message>
    <message>
        <source>Quick wins not started</source>
        <translation>Nicht begonnene schnelle Erfolge</translation>
    </message>
    <message>
        <source>Stale entries</source>
        <translation>Stockende Einträge</translation>
    </message>
    <message>
        <source>Done, to verify</source>
        <translation>Erledigt, zu verifizieren</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>in progress past its target date (%1)</source>
        <translation>in Arbeit, Zieldatum überschritten (%1)</translation>
    </message>
    <message numerus="yes">
        <source>unchanged for %n reviews</source>
        <translation>
            <numerusform>seit %n Überprüfung unverändert</numerusform>
            <numerusform>seit %n Überprüfungen unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>unchanged for %n days</source>
        <translation>
            <numerusform>seit %n Tag unverändert</numerusform>
            <numerusform>seit %n Tagen unverändert</numerusform>
        </translation>
    </message>
    <message>
        <source>no verdict: it has no date done</source>
        <translation>kein Befund: ohne Erledigungsdatum</translation>
    </message>
    <message>
        <source>%1: satisfaction %2 → %3 of 100 (%4 → %5 responses)</source>
        <translation>%1: Zufriedenheit %2 → %3 von 100 (%4 → %5 Antworten)</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>überfällig seit %1</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig am %1</translation>
    </message>
    <message numerus="yes">
        <source>+%n poor responses since the last review</source>
        <translation>
            <numerusform>+%n schlechte Antwort seit der letzten Überprüfung</numerusform>
            <numerusform>+%n schlechte Antworten seit der letzten Überprüfung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n poor responses in the last 30 days</source>
        <translation>
            <numerusform>%n schlechte Antwort in den letzten 30 Tagen</numerusform>
            <numerusform>%n schlechte Antworten in den letzten 30 Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in all</source>
        <translation>
            <numerusform>%n insgesamt</numerusform>
            <numerusform>%n insgesamt</numerusform>
        </translation>
    </message>
    <message>
        <source>not on the agenda: the list shows them all</source>
        <translation>nicht auf der Tagesordnung: die Liste zeigt alle</translation>
    </message>
    <message>
        <source>raised %1 by %2, impact %3, effort %4</source>
        <translation>gemeldet am %1 von %2, Wirkung %3, Aufwand %4</translation>
    </message>
    <message>
        <source>nobody named</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1, impact %2, effort %3%4</source>
        <translation>%1, Wirkung %2, Aufwand %3%4</translation>
    </message>
    <message>
        <source>, no owner</source>
        <translation>, nicht zugewiesen</translation>
    </message>
    <message>
        <source>, owner %1</source>
        <translation>, verantwortlich: %1</translation>
    </message>
    <message>
        <source>done %1 · %2</source>
        <translation>erledigt: %1 · %2</translation>
    </message>
    <message>
        <source>on no date</source>
        <translation>ohne Datum</translation>
    </message>
    <message numerus="yes">
        <source>%n more new entries</source>
        <translation>
            <numerusform>%n weiterer neuer Eintrag</numerusform>
            <numerusform>%n weitere neue Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more quick wins not started</source>
        <translation>
            <numerusform>%n weiterer nicht begonnener schneller Erfolg</numerusform>
            <numerusform>%n weitere nicht begonnene schnelle Erfolge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more stale entries</source>
        <translation>
            <numerusform>%n weiterer stockender Eintrag</numerusform>
            <numerusform>%n weitere stockende Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more done entries to verify</source>
        <translation>
            <numerusform>%n weiterer erledigter Eintrag zu bestätigen</numerusform>
            <numerusform>%n weitere erledigte Einträge zu bestätigen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qw::BeforeAfter</name>
    <message>
        <source>improved</source>
        <translation>verbessert</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>verschlechtert</translation>
    </message>
    <message>
        <source>not enough data</source>
        <translation>zu wenige Daten</translation>
    </message>
</context>
<context>
    <name>qw::Category</name>
    <message>
        <source>People</source>
        <translation>Menschen</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Technologie</translation>
    </message>
    <message>
        <source>Partner/supplier</source>
        <translation>Partner/Lieferant</translation>
    </message>
</context>
<context>
    <name>qw::Channel</name>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Vor Ort</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>qw::Commands</name>
    <message numerus="yes">
        <source>Import of ‘%1’ (%n response(s))</source>
        <translation>
            <numerusform>Import von ‚%1‘ (%n Antwort)</numerusform>
            <numerusform>Import von ‚%1‘ (%n Antworten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Import of ‘%1’</source>
        <translation>Import von ‚%1‘ entfernen</translation>
    </message>
    <message>
        <source>Change Which Responses Are Poor</source>
        <translation>Festlegen, welche Antworten schlecht sind</translation>
    </message>
</context>
<context>
    <name>qw::ComparisonBar</name>
    <message>
        <source>Compare with Snapshot</source>
        <translation>Mit Momentaufnahme vergleichen</translation>
    </message>
    <message>
        <source>This register has no snapshots yet. Take one at the end of a meeting (Meeting ▸ Take Snapshot) to compare with it at the next.</source>
        <translation>Dieses Register hat noch keine Momentaufnahmen. Erstellen Sie am Ende einer Besprechung eine (Besprechung ▸ Momentaufnahme erstellen), um in der nächsten damit zu vergleichen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Show what moved since:</source>
        <translation>Änderungen anzeigen seit:</translation>
    </message>
    <message>
        <source>%1 %2 (closed)</source>
        <translation>%1 %2 (abgeschlossen)</translation>
    </message>
    <message>
        <source>%1 %2 (removed)</source>
        <translation>%1 %2 (entfernt)</translation>
    </message>
    <message>
        <source>Compared with &lt;b&gt;%1&lt;/b&gt; of %2: %3 moved, %4 new.</source>
        <translation>Verglichen mit &lt;b&gt;%1&lt;/b&gt; vom %2: %3 verschoben, %4 neu.</translation>
    </message>
    <message>
        <source>Closed or removed since: %1.</source>
        <translation>Seitdem abgeschlossen oder entfernt: %1.</translation>
    </message>
    <message>
        <source>Stop comparing</source>
        <translation>Vergleich beenden</translation>
    </message>
</context>
<context>
    <name>qw::DateEdits</name>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>Up and Down change the part under the cursor; Delete clears the date</source>
        <translation>Pfeil hoch und Pfeil runter ändern den Teil unter dem Cursor; Entf löscht das Datum</translation>
    </message>
</context>
<context>
    <name>qw::EntryDialog</name>
    <message>
        <source>New entry</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>What will be improved, in a few words</source>
        <translation>Was verbessert wird, in wenigen Worten</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Underlying &amp;cause:</source>
        <translation>&amp;Ursache:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>ITIL &amp;practice:</source>
        <translation>ITIL-&amp;Praktik:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>&amp;Raised by:</source>
        <translation>&amp;Gemeldet von:</translation>
    </message>
    <message>
        <source>Date raised:</source>
        <translation>Gemeldet am:</translation>
    </message>
    <message>
        <source>Date do&amp;ne:</source>
        <translation>Erle&amp;digt am:</translation>
    </message>
    <message>
        <source>E&amp;xpected benefit:</source>
        <translation>Erwarteter &amp;Nutzen:</translation>
    </message>
    <message>
        <source>&amp;Entry</source>
        <translation>&amp;Eintrag</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Ve&amp;rlauf</translation>
    </message>
    <message>
        <source>An entry needs a title, an impact and an effort.</source>
        <translation>Ein Eintrag braucht einen Titel, eine Wirkung und einen Aufwand.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Zufriedenheit</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Erneut</translation>
    </message>
    <message>
        <source>&amp;Linked interactions</source>
        <translation>Verknüpfte &amp;Interaktionen</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>keine Bewertung</translation>
    </message>
    <message>
        <source>%1 (poor)</source>
        <translation>%1 (schlecht)</translation>
    </message>
    <message>
        <source>&amp;Linked interactions (%1)</source>
        <translation>Verknüpfte &amp;Interaktionen (%1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;The evidence suggests impact %1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;Die Belege legen Wirkung %1 nahe&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>&amp;Use impact %1</source>
        <translation>Wirkung %1 &amp;übernehmen</translation>
    </message>
    <message>
        <source>all services</source>
        <translation>alle Services</translation>
    </message>
    <message>
        <source>&lt;b&gt;Satisfaction before and after: %1&lt;/b&gt;&lt;br&gt;%2, 90 days before the date done: %3 % (%4 responses); 90 days after: %5 % (%6 responses).</source>
        <translation>&lt;b&gt;Zufriedenheit vorher und nachher: %1&lt;/b&gt;&lt;br&gt;%2, 90 Tage vor dem Erledigungsdatum: %3 % (%4 Antworten); 90 Tage danach: %5 % (%6 Antworten).</translation>
    </message>
    <message>
        <source>&lt;b&gt;This entry holds values QuickWins does not know:&lt;/b&gt; %1. They were written outside QuickWins. Choose them again to save the entry.</source>
        <translation>&lt;b&gt;Dieser Eintrag enthält Werte, die QuickWins nicht kennt:&lt;/b&gt; %1. Sie wurden außerhalb von QuickWins geschrieben. Wählen Sie sie erneut, um den Eintrag zu speichern.</translation>
    </message>
    <message>
        <source>Cannot be saved yet: %1.</source>
        <translation>Kann noch nicht gespeichert werden: %1.</translation>
    </message>
    <message>
        <source>Categor&amp;y:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>Tar&amp;get date:</source>
        <translation>&amp;Zieldatum:</translation>
    </message>
    <message>
        <source>Wor&amp;k notes:</source>
        <translation>Arbeitsn&amp;otizen:</translation>
    </message>
    <message>
        <source>&lt;b&gt;The title or the description holds an e-mail address or a phone number.&lt;/b&gt; The title is shown on the matrix, in exports and on a shared screen: say what went wrong without the customer&apos;s details (they stay in the linked interactions).</source>
        <translation>&lt;b&gt;Der Titel oder die Beschreibung enthält eine E-Mail-Adresse oder eine Telefonnummer.&lt;/b&gt; Der Titel wird in der Matrix, in Exporten und auf einem geteilten Bildschirm angezeigt: Beschreiben Sie, was schiefgelaufen ist, ohne die Angaben des Kunden (diese bleiben in den verknüpften Interaktionen erhalten).</translation>
    </message>
    <message>
        <source>interaction linked</source>
        <translation>Interaktion verknüpft</translation>
    </message>
    <message>
        <source>interaction unlinked</source>
        <translation>Verknüpfung der Interaktion gelöst</translation>
    </message>
    <message>
        <source>Personal data is hidden (View ▸ Hide Personal Data): the fields that hold some are shown masked and cannot be changed; they keep what they hold until personal data is shown again.</source>
        <translation>Personenbezogene Daten sind ausgeblendet (Ansicht ▸ Personenbezogene Daten ausblenden): Felder, die solche enthalten, werden maskiert angezeigt und können nicht geändert werden; sie behalten ihren Inhalt, bis personenbezogene Daten wieder angezeigt werden.</translation>
    </message>
</context>
<context>
    <name>qw::EntryFields</name>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>ITIL practice</source>
        <translation>ITIL-Praktik</translation>
    </message>
    <message>
        <source>impact</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>raised by</source>
        <translation>Erfasst von</translation>
    </message>
    <message>
        <source>date raised</source>
        <translation>Erfassungsdatum</translation>
    </message>
    <message>
        <source>target date</source>
        <translation>Zieldatum</translation>
    </message>
    <message>
        <source>date done</source>
        <translation>Erledigungsdatum</translation>
    </message>
    <message>
        <source>expected benefit</source>
        <translation>Erwarteter Nutzen</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>qw::EntryModel</name>
    <message>
        <source>%1 %2
%3: impact %4, effort %5</source>
        <translation>%1 %2
%3: Wirkung %4, Aufwand %5</translation>
    </message>
    <message>
        <source>Priority rank, the same number as on the matrix, in the colour of its quadrant</source>
        <translation>Prioritätsrang, dieselbe Nummer wie in der Matrix, in der Farbe seines Quadranten</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Verknüpft</translation>
    </message>
    <message>
        <source>For entries done: did satisfaction of their service rise in the 90 days after?</source>
        <translation>Für erledigte Einträge: Stieg die Zufriedenheit ihres Services in den 90 Tagen danach?</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Danach</translation>
    </message>
    <message>
        <source>%1 %2
Written outside QuickWins: %3. Open the entry to choose.</source>
        <translation>%1 %2
Außerhalb von QuickWins geschrieben: %3. Öffnen Sie den Eintrag, um die Werte zu wählen.</translation>
    </message>
    <message>
        <source>Interactions linked to the entry: its evidence</source>
        <translation>Mit dem Eintrag verknüpfte Interaktionen: seine Belege</translation>
    </message>
    <message>
        <source>Open entries waiting too long: in progress past their target date, or unchanged for the register&apos;s number of reviews or days (3 reviews or 60 days unless set)</source>
        <translation>Offene Einträge, die zu lange warten: in Arbeit mit überschrittenem Zieldatum oder seit der im Register festgelegten Zahl von Überprüfungen oder Tagen unverändert (3 Überprüfungen oder 60 Tage, sofern nicht anders festgelegt)</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Stockend</translation>
    </message>
    <message>
        <source>Numbers: priority rank (rescoring changes them)</source>
        <translation>Nummern: Rang nach Priorität (neue Bewertungen ändern sie)</translation>
    </message>
    <message>
        <source>Numbers: as at the start of the %1</source>
        <translation>Nummern: wie zu Beginn der %1</translation>
    </message>
</context>
<context>
    <name>qw::EntryRepository</name>
    <message>
        <source>%1 is not in the register</source>
        <translation>%1 ist nicht im Register</translation>
    </message>
    <message>
        <source>someone else changed the %1 of %2 at the same moment, so this change was not made: look at theirs and make it again</source>
        <translation>jemand anderes hat im selben Moment %1 von %2 geändert, daher wurde diese Änderung nicht vorgenommen: Sehen Sie sich die andere Änderung an und nehmen Sie Ihre erneut vor</translation>
    </message>
</context>
<context>
    <name>qw::FilterBar</name>
    <message>
        <source>Filter by ID, title, service or owner</source>
        <translation>Nach ID, Titel, Service oder Verantwortlichem filtern</translation>
    </message>
    <message>
        <source>&amp;Open only</source>
        <translation>Nur &amp;offene</translation>
    </message>
    <message>
        <source>Hide entries that are done, verified or rejected</source>
        <translation>Erledigte, verifizierte und abgelehnte Einträge ausblenden</translation>
    </message>
    <message>
        <source>Raised:</source>
        <translation>Gemeldet:</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Show all open entries again</source>
        <translation>Wieder alle offenen Einträge anzeigen</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Alle Services</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Alle Verantwortlichen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Raised on or after (Delete: any time)</source>
        <translation>Gemeldet frühestens am (Entf: beliebig)</translation>
    </message>
    <message>
        <source>Raised on or before (Delete: any time)</source>
        <translation>Gemeldet spätestens am (Entf: beliebig)</translation>
    </message>
</context>
<context>
    <name>qw::HelpDialogs</name>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>In the views and fields</source>
        <translation>In den Ansichten und Feldern</translation>
    </message>
    <message>
        <source>Leave presentation mode</source>
        <translation>Präsentationsmodus verlassen</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Matrix: move the selected entry one impact up or down</source>
        <translation>Matrix: den ausgewählten Eintrag um eine Wirkungsstufe nach oben oder unten verschieben</translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation>Pfeil hoch, Pfeil runter</translation>
    </message>
    <message>
        <source>Matrix: move the selected entry one effort left or right</source>
        <translation>Matrix: den ausgewählten Eintrag um eine Aufwandsstufe nach links oder rechts verschieben</translation>
    </message>
    <message>
        <source>Left, Right</source>
        <translation>Pfeil links, Pfeil rechts</translation>
    </message>
    <message>
        <source>Matrix or list: open the selected entry</source>
        <translation>Matrix oder Liste: den ausgewählten Eintrag öffnen</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Matrix: cancel a drag</source>
        <translation>Matrix: Ziehen abbrechen</translation>
    </message>
    <message>
        <source>Filter text: clear it</source>
        <translation>Filtertext: leeren</translation>
    </message>
    <message>
        <source>Date field: no date (“none”, “any time”)</source>
        <translation>Datumsfeld: kein Datum („keins“, „beliebig“)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Entf</translation>
    </message>
    <message>
        <source>Next field, previous field</source>
        <translation>Nächstes Feld, vorheriges Feld</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <source>Impact or effort: the next or previous score</source>
        <translation>Wirkung oder Aufwand: nächste oder vorherige Bewertung</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Getting Started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>Matrix: zoom into Quick wins, Major projects, Fill-ins or Thankless tasks (or click its name)</source>
        <translation>Matrix: in „Schnelle Erfolge“, „Großprojekte“, „Lückenfüller“ oder „Undankbare Aufgaben“ zoomen (oder auf den Namen klicken)</translation>
    </message>
    <message>
        <source>1, 2, 3, 4</source>
        <translation>1, 2, 3, 4</translation>
    </message>
    <message>
        <source>Matrix: all four quadrants again</source>
        <translation>Matrix: wieder alle vier Quadranten</translation>
    </message>
    <message>
        <source>0, Esc</source>
        <translation>0, Esc</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Getting started with QuickWins&lt;/h2&gt;&lt;p&gt;QuickWins keeps one cycle going: what customers said becomes evidence, evidence becomes improvements, and each improvement is checked against what customers say afterwards.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Evidence.&lt;/b&gt; Import your service desk tool&apos;s satisfaction survey export (File ▸ Import Interactions…, Ctrl+I), or log a poor interaction as it is reported (Edit ▸ Log Interaction…, Ctrl+L). Every response counts for the trend; the poor ones are the evidence. File ▸ Poor Responses… says which scores are poor.&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Entries.&lt;/b&gt; Select poor interactions and make an entry of the improvement they call for (Edit ▸ New Entry from Interaction…), or link them to an entry that exists (Ctrl+K). The Triage panel groups the poor interactions that no entry covers yet.&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Scores.&lt;/b&gt; Score each entry&apos;s impact and effort from 1 to 5. The editor shows what each score means and suggests an impact from the evidence linked to it; you decide.&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Matrix.&lt;/b&gt; Every open entry is a mark where its scores place it. The quick wins, high impact and low effort, are at the top left, and the Priorities list ranks them first. Drag a mark, or use the arrow keys, to rescore it.&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Review.&lt;/b&gt; In the team&apos;s meeting, Meeting ▸ Presentation Mode (F5) shows the matrix in large text with a key beside it (each mark&apos;s number, ID and title) and no personal data; keys 1 to 4 zoom into one quadrant. Meeting ▸ Start Review walks the agenda, records decisions and actions, and writes the minutes; the next review shows what moved since.&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Before and after.&lt;/b&gt; When an improvement is done, set its status and the date it was done. Once there are responses from after that date, its editor and the list say whether the share of poor responses for its service improved, stayed the same or got worse.&lt;/p&gt;&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;To see a year of this, open the demonstration register from the start panel of an empty register.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Erste Schritte mit QuickWins&lt;/h2&gt;&lt;p&gt;QuickWins hält einen Kreislauf in Gang: Was Kunden gesagt haben, wird zum Beleg, Belege werden zu Verbesserungen, und jede Verbesserung wird an dem gemessen, was Kunden danach sagen.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Belege.&lt;/b&gt; Importieren Sie den Export der Zufriedenheitsumfrage Ihres Service-Desk-Tools (Datei ▸ Interaktionen importieren…, Strg+I), oder erfassen Sie eine schlechte Interaktion, sobald sie gemeldet wird (Bearbeiten ▸ Interaktion erfassen…, Strg+L). Jede Antwort zählt für den Verlauf; die schlechten sind die Belege. Datei ▸ Schlechte Antworten… legt fest, welche Werte als schlecht gelten.&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Einträge.&lt;/b&gt; Wählen Sie schlechte Interaktionen aus und legen Sie einen Eintrag für die Verbesserung an, die sie erfordern (Bearbeiten ▸ Neuer Eintrag aus Interaktion…), oder verknüpfen Sie sie mit einem vorhandenen Eintrag (Strg+K). Der Bereich „Sichtung“ gruppiert die schlechten Interaktionen, die noch kein Eintrag abdeckt.&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Bewertungen.&lt;/b&gt; Bewerten Sie Wirkung und Aufwand jedes Eintrags von 1 bis 5. Der Editor zeigt, was jede Bewertung bedeutet, und schlägt anhand der verknüpften Belege eine Wirkung vor; die Entscheidung liegt bei Ihnen.&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Matrix.&lt;/b&gt; Jeder offene Eintrag ist eine Markierung an der Stelle, an die ihn seine Bewertungen setzen. Die schnellen Erfolge, hohe Wirkung bei geringem Aufwand, stehen oben links, und die Liste „Prioritäten“ führt sie zuerst auf. Ziehen Sie eine Markierung oder verwenden Sie die Pfeiltasten, um den Eintrag neu zu bewerten.&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Überprüfung.&lt;/b&gt; In der Besprechung des Teams zeigt Besprechung ▸ Präsentationsmodus (F5) die Matrix in großer Schrift, daneben eine Legende (Nummer, ID und Titel jeder Markierung) und keine personenbezogenen Daten; die Tasten 1 bis 4 zoomen in einen Quadranten. Besprechung ▸ Überprüfung starten geht die Tagesordnung durch, hält Entscheidungen und Maßnahmen fest und schreibt das Protokoll; die nächste Überprüfung zeigt, was sich seither verschoben hat.&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Vorher und nachher.&lt;/b&gt; Wenn eine Verbesserung erledigt ist, setzen Sie ihren Status und das Datum, an dem sie erledigt wurde. Sobald es Antworten aus der Zeit danach gibt, zeigen ihr Editor und die Liste, ob sich der Anteil schlechter Antworten für ihren Service verbessert oder verschlechtert hat oder gleich geblieben ist.&lt;/p&gt;&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Um ein Jahr davon zu sehen, öffnen Sie das Demo-Register über den Startbereich eines leeren Registers.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>qw::Import</name>
    <message>
        <source>a generic export</source>
        <translation>allgemeiner Export</translation>
    </message>
    <message>
        <source>“%1” is not FIELD=COLUMN with FIELD one of %2.</source>
        <translation>„%1“ hat nicht die Form FIELD=COLUMN, wobei FIELD eines von %2 ist.</translation>
    </message>
    <message>
        <source>The file has no column “%1” for %2.</source>
        <translation>Die Datei hat keine Spalte „%1“ für %2.</translation>
    </message>
    <message>
        <source>line %1, column %2: this quoted field is never closed</source>
        <translation>Zeile %1, Spalte %2: dieses Feld in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Zufriedenheit</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Repeat contact</source>
        <translation>Erneuter Kontakt</translation>
    </message>
    <message>
        <source>Response id</source>
        <translation>Antwort-ID</translation>
    </message>
    <message>
        <source>“%1” names columns %2</source>
        <translation>„%1“ bezeichnet die Spalten %2</translation>
    </message>
    <message>
        <source>“%1” is ambiguous: columns %2 are both named so; name the column by its number, for example %3=%4.</source>
        <translation>„%1“ ist mehrdeutig: die Spalten %2 tragen beide diesen Namen; geben Sie die Spalte über ihre Nummer an, zum Beispiel %3=%4.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>recognised, %1</source>
        <translation>erkannt, %1</translation>
    </message>
    <message>
        <source>remembered from an earlier import</source>
        <translation>aus einem früheren Import übernommen</translation>
    </message>
    <message>
        <source>as chosen</source>
        <translation>wie gewählt</translation>
    </message>
    <message>
        <source>%1 ← column %2 “%3” (%4)</source>
        <translation>%1 ← Spalte %2 „%3“ (%4)</translation>
    </message>
    <message>
        <source>, else column %1 “%2”</source>
        <translation>, sonst Spalte %1 „%2“</translation>
    </message>
    <message>
        <source>line %1, column %2: a field longer than %3 characters</source>
        <translation>Zeile %1, Spalte %2: ein Feld mit mehr als %3 Zeichen</translation>
    </message>
    <message>
        <source>line %1, field %2: a field longer than %3 characters</source>
        <translation>Zeile %1, Feld %2: ein Feld mit mehr als %3 Zeichen</translation>
    </message>
    <message>
        <source>line %1: more than %2 fields in one record</source>
        <translation>Zeile %1: mehr als %2 Felder in einem Datensatz</translation>
    </message>
    <message>
        <source>“%1” is not an Excel workbook (.xlsx): %2.</source>
        <translation>„%1“ ist keine Excel-Arbeitsmappe (.xlsx): %2.</translation>
    </message>
    <message>
        <source>“%1” is a damaged workbook: its part %2 cannot be read (%3).</source>
        <translation>„%1“ ist eine beschädigte Arbeitsmappe: ihr Bestandteil %2 kann nicht gelesen werden (%3).</translation>
    </message>
    <message>
        <source>zip error %1</source>
        <translation>ZIP-Fehler %1</translation>
    </message>
    <message>
        <source>Sheet “%1”, row %2: %3.</source>
        <translation>Tabellenblatt „%1“, Zeile %2: %3.</translation>
    </message>
    <message>
        <source>Sheet “%1”, row %2, column %3: %4.</source>
        <translation>Tabellenblatt „%1“, Zeile %2, Spalte %3: %4.</translation>
    </message>
    <message>
        <source>the archive is damaged, %1</source>
        <translation>das Archiv ist beschädigt, %1</translation>
    </message>
    <message>
        <source>Sheet “%1”, row %2: the XML is damaged (%3).</source>
        <translation>Tabellenblatt „%1“, Zeile %2: das XML ist beschädigt (%3).</translation>
    </message>
    <message>
        <source>it is a binary workbook (.xlsb); save it as .xlsx</source>
        <translation>die Datei ist eine binäre Arbeitsmappe (.xlsb); speichern Sie sie als .xlsx</translation>
    </message>
    <message>
        <source>it is an OpenDocument spreadsheet (.ods); save it as .xlsx</source>
        <translation>die Datei ist eine OpenDocument-Tabelle (.ods); speichern Sie sie als .xlsx</translation>
    </message>
    <message>
        <source>it is a zip archive without xl/workbook.xml</source>
        <translation>die Datei ist ein ZIP-Archiv ohne xl/workbook.xml</translation>
    </message>
    <message>
        <source>“%1” has no worksheets.</source>
        <translation>„%1“ enthält keine Tabellenblätter.</translation>
    </message>
    <message>
        <source>it is missing</source>
        <translation>er fehlt</translation>
    </message>
    <message>
        <source>the cell reference “%1” is not valid</source>
        <translation>der Zellbezug „%1“ ist ungültig</translation>
    </message>
    <message>
        <source>it has more than 16,384 columns (beyond column XFD)</source>
        <translation>sie hat mehr als 16.384 Spalten (über Spalte XFD hinaus)</translation>
    </message>
    <message>
        <source>its shared string “%1” does not exist (the workbook is damaged)</source>
        <translation>die gemeinsam genutzte Zeichenfolge „%1“, auf die sie verweist, existiert nicht (die Arbeitsmappe ist beschädigt)</translation>
    </message>
    <message>
        <source>the cell&apos;s text is longer than 1,000,000 characters</source>
        <translation>der Text der Zelle ist länger als 1.000.000 Zeichen</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: %2.</source>
        <translation>„%1“ kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>“%1” is encrypted or is an old .xls file; save it as .xlsx without a password.</source>
        <translation>„%1“ ist verschlüsselt oder eine alte .xls-Datei; speichern Sie die Datei ohne Kennwort als .xlsx.</translation>
    </message>
    <message>
        <source>it is not a zip archive, as an .xlsx file is</source>
        <translation>die Datei ist kein ZIP-Archiv, wie es eine .xlsx-Datei ist</translation>
    </message>
    <message>
        <source>the archive is damaged or incomplete (%1)</source>
        <translation>das Archiv ist beschädigt oder unvollständig (%1)</translation>
    </message>
    <message>
        <source>The workbook has no sheet “%1”; its sheets are %2.</source>
        <translation>Die Arbeitsmappe hat kein Tabellenblatt „%1“; ihre Tabellenblätter sind %2.</translation>
    </message>
    <message>
        <source>“%1” is a damaged workbook: the sheet “%2” is not in it.</source>
        <translation>„%1“ ist eine beschädigte Arbeitsmappe: das Tabellenblatt „%2“ ist darin nicht enthalten.</translation>
    </message>
    <message>
        <source>rows read: %1, interactions imported: %2 (poor: %3), updated: %4, duplicates skipped: %5, rows rejected: %6</source>
        <translation>gelesene Zeilen: %1, importierte Interaktionen: %2 (schlecht: %3), aktualisiert: %4, übersprungene Duplikate: %5, abgelehnte Zeilen: %6</translation>
    </message>
    <message>
        <source>, bad rows left out: %1</source>
        <translation>, ausgelassene fehlerhafte Zeilen: %1</translation>
    </message>
    <message>
        <source>, not poor, left out: %1</source>
        <translation>, nicht schlecht, ausgelassen: %1</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>erkannt</translation>
    </message>
    <message>
        <source>Excel workbook, sheet “%1”</source>
        <translation>Excel-Arbeitsmappe, Tabellenblatt „%1“</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>encoding: %1 (%2); fields separated by %3</source>
        <translation>Kodierung: %1 (%2); Feldtrennzeichen: %3</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>dates: %1</source>
        <translation>Datumsangaben: %1</translation>
    </message>
    <message>
        <source>scale: %1 (%2); poor: %3</source>
        <translation>Skala: %1 (%2); schlecht: %3</translation>
    </message>
    <message>
        <source>decided from the column</source>
        <translation>aus der Spalte ermittelt</translation>
    </message>
    <message>
        <source>not imported: %1</source>
        <translation>nicht importiert: %1</translation>
    </message>
    <message>
        <source>The file is UTF-8 text except at byte %1 (and perhaps after); choose its encoding (--encoding NAME, or in the wizard).</source>
        <translation>Die Datei ist UTF-8-Text, außer bei Byte %1 (und möglicherweise danach); wählen Sie ihre Kodierung (--encoding NAME oder im Assistenten).</translation>
    </message>
    <message>
        <source>The encoding “%1” is not one QuickWins can read.</source>
        <translation>Die Kodierung „%1“ kann QuickWins nicht lesen.</translation>
    </message>
    <message>
        <source>The file is not valid %1 text; choose its encoding (--encoding NAME, or in the wizard).</source>
        <translation>Die Datei ist kein gültiger %1-Text; wählen Sie ihre Kodierung (--encoding NAME oder im Assistenten).</translation>
    </message>
</context>
<context>
    <name>qw::ImportDialog</name>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Zufriedenheit</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Reading the export…</source>
        <translation>Export wird gelesen…</translation>
    </message>
    <message>
        <source>Import Interactions</source>
        <translation>Interaktionen importieren</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Dates: as the file shows</source>
        <translation>Datumsangaben: wie in der Datei angegeben</translation>
    </message>
    <message>
        <source>Dates: day first (29/2/2016)</source>
        <translation>Datumsangaben: Tag zuerst (29/2/2016)</translation>
    </message>
    <message>
        <source>Dates: month first (2/29/2016)</source>
        <translation>Datumsangaben: Monat zuerst (2/29/2016)</translation>
    </message>
    <message>
        <source>First rows as they will be imported:</source>
        <translation>Erste Zeilen, wie sie importiert werden:</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Probleme:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(nicht importiert)</translation>
    </message>
    <message>
        <source>Line %1: rejected: %2</source>
        <translation>Zeile %1: abgelehnt: %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>keine Bewertung</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Some rows were rejected; nothing was imported.</source>
        <translation>Einige Zeilen wurden abgelehnt; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Import &amp;only the poor responses</source>
        <translation>Nur die &amp;schlechten Antworten importieren</translation>
    </message>
    <message>
        <source>&amp;Leave bad rows out and import the rest</source>
        <translation>&amp;Fehlerhafte Zeilen auslassen und den Rest importieren</translation>
    </message>
    <message>
        <source>Encoding: detected</source>
        <translation>Kodierung: erkannt</translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>Kodierung: %1</translation>
    </message>
    <message>
        <source>Choose the export (CSV or Excel) of your service desk tool&apos;s satisfaction survey.</source>
        <translation>Wählen Sie den Export (CSV oder Excel) der Zufriedenheitsumfrage Ihres Service-Desk-Tools.</translation>
    </message>
    <message>
        <source>Exports (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>Exporte (*.csv *.txt *.tsv *.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Line %1: left out: %2</source>
        <translation>Zeile %1: ausgelassen: %2</translation>
    </message>
    <message>
        <source>Rows: %1; new, to import: %2; already there, to update: %3; already there as they are: %4; not poor, left out: %5; bad rows: %6.</source>
        <translation>Zeilen: %1; neu, zu importieren: %2; bereits vorhanden, zu aktualisieren: %3; bereits unverändert vorhanden: %4; nicht schlecht, ausgelassen: %5; fehlerhafte Zeilen: %6.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Repeat contact</source>
        <translation>Erneuter Kontakt</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Erneut</translation>
    </message>
</context>
<context>
    <name>qw::ImportHistoryDialog</name>
    <message>
        <source>&amp;Remove Import…</source>
        <translation>Import &amp;entfernen…</translation>
    </message>
    <message>
        <source>Import History</source>
        <translation>Importverlauf</translation>
    </message>
    <message>
        <source>Every export imported into this register. Removing an import takes the responses it added out of the register and puts back the values of those it updated; Edit ▸ Undo brings them back.</source>
        <translation>Alle Exporte, die in dieses Register importiert wurden. Das Entfernen eines Imports nimmt die von ihm hinzugefügten Antworten aus dem Register und stellt bei den von ihm aktualisierten die früheren Werte wieder her; Bearbeiten ▸ Rückgängig holt sie zurück.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>In the register</source>
        <translation>Im Register</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Remove the import of “%1”? The %2 responses it added leave the register (and their links to entries), and the %3 it updated get their earlier values back. Edit ▸ Undo brings them back.</source>
        <translation>Den Import von „%1“ entfernen? Die %2 Antworten, die er hinzugefügt hat, werden aus dem Register entfernt (samt ihren Verknüpfungen mit Einträgen), und die %3, die er aktualisiert hat, erhalten ihre früheren Werte zurück. Bearbeiten ▸ Rückgängig holt sie zurück.</translation>
    </message>
    <message numerus="yes">
        <source>%n response(s) changed again since that import kept their newer values.</source>
        <translation>
            <numerusform>%n Antwort, die seit diesem Import erneut geändert wurde, behielt ihre neueren Werte.</numerusform>
            <numerusform>%n Antworten, die seit diesem Import erneut geändert wurden, behielten ihre neueren Werte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qw::InteractionDialog</name>
    <message>
        <source>Log a poor interaction</source>
        <translation>Schlechte Interaktion erfassen</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>Interaktion</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation>&amp;Agent:</translation>
    </message>
    <message>
        <source>e.g. INC0012345</source>
        <translation>z. B. INC0012345</translation>
    </message>
    <message>
        <source>Tic&amp;ket:</source>
        <translation>T&amp;icket:</translation>
    </message>
    <message>
        <source>Survey sca&amp;le:</source>
        <translation>&amp;Umfrageskala:</translation>
    </message>
    <message>
        <source>Satisfaction sc&amp;ore:</source>
        <translation>&amp;Zufriedenheitswert:</translation>
    </message>
    <message>
        <source>&amp;Reason given:</source>
        <translation>Genannter &amp;Grund:</translation>
    </message>
    <message>
        <source>Customer co&amp;mment:</source>
        <translation>Kundenkom&amp;mentar:</translation>
    </message>
    <message>
        <source>Name or e-mail (personal data)</source>
        <translation>Name oder E-Mail (personenbezogene Daten)</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>Ku&amp;nde:</translation>
    </message>
    <message>
        <source>Re&amp;peat contact: not fixed the first time</source>
        <translation>&amp;Erneuter Kontakt: beim ersten Mal nicht gelöst</translation>
    </message>
    <message>
        <source>No score given</source>
        <translation>Keine Bewertung abgegeben</translation>
    </message>
    <message>
        <source>%1 (poor)</source>
        <translation>%1 (schlecht)</translation>
    </message>
    <message>
        <source>Cannot be saved yet: %1.</source>
        <translation>Kann noch nicht gespeichert werden: %1.</translation>
    </message>
    <message>
        <source>Personal data is hidden (View ▸ Hide Personal Data): the customer&apos;s details are shown masked, and kept as they are until personal data is shown again.</source>
        <translation>Personenbezogene Daten sind ausgeblendet (Ansicht ▸ Personenbezogene Daten ausblenden): Die Angaben zum Kunden werden maskiert angezeigt und bleiben unverändert, bis personenbezogene Daten wieder angezeigt werden.</translation>
    </message>
</context>
<context>
    <name>qw::InteractionModel</name>
    <message>
        <source>no score</source>
        <translation>keine Bewertung</translation>
    </message>
    <message>
        <source>%1 (poor)</source>
        <translation>%1 (schlecht)</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Erneut</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Zufriedenheit</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Repeat contact</source>
        <translation>Erneuter Kontakt</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
</context>
<context>
    <name>qw::InteractionRepository</name>
    <message>
        <source>Qt&apos;s SQLite driver did not give access to its connection.</source>
        <translation>Der SQLite-Treiber von Qt hat keinen Zugriff auf seine Verbindung gegeben.</translation>
    </message>
    <message>
        <source>An imported row was neither added nor found.</source>
        <translation>Eine importierte Zeile wurde weder hinzugefügt noch gefunden.</translation>
    </message>
</context>
<context>
    <name>qw::LinkDialog</name>
    <message>
        <source>Link to entry</source>
        <translation>Mit Eintrag verknüpfen</translation>
    </message>
    <message>
        <source>Type part of an ID or title</source>
        <translation>Teil einer ID oder eines Titels eingeben</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Verknüpfen</translation>
    </message>
</context>
<context>
    <name>qw::MainWindow</name>
    <message>
        <source>QuickWins registers (*.qwr);;All files (*)</source>
        <translation>QuickWins-Register (*.qwr);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Prioritäten</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interaktionen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Register…</source>
        <translation>&amp;Neues Register…</translation>
    </message>
    <message>
        <source>&amp;Open Register…</source>
        <translation>Register ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>&amp;Kopie speichern unter…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Log Interaction…</source>
        <translation>&amp;Interaktion erfassen…</translation>
    </message>
    <message>
        <source>New &amp;Entry…</source>
        <translation>Neuer &amp;Eintrag…</translation>
    </message>
    <message>
        <source>New Entry &amp;from Interaction…</source>
        <translation>Neuer Eintrag &amp;aus Interaktion…</translation>
    </message>
    <message>
        <source>Lin&amp;k to Entry…</source>
        <translation>Mit Eintrag &amp;verknüpfen…</translation>
    </message>
    <message>
        <source>Edit Entr&amp;y…</source>
        <translation>Eintrag &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Remove Entry</source>
        <translation>Eintrag entfernen</translation>
    </message>
    <message>
        <source>Remove Interaction</source>
        <translation>Interaktion entfernen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Hide Personal Data</source>
        <translation>&amp;Personenbezogene Daten ausblenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About QuickWins</source>
        <translation>Ü&amp;ber QuickWins</translation>
    </message>
    <message>
        <source>About QuickWins</source>
        <translation>Über QuickWins</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;QuickWins %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A continuous-improvement register for IT service desks: every poor interaction becomes evidence, every improvement is scored on impact and effort, and the quick wins come first.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;QuickWins %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Ein Register für fortlaufende Verbesserung im IT-Service-Desk: Jede schlechte Interaktion wird zum Beleg, jede Verbesserung wird nach Wirkung und Aufwand bewertet, und die schnellen Erfolge kommen zuerst.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>%1 – QuickWins</source>
        <translation>%1 – QuickWins</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interactions</source>
        <translation>
            <numerusform>%n Interaktion</numerusform>
            <numerusform>%n Interaktionen</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed %1. Undo brings it back.</source>
        <translation>%1 entfernt. „Rückgängig“ stellt den Eintrag wieder her.</translation>
    </message>
    <message>
        <source>QuickWins</source>
        <translation>QuickWins</translation>
    </message>
    <message>
        <source>Open Register</source>
        <translation>Register öffnen</translation>
    </message>
    <message>
        <source>New Register</source>
        <translation>Neues Register</translation>
    </message>
    <message>
        <source>“%1” already exists. A new register needs a new file name; to use the existing one, open it.</source>
        <translation>„%1“ existiert bereits. Ein neues Register braucht einen neuen Dateinamen; um das vorhandene zu verwenden, öffnen Sie es.</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>Kopie speichern unter</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>Kopie gespeichert als %1</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>Diagramm &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Copy Chart</source>
        <translation>Diagramm &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Colour Marks By</source>
        <translation>Markierungen &amp;färben nach</translation>
    </message>
    <message>
        <source>&amp;Size Marks by Evidence</source>
        <translation>Markierungs&amp;größe nach Belegen</translation>
    </message>
    <message>
        <source>Larger marks for entries with more linked interactions</source>
        <translation>Größere Markierungen für Einträge mit mehr verknüpften Interaktionen</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>Bes&amp;prechung</translation>
    </message>
    <message>
        <source>&amp;Take Snapshot…</source>
        <translation>&amp;Momentaufnahme erstellen…</translation>
    </message>
    <message>
        <source>Take Snapshot</source>
        <translation>Momentaufnahme erstellen</translation>
    </message>
    <message>
        <source>Name of the snapshot, for example the meeting it records:</source>
        <translation>Name der Momentaufnahme, zum Beispiel die Besprechung, die sie festhält:</translation>
    </message>
    <message>
        <source>Meeting of %1</source>
        <translation>Besprechung vom %1</translation>
    </message>
    <message>
        <source>&amp;Compare with Snapshot…</source>
        <translation>Mit Momentaufnahme &amp;vergleichen…</translation>
    </message>
    <message>
        <source>&amp;Stop Comparing</source>
        <translation>Vergleich &amp;beenden</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>&amp;Find Entries</source>
        <translation>Einträge &amp;suchen</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries shown</source>
        <translation>
            <numerusform>%1 von %n Eintrag angezeigt</numerusform>
            <numerusform>%1 von %n Einträgen angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open %1…</source>
        <translation>%1 ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Link Selected Interactions to %1</source>
        <translation>Ausgewählte Interaktionen mit %1 &amp;verknüpfen</translation>
    </message>
    <message>
        <source>Snapshot “%1” taken</source>
        <translation>Momentaufnahme „%1“ erstellt</translation>
    </message>
    <message>
        <source>Chart exported to %1</source>
        <translation>Diagramm exportiert nach %1</translation>
    </message>
    <message>
        <source>Chart copied to the clipboard</source>
        <translation>Diagramm in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <source>&amp;Import Interactions…</source>
        <translation>&amp;Interaktionen importieren…</translation>
    </message>
    <message>
        <source>Satisfaction trend</source>
        <translation>Zufriedenheitsverlauf</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>Sichtung</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Register in Use</source>
        <translation>Register in Benutzung</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>&amp;Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>Today’s backup could not be made: %1</source>
        <translation>Die heutige Sicherung konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>There is no backup of this register yet. QuickWins makes one a day, in “%1”.</source>
        <translation>Von diesem Register gibt es noch keine Sicherung. QuickWins erstellt eine pro Tag, in „%1“.</translation>
    </message>
    <message>
        <source>Replace what “%1” holds with the backup of:</source>
        <translation>Den Inhalt von „%1“ ersetzen durch die Sicherung vom:</translation>
    </message>
    <message>
        <source>Replace everything in “%1” with the backup of %2?

What the register holds now is backed up first, so this too can be undone by restoring that backup.</source>
        <translation>Den gesamten Inhalt von „%1“ durch die Sicherung vom %2 ersetzen?

Der aktuelle Inhalt des Registers wird zuvor gesichert, sodass auch dies durch Wiederherstellen dieser Sicherung rückgängig gemacht werden kann.</translation>
    </message>
    <message>
        <source>Restored the backup of %1.</source>
        <translation>Sicherung vom %1 wiederhergestellt.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation>Import&amp;verlauf…</translation>
    </message>
    <message>
        <source>&amp;Poor Responses…</source>
        <translation>&amp;Schlechte Antworten…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Damaged.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Beschädigt.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Schreibgeschützt.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n entries hold values written outside QuickWins&lt;/b&gt; (%1). They are marked ⚠ in the list, and one whose impact or effort is out of range is not on the matrix: open it to choose its values.</source>
        <translation>
            <numerusform>&lt;b&gt;%n Eintrag enthält Werte, die außerhalb von QuickWins geschrieben wurden&lt;/b&gt; (%1). Er ist in der Liste mit ⚠ markiert; liegt seine Wirkung oder sein Aufwand außerhalb des gültigen Bereichs, erscheint er nicht in der Matrix: Öffnen Sie ihn, um seine Werte zu wählen.</numerusform>
            <numerusform>&lt;b&gt;%n Einträge enthalten Werte, die außerhalb von QuickWins geschrieben wurden&lt;/b&gt; (%1). Sie sind in der Liste mit ⚠ markiert, und ein Eintrag, dessen Wirkung oder Aufwand außerhalb des gültigen Bereichs liegt, erscheint nicht in der Matrix: Öffnen Sie ihn, um seine Werte zu wählen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Mask customers&apos; names, e-mail addresses and phone numbers everywhere, for sharing the screen</source>
        <translation>Namen, E-Mail-Adressen und Telefonnummern von Kunden überall maskieren, zum Teilen des Bildschirms</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>%1 is %2 and hidden by Open only.</source>
        <translation>%1 ist %2 und wird durch „Nur offene“ ausgeblendet.</translation>
    </message>
    <message>
        <source>%1 is hidden by the filter.</source>
        <translation>%1 wird durch den Filter ausgeblendet.</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <source>The demonstration register: a year of a service desk&apos;s survey, in a file of its own</source>
        <translation>Das Demo-Register: ein Jahr Umfrageantworten eines Service-Desks, in einer eigenen Datei</translation>
    </message>
    <message>
        <source>Export Repor&amp;t…</source>
        <translation>Be&amp;richt exportieren…</translation>
    </message>
    <message>
        <source>Remove %1 “%2” from the register? Undo brings it back.</source>
        <translation>%1 „%2“ aus dem Register entfernen? „Rückgängig“ stellt den Eintrag wieder her.</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>The review ended: its snapshot is taken and its minutes are in Meeting ▸ Past Reviews.</source>
        <translation>Die Überprüfung ist beendet: ihre Momentaufnahme ist erstellt, und ihr Protokoll steht unter Besprechung ▸ Frühere Überprüfungen.</translation>
    </message>
    <message>
        <source>Start &amp;Review…</source>
        <translation>Überprüfung &amp;starten…</translation>
    </message>
    <message>
        <source>&amp;Next Item</source>
        <translation>&amp;Nächster Punkt</translation>
    </message>
    <message>
        <source>Previous &amp;Item</source>
        <translation>V&amp;orheriger Punkt</translation>
    </message>
    <message>
        <source>&amp;End Review…</source>
        <translation>Überprüfung b&amp;eenden…</translation>
    </message>
    <message>
        <source>Past Re&amp;views…</source>
        <translation>&amp;Frühere Überprüfungen…</translation>
    </message>
    <message>
        <source>Show the &amp;Review</source>
        <translation>Überprüfung &amp;anzeigen</translation>
    </message>
    <message>
        <source>Causes in triage have not been found in this register yet, so the agenda has no new evidence: open the Triage tab once to find them.</source>
        <translation>In diesem Register wurden noch keine Ursachen in der Sichtung gefunden, daher hat die Tagesordnung keine neuen Belege: Öffnen Sie einmal den Reiter Sichtung, um sie zu finden.</translation>
    </message>
    <message>
        <source>Open Tea&amp;m Register…</source>
        <translation>&amp;Team-Register öffnen…</translation>
    </message>
    <message>
        <source>Cop&amp;y Register to a Team Register…</source>
        <translation>Register in ein Team-Register ko&amp;pieren…</translation>
    </message>
    <message>
        <source>%1 changed entries at %2</source>
        <translation>%1 hat um %2 Einträge geändert</translation>
    </message>
    <message numerus="yes">
        <source>%1 changed %n entries at %2</source>
        <translation>
            <numerusform>%1 hat %n Eintrag um %2 geändert</numerusform>
            <numerusform>%1 hat %n Einträge um %2 geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 removed %2 at %3</source>
        <translation>%1 hat %2 um %3 entfernt</translation>
    </message>
    <message>
        <source>%1 changed %2 “%3” at %4</source>
        <translation>%1 hat %2 „%3“ um %4 geändert</translation>
    </message>
    <message>
        <source>%1 changed the review at %2</source>
        <translation>%1 hat um %2 die Überprüfung geändert</translation>
    </message>
    <message>
        <source>%1 changed reviews or actions at %2</source>
        <translation>%1 hat um %2 Überprüfungen oder Maßnahmen geändert</translation>
    </message>
    <message numerus="yes">
        <source>%1 added %n interactions at %2</source>
        <translation>
            <numerusform>%1 hat %n Interaktion um %2 hinzugefügt</numerusform>
            <numerusform>%1 hat %n Interaktionen um %2 hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 changed interactions at %2</source>
        <translation>%1 hat um %2 Interaktionen geändert</translation>
    </message>
    <message>
        <source>%1 changed triage&apos;s causes at %2</source>
        <translation>%1 hat um %2 die Ursachen der Sichtung geändert</translation>
    </message>
    <message>
        <source>%1 changed the snapshots at %2</source>
        <translation>%1 hat um %2 die Momentaufnahmen geändert</translation>
    </message>
    <message>
        <source>The server refused that password for %1. Type it again.</source>
        <translation>Der Server hat dieses Kennwort für %1 abgelehnt. Geben Sie es erneut ein.</translation>
    </message>
    <message>
        <source>The server wants the password of %1.</source>
        <translation>Der Server verlangt das Kennwort von %1.</translation>
    </message>
    <message>
        <source>The register is open, but its password could not be kept in the keyring: %1</source>
        <translation>Das Register ist geöffnet, aber sein Kennwort konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Register Copied</source>
        <translation>Register kopiert</translation>
    </message>
    <message>
        <source>Everything in “%1” is now also in the team register %2. Others open it with File ▸ Open Team Register; its owner makes them editors or viewers (quickwins --grant).</source>
        <translation>Alles aus „%1“ ist jetzt auch im Team-Register %2. Andere öffnen es mit Datei ▸ Team-Register öffnen; sein Besitzer macht sie zu Bearbeitern oder Betrachtern (quickwins --grant).</translation>
    </message>
    <message>
        <source>&amp;Open the Team Register</source>
        <translation>Team-Register ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Jemand anderes</translation>
    </message>
    <message>
        <source>%1 changed the %2 of %3 to “%4” at %5 while you were editing it. You changed it to “%6”.</source>
        <translation>%1 hat um %5 das Feld %2 von %3 auf „%4“ geändert, während Sie den Eintrag bearbeitet haben. Sie haben es auf „%6“ geändert.</translation>
    </message>
    <message>
        <source>%1 changed the %2 of %3 to “%4” while you were editing it. You changed it to “%5”.</source>
        <translation>%1 hat das Feld %2 von %3 auf „%4“ geändert, während Sie den Eintrag bearbeitet haben. Sie haben es auf „%5“ geändert.</translation>
    </message>
    <message>
        <source>Changed While You Were Editing</source>
        <translation>Während der Bearbeitung geändert</translation>
    </message>
    <message>
        <source>Keep &amp;Theirs</source>
        <translation>&amp;Anderen Wert behalten</translation>
    </message>
    <message>
        <source>Use &amp;Yours</source>
        <translation>&amp;Eigenen Wert verwenden</translation>
    </message>
</context>
<context>
    <name>qw::MarkColours</name>
    <message>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>(no service)</source>
        <translation>(kein Service)</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(nicht zugewiesen)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
</context>
<context>
    <name>qw::MatrixView</name>
    <message>
        <source>Effort  (low → high)</source>
        <translation>Aufwand  (niedrig → hoch)</translation>
    </message>
    <message>
        <source>Impact  (low → high)</source>
        <translation>Wirkung  (niedrig → hoch)</translation>
    </message>
    <message numerus="yes">
        <source>#%1  %2  %3
%4 · impact %5, effort %6 · %7 · %n linked interaction(s)</source>
        <translation>
            <numerusform>#%1  %2  %3
%4 · Wirkung %5, Aufwand %6 · %7 · %n verknüpfte Interaktion</numerusform>
            <numerusform>#%1  %2  %3
%4 · Wirkung %5, Aufwand %6 · %7 · %n verknüpfte Interaktionen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 moved from impact %2, effort %3 to impact %4, effort %5</source>
        <translation>%1 von Wirkung %2, Aufwand %3 auf Wirkung %4, Aufwand %5 verschoben</translation>
    </message>
    <message numerus="yes">
        <source>%n entries scored impact %1, effort %2: click to list them</source>
        <translation>
            <numerusform>%n Eintrag mit Wirkung %1, Aufwand %2: zum Auflisten klicken</numerusform>
            <numerusform>%n Einträge mit Wirkung %1, Aufwand %2: zum Auflisten klicken</numerusform>
        </translation>
    </message>
    <message>
        <source>New since the snapshot</source>
        <translation>Neu seit der Momentaufnahme</translation>
    </message>
    <message>
        <source>%1.  %2  %3</source>
        <translation>%1.  %2  %3</translation>
    </message>
    <message>
        <source>Impact %1 · Effort %2 · %3</source>
        <translation>Wirkung %1 · Aufwand %2 · %3</translation>
    </message>
    <message>
        <source>Stale: %1</source>
        <translation>Stockend: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entries</source>
        <translation>
            <numerusform>%1: %n Eintrag</numerusform>
            <numerusform>%1: %n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Key: %n entries</source>
        <translation>
            <numerusform>Legende: %n Eintrag</numerusform>
            <numerusform>Legende: %n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>0: all four</source>
        <translation>0: alle vier</translation>
    </message>
    <message>
        <source>1–4: zoom</source>
        <translation>1–4: zoomen</translation>
    </message>
    <message>
        <source>%1 only (0 or Esc: all four quadrants)</source>
        <translation>Nur %1 (0 oder Esc: alle vier Quadranten)</translation>
    </message>
    <message>
        <source>(in the ×%1) </source>
        <translation>(in der ×%1) </translation>
    </message>
</context>
<context>
    <name>qw::Minutes</name>
    <message>
        <source>none</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>raised</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>put back in the register</source>
        <translation>wieder ins Register aufgenommen</translation>
    </message>
    <message>
        <source>removed from the register</source>
        <translation>aus dem Register entfernt</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>nicht zugewiesen</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig am %1</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>ohne Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>erledigt am %1</translation>
    </message>
    <message>
        <source>Minutes of the %1</source>
        <translation>Protokoll der %1</translation>
    </message>
    <message>
        <source>**Date:** %1, %2 to %3</source>
        <translation>**Datum:** %1, %2 bis %3</translation>
    </message>
    <message>
        <source>**Attendees:** %1</source>
        <translation>**Teilnehmer:** %1</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>keine erfasst</translation>
    </message>
    <message>
        <source>**Facilitator:** %1</source>
        <translation>**Moderation:** %1</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Still open.</source>
        <translation>Noch offen.</translation>
    </message>
    <message>
        <source>Done %1.</source>
        <translation>Erledigt am %1.</translation>
    </message>
    <message>
        <source>Decided: %1.</source>
        <translation>Beschlossen: %1.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Maßnahme: %1</translation>
    </message>
    <message>
        <source>Discussed; nothing was changed.</source>
        <translation>Besprochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Also decided</source>
        <translation>Außerdem beschlossen</translation>
    </message>
    <message>
        <source>Nothing was decided.</source>
        <translation>Es wurde nichts beschlossen.</translation>
    </message>
    <message>
        <source>Not discussed</source>
        <translation>Nicht besprochen</translation>
    </message>
    <message>
        <source>Every item was discussed.</source>
        <translation>Alle Punkte wurden besprochen.</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>No action was agreed.</source>
        <translation>Es wurde keine Maßnahme vereinbart.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) of earlier reviews still open.</source>
        <translation>
            <numerusform>%n Maßnahme aus früheren Überprüfungen ist noch offen.</numerusform>
            <numerusform>%n Maßnahmen aus früheren Überprüfungen sind noch offen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Movement since the last review</source>
        <translation>Veränderungen seit der letzten Überprüfung</translation>
    </message>
    <message>
        <source>This is the register&apos;s first review: there is nothing to compare with.</source>
        <translation>Dies ist die erste Überprüfung des Registers: es gibt nichts zum Vergleichen.</translation>
    </message>
    <message>
        <source>%1: new, impact %2, effort %3, %4</source>
        <translation>%1: neu, Wirkung %2, Aufwand %3, %4</translation>
    </message>
    <message>
        <source>impact %1 → %2, effort %3 → %4</source>
        <translation>Wirkung %1 → %2, Aufwand %3 → %4</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1: removed from the register</source>
        <translation>%1: aus dem Register entfernt</translation>
    </message>
    <message>
        <source>Since the %1:</source>
        <translation>Seit der %1:</translation>
    </message>
    <message>
        <source>No entry moved.</source>
        <translation>Kein Eintrag hat sich verschoben.</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>No improvement was done in the last year.</source>
        <translation>Im letzten Jahr wurde keine Verbesserung erledigt.</translation>
    </message>
    <message>
        <source>“%1” does not end in .pdf, .md or .html, so QuickWins cannot tell which kind of minutes to write.</source>
        <translation>„%1“ endet nicht auf .pdf, .md oder .html, daher weiß QuickWins nicht, in welchem Format das Protokoll geschrieben werden soll.</translation>
    </message>
</context>
<context>
    <name>qw::PastReviewsDialog</name>
    <message>
        <source>Past Reviews</source>
        <translation>Frühere Überprüfungen</translation>
    </message>
    <message>
        <source>&amp;Copy for E-mail</source>
        <translation>Für E-Mail &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Minutes %1</source>
        <translation>Protokoll %1</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export Minutes</source>
        <translation>Protokoll exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Markdown (*.md);;HTML (*.html)</source>
        <translation>PDF (*.pdf);;Markdown (*.md);;HTML (*.html)</translation>
    </message>
    <message>
        <source>Minutes of the %1</source>
        <translation>Protokoll der %1</translation>
    </message>
    <message>
        <source>No review has ended in this register yet: Meeting ▸ Start Review… holds one.</source>
        <translation>In diesem Register wurde noch keine Überprüfung beendet: Besprechung ▸ Überprüfung starten… hält eine ab.</translation>
    </message>
    <message numerus="yes">
        <source>Review of %1 (number %2)
%n attendee(s)</source>
        <translation>
            <numerusform>Überprüfung vom %1 (Nummer %2)
%n Teilnehmer</numerusform>
            <numerusform>Überprüfung vom %1 (Nummer %2)
%n Teilnehmer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qw::PersonalData</name>
    <message>
        <source>(hidden)</source>
        <translation>(ausgeblendet)</translation>
    </message>
</context>
<context>
    <name>qw::PoorRuleDialog</name>
    <message>
        <source>Poor Responses</source>
        <translation>Schlechte Antworten</translation>
    </message>
    <message>
        <source>A response is poor when its score is at most the point chosen for its scale. Poor responses are the evidence: they feed triage, the share of poor responses and the suggested impact, which are counted again when this changes.</source>
        <translation>Eine Antwort gilt als schlecht, wenn ihr Wert höchstens dem für ihre Skala gewählten Wert entspricht. Schlechte Antworten sind die Belege: Sie fließen in die Sichtung, den Anteil schlechter Antworten und die vorgeschlagene Wirkung ein, die bei einer Änderung hier neu berechnet werden.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1, poor up to:</source>
        <translation>%1, schlecht bis:</translation>
    </message>
</context>
<context>
    <name>qw::Practice</name>
    <message>
        <source>Incident management</source>
        <translation>Incident Management</translation>
    </message>
    <message>
        <source>Problem management</source>
        <translation>Problem Management</translation>
    </message>
    <message>
        <source>Change enablement</source>
        <translation>Change Enablement</translation>
    </message>
    <message>
        <source>Knowledge management</source>
        <translation>Knowledge Management</translation>
    </message>
    <message>
        <source>Service level management</source>
        <translation>Service Level Management</translation>
    </message>
    <message>
        <source>Service desk</source>
        <translation>Service Desk</translation>
    </message>
    <message>
        <source>Service request management</source>
        <translation>Service Request Management</translation>
    </message>
    <message>
        <source>Monitoring and event management</source>
        <translation>Monitoring and Event Management</translation>
    </message>
    <message>
        <source>IT asset management</source>
        <translation>IT Asset Management</translation>
    </message>
    <message>
        <source>Supplier management</source>
        <translation>Supplier Management</translation>
    </message>
    <message>
        <source>Relationship management</source>
        <translation>Relationship Management</translation>
    </message>
</context>
<context>
    <name>qw::Quadrant</name>
    <message>
        <source>Quick wins</source>
        <translation>Schnelle Erfolge</translation>
    </message>
    <message>
        <source>Major projects</source>
        <translation>Großprojekte</translation>
    </message>
    <message>
        <source>Fill-ins</source>
        <translation>Lückenfüller</translation>
    </message>
    <message>
        <source>Thankless tasks</source>
        <translation>Undankbare Aufgaben</translation>
    </message>
</context>
<context>
    <name>qw::RegisterDocument</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>This register is open read-only, so the change was not made.</source>
        <translation>Dieses Register ist schreibgeschützt geöffnet, daher wurde die Änderung nicht vorgenommen.</translation>
    </message>
    <message>
        <source>The change could not be saved, so the register was left as it was. The database said: %1</source>
        <translation>Die Änderung konnte nicht gespeichert werden, daher blieb das Register unverändert. Meldung der Datenbank: %1</translation>
    </message>
    <message>
        <source>The disk is full, so the change was not saved; the register was left as it was. Free some space and try again.</source>
        <translation>Der Datenträger ist voll, daher wurde die Änderung nicht gespeichert; das Register blieb unverändert. Geben Sie etwas Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>“%1” is read-only for now: the disk is full, so no change could be saved. Free some space and open it again.</source>
        <translation>„%1“ ist vorerst schreibgeschützt: der Datenträger ist voll, daher konnte keine Änderung gespeichert werden. Geben Sie etwas Speicherplatz frei und öffnen Sie das Register erneut.</translation>
    </message>
    <message>
        <source>You may look at “%1” but not change it: the file or its folder is write-protected.</source>
        <translation>Sie können „%1“ ansehen, aber nicht ändern: die Datei oder ihr Ordner ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>You may look at “%1” but not change it: it was opened read-only.</source>
        <translation>Sie können „%1“ ansehen, aber nicht ändern: das Register wurde schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>Checking “%1” is whole before it can be changed…</source>
        <translation>„%1“ wird auf Vollständigkeit geprüft, bevor Änderungen möglich sind…</translation>
    </message>
    <message>
        <source>“%1” could not be read whole, so what is shown is incomplete: %2</source>
        <translation>„%1“ konnte nicht vollständig gelesen werden, daher ist die Anzeige unvollständig: %2</translation>
    </message>
    <message>
        <source>%1 was not saved: %2.</source>
        <translation>%1 wurde nicht gespeichert: %2.</translation>
    </message>
    <message>
        <source>The entry</source>
        <translation>Der Eintrag</translation>
    </message>
    <message>
        <source>%1 was not changed: %2 (a value written outside QuickWins). Choose it in the same edit.</source>
        <translation>%1 wurde nicht geändert: %2 (ein außerhalb von QuickWins geschriebener Wert). Wählen Sie in derselben Bearbeitung einen gültigen Wert.</translation>
    </message>
    <message>
        <source>The interaction</source>
        <translation>Die Interaktion</translation>
    </message>
    <message>
        <source>The %1 is still running: end it before starting another.</source>
        <translation>Die %1 läuft noch: beenden Sie sie, bevor Sie eine weitere starten.</translation>
    </message>
    <message>
        <source>No review is running, so none was ended.</source>
        <translation>Es läuft keine Überprüfung, daher wurde keine beendet.</translation>
    </message>
    <message>
        <source>%1, in the %2 at %3</source>
        <translation>%1, in der %2 um %3</translation>
    </message>
    <message>
        <source>The server of “%1” has not answered since %2 (%3). What was read is shown, and nothing can be changed until QuickWins is connected again, which it tries by itself every second.</source>
        <translation>Der Server von „%1“ antwortet seit %2 nicht mehr (%3). Angezeigt wird, was gelesen wurde, und nichts kann geändert werden, bis QuickWins wieder verbunden ist; das versucht es jede Sekunde von selbst.</translation>
    </message>
    <message>
        <source>You may look at “%1” and export it but not change it: your database user (%2) is a viewer of this register. Its owner can make you an editor (quickwins --grant).</source>
        <translation>Sie können „%1“ ansehen und exportieren, aber nicht ändern: Ihr Datenbankbenutzer (%2) ist Betrachter dieses Registers. Sein Besitzer kann Sie zum Bearbeiter machen (quickwins --grant).</translation>
    </message>
    <message>
        <source>“%1” could not be read whole, so what is shown is incomplete: its server stopped answering (%2).</source>
        <translation>„%1“ konnte nicht vollständig gelesen werden, daher ist die Anzeige unvollständig: Sein Server antwortet nicht mehr (%2).</translation>
    </message>
    <message>
        <source>“%1” is not a role: a user is a viewer, an editor or an owner of a register.</source>
        <translation>„%1“ ist keine Rolle: Ein Benutzer ist Betrachter (viewer), Bearbeiter (editor) oder Besitzer (owner) eines Registers.</translation>
    </message>
    <message>
        <source>The change may not have been saved: the server of “%1” stopped answering as it was being saved (%2). Once QuickWins is connected again it shows what the register holds.</source>
        <translation>Die Änderung wurde möglicherweise nicht gespeichert: Der Server von „%1“ hat während des Speicherns aufgehört zu antworten (%2). Sobald QuickWins wieder verbunden ist, zeigt es, was das Register enthält.</translation>
    </message>
    <message>
        <source>The change was not saved: the server of “%1” cannot be reached (%2).</source>
        <translation>Die Änderung wurde nicht gespeichert: Der Server von „%1“ ist nicht erreichbar (%2).</translation>
    </message>
</context>
<context>
    <name>qw::Report</name>
    <message>
        <source>Q%1 %2</source>
        <translation>Q%1 %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>the snapshot “%1” of %2</source>
        <translation>der Momentaufnahme „%1“ vom %2</translation>
    </message>
    <message>
        <source>the register on %1</source>
        <translation>dem Stand des Registers am %1</translation>
    </message>
    <message>
        <source>“%1” of %2</source>
        <translation>„%1“ vom %2</translation>
    </message>
    <message>
        <source>Continuous improvement: %1</source>
        <translation>Fortlaufende Verbesserung: %1</translation>
    </message>
    <message>
        <source>%1 to %2, against %3 to %4. Written by QuickWins on %5.</source>
        <translation>%1 bis %2, verglichen mit %3 bis %4. Erstellt von QuickWins am %5.</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <source>Period before</source>
        <translation>Vorheriger Zeitraum</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Poor interactions</source>
        <translation>Schlechte Interaktionen</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Satisfaction (of 100)</source>
        <translation>Zufriedenheit (von 100)</translation>
    </message>
    <message>
        <source>Improvements done in the period</source>
        <translation>Im Zeitraum erledigte Verbesserungen</translation>
    </message>
    <message>
        <source>No improvement was done in the period.</source>
        <translation>Im Zeitraum wurde keine Verbesserung erledigt.</translation>
    </message>
    <message>
        <source>no service</source>
        <translation>kein Service</translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s) as evidence</source>
        <translation>
            <numerusform>%n Interaktion als Beleg</numerusform>
            <numerusform>%n Interaktionen als Belege</numerusform>
        </translation>
    </message>
    <message>
        <source>Before and after: %1</source>
        <translation>Vorher und nachher: %1</translation>
    </message>
    <message>
        <source>The matrix at the period&apos;s end</source>
        <translation>Die Matrix am Ende des Zeitraums</translation>
    </message>
    <message>
        <source>Open entries as %1, numbered by priority.</source>
        <translation>Offene Einträge gemäß %1, nach Priorität nummeriert.</translation>
    </message>
    <message>
        <source>No snapshot was taken by the period&apos;s start: its movement cannot be shown.</source>
        <translation>Bis zum Beginn des Zeitraums wurde keine Momentaufnahme erstellt: die Veränderungen der Matrix können nicht gezeigt werden.</translation>
    </message>
    <message>
        <source>Movement since the snapshot %1:</source>
        <translation>Veränderungen seit der Momentaufnahme %1:</translation>
    </message>
    <message>
        <source>No entry moved.</source>
        <translation>Kein Eintrag hat sich verschoben.</translation>
    </message>
    <message>
        <source>new: impact %1, effort %2, %3</source>
        <translation>neu: Wirkung %1, Aufwand %2, %3</translation>
    </message>
    <message>
        <source>impact %1 → %2, effort %3 → %4, %5 → %6</source>
        <translation>Wirkung %1 → %2, Aufwand %3 → %4, %5 → %6</translation>
    </message>
    <message>
        <source>Open quick wins</source>
        <translation>Offene schnelle Erfolge</translation>
    </message>
    <message>
        <source>No quick win is waiting.</source>
        <translation>Kein schneller Erfolg wartet.</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>nicht zugewiesen</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>Überfällige Maßnahmen</translation>
    </message>
    <message>
        <source>No action was overdue at the period&apos;s end.</source>
        <translation>Am Ende des Zeitraums war keine Maßnahme überfällig.</translation>
    </message>
    <message>
        <source>Reviews held</source>
        <translation>Abgehaltene Überprüfungen</translation>
    </message>
    <message>
        <source>No review was held in the period.</source>
        <translation>Im Zeitraum wurde keine Überprüfung abgehalten.</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n Entscheidung</numerusform>
            <numerusform>%n Entscheidungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) agreed</source>
        <translation>
            <numerusform>%n Maßnahme vereinbart</numerusform>
            <numerusform>%n Maßnahmen vereinbart</numerusform>
        </translation>
    </message>
    <message>
        <source>Satisfaction by month (of 100), the twelve months to the period&apos;s end</source>
        <translation>Zufriedenheit nach Monat (von 100), die zwölf Monate bis zum Ende des Zeitraums</translation>
    </message>
    <message>
        <source>No scored response in these months</source>
        <translation>Keine bewertete Antwort in diesen Monaten</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Gemeldet am</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zieldatum</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt am</translation>
    </message>
    <message>
        <source>Linked interactions</source>
        <translation>Verknüpfte Interaktionen</translation>
    </message>
    <message>
        <source>Improvements</source>
        <translation>Verbesserungen</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Responses before</source>
        <translation>Antworten vorher</translation>
    </message>
    <message>
        <source>Satisfaction before</source>
        <translation>Zufriedenheit vorher</translation>
    </message>
    <message>
        <source>Responses after</source>
        <translation>Antworten nachher</translation>
    </message>
    <message>
        <source>Satisfaction after</source>
        <translation>Zufriedenheit nachher</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>no date done</source>
        <translation>kein Erledigungsdatum</translation>
    </message>
    <message>
        <source>Satisfaction by service &amp; month</source>
        <translation>Zufriedenheit (Service &amp; Monat)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Poor share (%)</source>
        <translation>Anteil schlecht (%)</translation>
    </message>
    <message>
        <source>(no service)</source>
        <translation>(kein Service)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Vereinbart am</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Überprüfungen</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Abgehalten am</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>Actions agreed</source>
        <translation>Vereinbarte Maßnahmen</translation>
    </message>
    <message>
        <source>No snapshot was taken during the period (the last one, “%1”, is from before its start): its movement cannot be shown.</source>
        <translation>Im Zeitraum wurde keine Momentaufnahme erstellt (die letzte, „%1“, stammt von vor seinem Beginn): seine Bewegung kann nicht gezeigt werden.</translation>
    </message>
    <message>
        <source>Responses are counted by their day in UTC, as the register keeps them: one given near midnight here may count on the day before or after.</source>
        <translation>Antworten werden nach ihrem Tag in UTC gezählt, wie das Register sie führt: Eine um Mitternacht hier gegebene Antwort kann auf den Tag davor oder danach fallen.</translation>
    </message>
</context>
<context>
    <name>qw::ReportExport</name>
    <message>
        <source>quickwins-xlsx, which writes workbooks, is not installed beside QuickWins.</source>
        <translation>quickwins-xlsx, das Arbeitsmappen schreibt, ist nicht neben QuickWins installiert.</translation>
    </message>
    <message>
        <source>%1 takes a date YYYY-MM-DD, not “%2”.</source>
        <translation>%1 erwartet ein Datum YYYY-MM-DD, nicht „%2“.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>Der Zeitraum endet (%1), bevor er beginnt (%2).</translation>
    </message>
    <message>
        <source>“%1” does not end in .pdf or .xlsx, so QuickWins cannot tell which kind of report to write.</source>
        <translation>„%1“ endet nicht auf .pdf oder .xlsx, daher weiß QuickWins nicht, in welchem Format der Bericht geschrieben werden soll.</translation>
    </message>
    <message>
        <source>The register could not be read, so no report was written.</source>
        <translation>Das Register konnte nicht gelesen werden, daher wurde kein Bericht geschrieben.</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Last quarter (%1)</source>
        <translation>Letztes Quartal (%1)</translation>
    </message>
    <message>
        <source>Last month (%1)</source>
        <translation>Letzter Monat (%1)</translation>
    </message>
    <message>
        <source>Dates of my own</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report %1.pdf</source>
        <translation>Bericht %1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Excel workbook (*.xlsx)</source>
        <translation>PDF (*.pdf);;Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>qw::Review</name>
    <message>
        <source>review of %1</source>
        <translation>Überprüfung vom %1</translation>
    </message>
</context>
<context>
    <name>qw::ReviewPanel</name>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the item up the agenda (Alt+Shift+Up)</source>
        <translation>Den Punkt in der Tagesordnung nach oben verschieben (Alt+Umschalt+Pfeil hoch)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the item down the agenda (Alt+Shift+Down)</source>
        <translation>Den Punkt in der Tagesordnung nach unten verschieben (Alt+Umschalt+Pfeil runter)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Skip the item, or take it back (Ctrl+Shift+K): the minutes list it as not discussed</source>
        <translation>Den Punkt überspringen oder das Überspringen zurücknehmen (Strg+Umschalt+K): das Protokoll führt ihn als nicht besprochen auf</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Add an item to the agenda</source>
        <translation>Einen Punkt zur Tagesordnung hinzufügen</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 Min.</translation>
    </message>
    <message>
        <source>Give the item one more minute (Ctrl+T)</source>
        <translation>Dem Punkt eine Minute mehr geben (Strg+T)</translation>
    </message>
    <message>
        <source>&amp;Impact</source>
        <translation>&amp;Wirkung</translation>
    </message>
    <message>
        <source>Effo&amp;rt</source>
        <translation>Au&amp;fwand</translation>
    </message>
    <message>
        <source>Tar&amp;get</source>
        <translation>&amp;Zieldatum</translation>
    </message>
    <message>
        <source>Edit Entry…</source>
        <translation>Eintrag bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Verantwortlich</translation>
    </message>
    <message>
        <source>Note for the minutes</source>
        <translation>Notiz für das Protokoll</translation>
    </message>
    <message>
        <source>Action: what is to be done</source>
        <translation>Maßnahme: was zu tun ist</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Add &amp;Action</source>
        <translation>&amp;Maßnahme hinzufügen</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>The previous item (Page Up)</source>
        <translation>Der vorherige Punkt (Bild auf)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>The next item (Page Down)</source>
        <translation>Der nächste Punkt (Bild ab)</translation>
    </message>
    <message>
        <source>E&amp;nd Review…</source>
        <translation>Überprüfung b&amp;eenden…</translation>
    </message>
    <message>
        <source>Review of %1 · item %2 of %3 · %4</source>
        <translation>Überprüfung vom %1 · Punkt %2 von %3 · %4</translation>
    </message>
    <message>
        <source>no attendees recorded</source>
        <translation>keine Teilnehmer erfasst</translation>
    </message>
    <message>
        <source>The agenda is empty: nothing waited for this review. Add an item, or end the review.</source>
        <translation>Die Tagesordnung ist leer: für diese Überprüfung stand nichts an. Fügen Sie einen Punkt hinzu oder beenden Sie die Überprüfung.</translation>
    </message>
    <message>
        <source> · skipped</source>
        <translation> · übersprungen</translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s) linked as evidence</source>
        <translation>
            <numerusform>%n Interaktion als Beleg verknüpft</numerusform>
            <numerusform>%n Interaktionen als Belege verknüpft</numerusform>
        </translation>
    </message>
    <message>
        <source>Before and after: %1</source>
        <translation>Vorher und nachher: %1</translation>
    </message>
    <message>
        <source>This cause is no longer in triage.</source>
        <translation>Diese Ursache ist nicht mehr in der Sichtung.</translation>
    </message>
    <message>
        <source>Open; agreed %1</source>
        <translation>Offen; vereinbart am %1</translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation>Erledigt am %1</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>nicht zugewiesen</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig am %1</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>ohne Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Add to the Agenda</source>
        <translation>Zur Tagesordnung hinzufügen</translation>
    </message>
    <message>
        <source>What the team is to discuss (an entry&apos;s ID, such as CI-0042, brings its evidence and decision):</source>
        <translation>Was das Team besprechen soll (die ID eines Eintrags, etwa CI-0042, bringt dessen Belege und Entscheidung mit):</translation>
    </message>
    <message>
        <source>added during the review</source>
        <translation>während der Überprüfung hinzugefügt</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n min</source>
        <translation>
            <numerusform>%1 von %n Min.</numerusform>
            <numerusform>%1 von %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>End Review</source>
        <translation>Überprüfung beenden</translation>
    </message>
    <message numerus="yes">
        <source>End the %1? %2 of %n item(s) were discussed; the others go in the minutes as not discussed. A snapshot is taken, and the minutes are written.</source>
        <translation>
            <numerusform>Die %1 beenden? Besprochen: %2 von %n Punkt; die übrigen kommen als nicht besprochen ins Protokoll. Eine Momentaufnahme wird erstellt und das Protokoll geschrieben.</numerusform>
            <numerusform>Die %1 beenden? Besprochen: %2 von %n Punkten; die übrigen kommen als nicht besprochen ins Protokoll. Eine Momentaufnahme wird erstellt und das Protokoll geschrieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qw::Satisfaction</name>
    <message>
        <source>1 to 5</source>
        <translation>1 bis 5</translation>
    </message>
    <message>
        <source>1 to 10</source>
        <translation>1 bis 10</translation>
    </message>
    <message>
        <source>0 to 3</source>
        <translation>0 bis 3</translation>
    </message>
    <message>
        <source>Bad / good</source>
        <translation>Schlecht / gut</translation>
    </message>
    <message>
        <source>Unhappy / neutral / happy</source>
        <translation>Unzufrieden / neutral / zufrieden</translation>
    </message>
    <message>
        <source>bad</source>
        <translation>schlecht</translation>
    </message>
    <message>
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <source>unhappy</source>
        <translation>unzufrieden</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <source>happy</source>
        <translation>zufrieden</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>0 to 10</source>
        <translation>0 bis 10</translation>
    </message>
    <message>
        <source>%1: no response is poor</source>
        <translation>%1: keine Antwort gilt als schlecht</translation>
    </message>
    <message>
        <source>%1: %2 is poor</source>
        <translation>%1: %2 gilt als schlecht</translation>
    </message>
    <message>
        <source>%1: %2 are poor</source>
        <translation>%1: %2 gelten als schlecht</translation>
    </message>
    <message>
        <source>%1: %2 to %3 are poor</source>
        <translation>%1: %2 bis %3 gelten als schlecht</translation>
    </message>
</context>
<context>
    <name>qw::Schema</name>
    <message>
        <source>Upgrading the register to format %1 failed: %2</source>
        <translation>Die Aktualisierung des Registers auf Format %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>its table of format versions is missing</source>
        <translation>die Tabelle der Formatversionen fehlt</translation>
    </message>
    <message>
        <source>its format version is missing</source>
        <translation>die Formatversion fehlt</translation>
    </message>
    <message>
        <source>it records %1 format versions instead of one</source>
        <translation>es sind %1 Formatversionen statt einer verzeichnet</translation>
    </message>
    <message>
        <source>its format version (“%1”) is not one QuickWins writes</source>
        <translation>die Formatversion („%1“) ist keine, die QuickWins schreibt</translation>
    </message>
    <message>
        <source>its table “%1” is missing</source>
        <translation>die Tabelle „%1“ fehlt</translation>
    </message>
</context>
<context>
    <name>qw::Score</name>
    <message>
        <source>A few customers, rarely; a minor annoyance</source>
        <translation>Wenige Kunden, selten; ein kleines Ärgernis</translation>
    </message>
    <message>
        <source>Some customers of one service, now and then</source>
        <translation>Einige Kunden eines Services, ab und zu</translation>
    </message>
    <message>
        <source>Many customers of one service, weekly, or one team blocked</source>
        <translation>Viele Kunden eines Services, wöchentlich, oder ein Team blockiert</translation>
    </message>
    <message>
        <source>Most customers of a service, several times a week</source>
        <translation>Die meisten Kunden eines Services, mehrmals pro Woche</translation>
    </message>
    <message>
        <source>Affects every customer of a service, daily</source>
        <translation>Betrifft alle Kunden eines Services, täglich</translation>
    </message>
    <message>
        <source>Hours: one person, no approval needed</source>
        <translation>Stunden: eine Person, keine Genehmigung nötig</translation>
    </message>
    <message>
        <source>A few days: one team</source>
        <translation>Einige Tage: ein Team</translation>
    </message>
    <message>
        <source>A few weeks: one team and a change request</source>
        <translation>Einige Wochen: ein Team und ein Change Request</translation>
    </message>
    <message>
        <source>One to three months: several teams or a supplier</source>
        <translation>Ein bis drei Monate: mehrere Teams oder ein Lieferant</translation>
    </message>
    <message>
        <source>More than a quarter: a funded project</source>
        <translation>Mehr als ein Quartal: ein finanziertes Projekt</translation>
    </message>
</context>
<context>
    <name>qw::ScoreSelector</name>
    <message>
        <source>&amp;Impact</source>
        <translation>&amp;Wirkung</translation>
    </message>
    <message>
        <source>E&amp;ffort</source>
        <translation>Au&amp;fwand</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>qw::ServerProbe</name>
    <message numerus="yes">
        <source>it has not answered for %n seconds</source>
        <translation>
            <numerusform>er hat seit %n Sekunde nicht geantwortet</numerusform>
            <numerusform>er hat seit %n Sekunden nicht geantwortet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qw::StartPanel</name>
    <message>
        <source>&amp;Import a Satisfaction Export…</source>
        <translation>Zufriedenheitsexport &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Log an Interaction…</source>
        <translation>Interaktion &amp;erfassen…</translation>
    </message>
    <message>
        <source>Open the &amp;Demonstration Register</source>
        <translation>Demo-&amp;Register öffnen</translation>
    </message>
    <message>
        <source>This register is empty</source>
        <translation>Dieses Register ist leer</translation>
    </message>
    <message>
        <source>Every poor customer interaction is evidence. Entries are the improvements it calls for, each scored on impact and effort; the matrix then puts each entry where its scores place it, and the quick wins (high impact, low effort) at the top left come first.</source>
        <translation>Jede schlechte Kundeninteraktion ist ein Beleg. Einträge sind die Verbesserungen, die sie erfordert, jeweils nach Wirkung und Aufwand bewertet; die Matrix zeigt dann jeden Eintrag an der Stelle, an die ihn seine Bewertungen setzen, und die schnellen Erfolge (hohe Wirkung, geringer Aufwand) oben links kommen zuerst.</translation>
    </message>
    <message>
        <source>Start with the evidence you have:</source>
        <translation>Beginnen Sie mit den Belegen, die Sie haben:</translation>
    </message>
    <message>
        <source>Help ▸ Getting Started explains the whole cycle; Help ▸ Keyboard Shortcuts lists every key.</source>
        <translation>Hilfe ▸ Erste Schritte erklärt den gesamten Kreislauf; Hilfe ▸ Tastenkürzel listet alle Tasten auf.</translation>
    </message>
    <message>
        <source>Every response of your service desk tool&apos;s survey export (CSV or Excel)</source>
        <translation>Alle Antworten aus dem Umfrageexport Ihres Service-Desk-Tools (CSV oder Excel)</translation>
    </message>
    <message>
        <source>One poor interaction, typed in as it is reported</source>
        <translation>Eine schlechte Interaktion, eingegeben, sobald sie gemeldet wird</translation>
    </message>
    <message>
        <source>A year of an IT service desk&apos;s survey responses and improvements, in a register of its own</source>
        <translation>Ein Jahr mit Umfrageantworten und Verbesserungen eines IT-Service-Desks, in einem eigenen Register</translation>
    </message>
</context>
<context>
    <name>qw::StartReviewDialog</name>
    <message>
        <source>Start Review</source>
        <translation>Überprüfung starten</translation>
    </message>
    <message>
        <source>Names, separated by semicolons</source>
        <translation>Namen, durch Semikolons getrennt</translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation>&amp;Teilnehmer:</translation>
    </message>
    <message>
        <source>A&amp;genda, built from the register (untick what the team will not discuss):</source>
        <translation>T&amp;agesordnung, aus dem Register erstellt (entfernen Sie den Haken bei allem, was das Team nicht besprechen wird):</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>&amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>Hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>Add to the Agenda</source>
        <translation>Zur Tagesordnung hinzufügen</translation>
    </message>
    <message>
        <source>What the team is to discuss:</source>
        <translation>Was das Team besprechen soll:</translation>
    </message>
    <message>
        <source>added before the review</source>
        <translation>vor der Überprüfung hinzugefügt</translation>
    </message>
    <message>
        <source>&amp;Start Review</source>
        <translation>Überprüfung &amp;starten</translation>
    </message>
    <message>
        <source>Nothing is waiting for a review: no open action, no new evidence, no new entry, no quick win waiting, nothing stale or to verify.</source>
        <translation>Nichts wartet auf eine Überprüfung: keine offene Maßnahme, keine neuen Belege, kein neuer Eintrag, kein wartender schneller Erfolg, nichts Stockendes und nichts zu Verifizierendes.</translation>
    </message>
</context>
<context>
    <name>qw::Status</name>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
</context>
<context>
    <name>qw::StoredValues</name>
    <message>
        <source>Unknown (%1)</source>
        <translation>Unbekannt (%1)</translation>
    </message>
    <message>
        <source>impact %1 is not 1 to 5</source>
        <translation>Wirkung %1 liegt nicht zwischen 1 und 5</translation>
    </message>
    <message>
        <source>effort %1 is not 1 to 5</source>
        <translation>Aufwand %1 liegt nicht zwischen 1 und 5</translation>
    </message>
    <message>
        <source>status %1 is not one QuickWins knows</source>
        <translation>Status %1 ist QuickWins nicht bekannt</translation>
    </message>
    <message>
        <source>category %1 is not one QuickWins knows</source>
        <translation>Kategorie %1 ist QuickWins nicht bekannt</translation>
    </message>
</context>
<context>
    <name>qw::TeamRegisterDialog</name>
    <message>
        <source>Open Team Register</source>
        <translation>Team-Register öffnen</translation>
    </message>
    <message>
        <source>Copy Register to a Team Register</source>
        <translation>Register in ein Team-Register kopieren</translation>
    </message>
    <message>
        <source>A register the whole team shares, kept in a database on a PostgreSQL server. Its administrator tells you the server, the database and your user.</source>
        <translation>Ein Register, das das ganze Team gemeinsam nutzt, gespeichert in einer Datenbank auf einem PostgreSQL-Server. Dessen Administrator nennt Ihnen den Server, die Datenbank und Ihren Benutzer.</translation>
    </message>
    <message>
        <source>Everything in this register (history, snapshots, reviews, imports) is copied to a database on a PostgreSQL server that holds no register yet.</source>
        <translation>Alles in diesem Register (Verlauf, Momentaufnahmen, Überprüfungen, Importe) wird in eine Datenbank auf einem PostgreSQL-Server kopiert, die noch kein Register enthält.</translation>
    </message>
    <message>
        <source>db.example.org</source>
        <translation>db.example.org</translation>
    </message>
    <message>
        <source>if the server asks for one</source>
        <translation>falls der Server eines verlangt</translation>
    </message>
    <message>
        <source>&amp;Keep the password in the desktop&apos;s keyring</source>
        <translation>Kennwort im Schlüsselbund der Arbeitsumgebung &amp;merken</translation>
    </message>
    <message>
        <source>If the server offers it</source>
        <translation>Wenn der Server sie anbietet</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Required, and the server&apos;s certificate checked</source>
        <translation>Erforderlich, mit Prüfung des Serverzertifikats</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Kenn&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Verschlüsselung:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
</context>
<context>
    <name>qw::TrendView</name>
    <message>
        <source>All services</source>
        <translation>Alle Services</translation>
    </message>
    <message>
        <source>Average satisfaction (%)</source>
        <translation>Durchschnittliche Zufriedenheit (%)</translation>
    </message>
    <message>
        <source>Poor responses (%)</source>
        <translation>Schlechte Antworten (%)</translation>
    </message>
    <message>
        <source>Improvement done</source>
        <translation>Verbesserung erledigt</translation>
    </message>
    <message>
        <source>No scored responses yet: import a satisfaction export with all responses.</source>
        <translation>Noch keine bewerteten Antworten: importieren Sie einen Zufriedenheitsexport mit allen Antworten.</translation>
    </message>
</context>
<context>
    <name>qw::TriageModel</name>
    <message>
        <source>(no service)</source>
        <translation>(kein Service)</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Schlecht</translation>
    </message>
    <message>
        <source>(in no cause: no words to compare, or like no other)</source>
        <translation>(in keiner Ursache: keine vergleichbaren Wörter oder wie keine andere)</translation>
    </message>
    <message numerus="yes">
        <source>%n poor response(s) linked to no entry that no cause holds: without a reason or comment, taken out of their cause, or saying something no other says.</source>
        <translation>
            <numerusform>%n schlechte Antwort ohne Eintrag, die keine Ursache enthält: ohne Grund oder Kommentar, aus ihrer Ursache genommen oder mit etwas, das keine andere sagt.</numerusform>
            <numerusform>%n schlechte Antworten ohne Eintrag, die keine Ursache enthält: ohne Grund oder Kommentar, aus ihrer Ursache genommen oder mit etwas, das keine andere sagt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The words these responses share most</source>
        <translation>Die Wörter, die diese Antworten am meisten teilen</translation>
    </message>
    <message>
        <source>Named so; the words found: %1</source>
        <translation>So benannt; die gefundenen Wörter: %1</translation>
    </message>
    <message>
        <source>%1 in the last 30 days, %2 in the 30 days before</source>
        <translation>%1 in den letzten 30 Tagen, %2 in den 30 Tagen davor</translation>
    </message>
    <message>
        <source>%1 (pinned)</source>
        <translation>%1 (angeheftet)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 and %n more</source>
        <translation>
            <numerusform>%1, %2 und %n weiterer</numerusform>
            <numerusform>%1, %2 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>↑ growing</source>
        <translation>↑ steigend</translation>
    </message>
    <message>
        <source>↓ falling</source>
        <translation>↓ fallend</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>gleichbleibend</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>First %1, latest %2</source>
        <translation>Erste am %1, zuletzt am %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
</context>
<context>
    <name>qw::TriageView</name>
    <message>
        <source>same service, similar words</source>
        <translation>gleicher Service, ähnliche Wörter</translation>
    </message>
    <message>
        <source>same service</source>
        <translation>gleicher Service</translation>
    </message>
    <message>
        <source>similar words</source>
        <translation>ähnliche Wörter</translation>
    </message>
    <message>
        <source>&amp;New Entry from Cause…</source>
        <translation>&amp;Neuer Eintrag aus Ursache…</translation>
    </message>
    <message>
        <source>&amp;Link to Suggested Entry</source>
        <translation>Mit vorgeschlagenem Eintrag &amp;verknüpfen</translation>
    </message>
    <message>
        <source>What three of the cause&apos;s customers wrote</source>
        <translation>Was drei Kunden dieser Ursache geschrieben haben</translation>
    </message>
    <message>
        <source>What they wrote</source>
        <translation>Was sie geschrieben haben</translation>
    </message>
    <message>
        <source>Entries this cause may belong to</source>
        <translation>Einträge, zu denen diese Ursache gehören könnte</translation>
    </message>
    <message>
        <source>&amp;Correct</source>
        <translation>&amp;Korrigieren</translation>
    </message>
    <message>
        <source>Re&amp;name Cause…</source>
        <translation>Ursache &amp;umbenennen…</translation>
    </message>
    <message>
        <source>Give the cause a name of your own (empty: its words again)</source>
        <translation>Der Ursache einen eigenen Namen geben (leer: wieder ihre Wörter)</translation>
    </message>
    <message>
        <source>&amp;Pin Cause</source>
        <translation>Ursache &amp;anheften</translation>
    </message>
    <message>
        <source>Keep this cause as it is when causes are found again</source>
        <translation>Diese Ursache unverändert lassen, wenn Ursachen neu gefunden werden</translation>
    </message>
    <message>
        <source>&amp;Merge Selected Causes</source>
        <translation>Ausgewählte Ursachen &amp;zusammenführen</translation>
    </message>
    <message>
        <source>Make the causes selected one cause</source>
        <translation>Die ausgewählten Ursachen zu einer machen</translation>
    </message>
    <message>
        <source>&amp;Take Response Out of Cause</source>
        <translation>Antwort aus Ursache &amp;nehmen</translation>
    </message>
    <message>
        <source>The response chosen under “What they wrote” does not say what the cause says: leave it in no cause</source>
        <translation>Die unter „Was sie geschrieben haben“ gewählte Antwort sagt nicht, was die Ursache sagt: in keiner Ursache lassen</translation>
    </message>
    <message>
        <source>&amp;Find Causes Again</source>
        <translation>Ursachen neu &amp;finden</translation>
    </message>
    <message>
        <source>Group every poor response again by what it says; pinned causes and the responses you placed stay as they are.</source>
        <translation>Jede schlechte Antwort neu nach ihrem Inhalt gruppieren; angeheftete Ursachen und von Ihnen zugeordnete Antworten bleiben, wie sie sind.</translation>
    </message>
    <message numerus="yes">
        <source>Finding causes in what %n poor response(s) say…</source>
        <translation>
            <numerusform>Ursachen in %n schlechten Antwort werden gesucht…</numerusform>
            <numerusform>Ursachen in %n schlechten Antworten werden gesucht…</numerusform>
        </translation>
    </message>
    <message>
        <source>Causes could not be found: %1</source>
        <translation>Ursachen konnten nicht gefunden werden: %1</translation>
    </message>
    <message>
        <source>Rename Cause</source>
        <translation>Ursache umbenennen</translation>
    </message>
    <message>
        <source>Name (empty: its words, “%1”):</source>
        <translation>Name (leer: ihre Wörter, „%1“):</translation>
    </message>
    <message>
        <source>No poor responses are waiting: every one is linked to an entry.</source>
        <translation>Keine schlechten Antworten warten: jede ist mit einem Eintrag verknüpft.</translation>
    </message>
    <message numerus="yes">
        <source>%1 poor responses linked to no entry, in %n cause(s)</source>
        <translation>
            <numerusform>%1 schlechte Antworten ohne Eintrag, in %n Ursache</numerusform>
            <numerusform>%1 schlechte Antworten ohne Eintrag, in %n Ursachen</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1 in none</source>
        <translation>; %1 in keiner</translation>
    </message>
    <message>
        <source>“%1”  (%2)</source>
        <translation>„%1“  (%2)</translation>
    </message>
    <message>
        <source>→ %1  %2  (%3)</source>
        <translation>→ %1  %2  (%3)</translation>
    </message>
    <message>
        <source>No open entry shares its service or words: make one with New Entry from Cause.</source>
        <translation>Kein offener Eintrag teilt Service oder Wörter: legen Sie einen mit „Neuer Eintrag aus Ursache“ an.</translation>
    </message>
    <message>
        <source>&amp;Language of What They Wrote</source>
        <translation>&amp;Sprache der Antworten</translation>
    </message>
    <message>
        <source>&amp;Detected for Each Response</source>
        <translation>Für jede Antwort &amp;erkannt</translation>
    </message>
</context>
</TS>
