<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Backups</name>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» ne peut pas être créé.</translation>
    </message>
    <message>
        <source>The backup “%1” could not be written: %2</source>
        <translation>La sauvegarde «&#xa0;%1&#xa0;» n’a pas pu être écrite&#xa0;: %2</translation>
    </message>
    <message>
        <source>renaming it failed</source>
        <translation>le renommage a échoué</translation>
    </message>
    <message>
        <source>%1 (daily)</source>
        <translation>%1 (quotidienne)</translation>
    </message>
    <message>
        <source>%1 (before an upgrade of the register format)</source>
        <translation>%1 (avant une mise à niveau du format du registre)</translation>
    </message>
    <message>
        <source>%1 (before a restore)</source>
        <translation>%1 (avant une restauration)</translation>
    </message>
    <message>
        <source>The backup “%1” could not be written, so nothing was restored.</source>
        <translation>La sauvegarde «&#xa0;%1&#xa0;» n’a pas pu être écrite, rien n’a donc été restauré.</translation>
    </message>
</context>
<context>
    <name>CauseCommands</name>
    <message>
        <source>Give cause back its words</source>
        <translation>Rendre à la cause ses mots</translation>
    </message>
    <message>
        <source>Rename cause “%1”</source>
        <translation>Renommer la cause en « %1 »</translation>
    </message>
    <message>
        <source>Pin cause</source>
        <translation>Épingler la cause</translation>
    </message>
    <message>
        <source>Unpin cause</source>
        <translation>Détacher la cause</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n cause(s) into “%1”</source>
        <translation>
            <numerusform>Fusionner %n cause dans « %1 »</numerusform>
            <numerusform>Fusionner %n causes dans « %1 »</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n response(s) to “%1”</source>
        <translation>
            <numerusform>Déplacer %n réponse vers « %1 »</numerusform>
            <numerusform>Déplacer %n réponses vers « %1 »</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take %n response(s) out of their cause</source>
        <translation>
            <numerusform>Sortir %n réponse de sa cause</numerusform>
            <numerusform>Sortir %n réponses de leur cause</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>“%1” does not end in .png, .svg or .pdf, so the chart&apos;s format is unknown.</source>
        <translation>«&#xa0;%1&#xa0;» ne se termine pas par .png, .svg ou .pdf, le format du graphique est donc inconnu.</translation>
    </message>
    <message>
        <source>QuickWins impact/effort matrix</source>
        <translation>Matrice impact/effort de QuickWins</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg);;Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Size of the image in pixels (width x height):</source>
        <translation>Taille de l’image en pixels (largeur x hauteur)&#xa0;:</translation>
    </message>
    <message>
        <source>“%1” is not a size such as 1920x1080 (from 320x240 to 10000x10000).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une taille telle que 1920x1080 (de 320x240 à 10000x10000).</translation>
    </message>
    <message>
        <source>the chart could not be drawn</source>
        <translation>le graphique n’a pas pu être dessiné</translation>
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
        <translation>Titre</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>ITIL practice</source>
        <translation>Pratique ITIL</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Signalée par</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>Signalée le</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Date cible</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Terminée le</translation>
    </message>
    <message>
        <source>Linked interactions</source>
        <translation>Interactions liées</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Expected benefit</source>
        <translation>Bénéfice attendu</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
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
        <translation>Échelle</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Insatisfaisante</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Repeat contact</source>
        <translation>Contact répété</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>insatisfaisante</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>The interactions could not be read from the register.</source>
        <translation>Les interactions n’ont pas pu être lues depuis le registre.</translation>
    </message>
    <message>
        <source>entry %1 could not be read</source>
        <translation>l’initiative %1 n’a pas pu être lue</translation>
    </message>
    <message>
        <source>the entries could not be read</source>
        <translation>les initiatives n’ont pas pu être lues</translation>
    </message>
    <message>
        <source>The causes could not be read from the register.</source>
        <translation>Les causes n’ont pas pu être lues dans le registre.</translation>
    </message>
</context>
<context>
    <name>EditScript</name>
    <message>
        <source>“%1” is not FIELD=VALUE</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas de la forme FIELD=VALUE</translation>
    </message>
    <message>
        <source>%1 is 1 to 5, not “%2”</source>
        <translation>%1 doit valoir de 1 à 5, et non «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>“%1” is not a status</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un statut</translation>
    </message>
    <message>
        <source>“%1” is not a category</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une catégorie</translation>
    </message>
    <message>
        <source>“%1” is not a field of an entry</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un champ d’une initiative</translation>
    </message>
    <message>
        <source>score is 1 to 5, not “%1”</source>
        <translation>score doit valoir de 1 à 5, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>“%1” is not an ISO date</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date ISO</translation>
    </message>
    <message>
        <source>“%1” is not a field of an interaction</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un champ d’une interaction</translation>
    </message>
    <message>
        <source>there is no entry “%1”</source>
        <translation>il n’existe pas d’initiative «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>an entry needs a title</source>
        <translation>une initiative doit avoir un titre</translation>
    </message>
    <message>
        <source>there is no interaction “%1”</source>
        <translation>il n’existe pas d’interaction «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>there is nothing to undo</source>
        <translation>il n’y a rien à annuler</translation>
    </message>
    <message>
        <source>there is nothing to redo</source>
        <translation>il n’y a rien à rétablir</translation>
    </message>
    <message>
        <source>“%1” is not an edit; see --help</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une modification&#xa0;; voir --help</translation>
    </message>
    <message>
        <source>the quote at column %1 is never closed</source>
        <translation>le guillemet de la colonne %1 n’est jamais fermé</translation>
    </message>
    <message>
        <source>“%1” is not a scale (1-5, 1-10, 0-10, 0-3, bad-good, unhappy-happy)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une échelle (1-5, 1-10, 0-10, 0-3, bad-good, unhappy-happy)</translation>
    </message>
    <message>
        <source>“%1” is not a point of the scale %2</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une valeur de l’échelle %2</translation>
    </message>
    <message>
        <source>target is a date YYYY-MM-DD (or empty), not “%1”</source>
        <translation>target doit être une date YYYY-MM-DD (ou vide), et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>“%1” is not attendees=&quot;A; B&quot;</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas de la forme attendees=&quot;A; B&quot;</translation>
    </message>
    <message>
        <source>a review is running already; end it with review-end</source>
        <translation>une revue est déjà en cours&#xa0;; terminez-la avec review-end</translation>
    </message>
    <message>
        <source>the causes in triage could not be found: %1</source>
        <translation>les causes du tri n’ont pas pu être trouvées&#xa0;: %1</translation>
    </message>
    <message>
        <source>no review is running; start one with review-start</source>
        <translation>aucune revue n’est en cours&#xa0;; démarrez-en une avec review-start</translation>
    </message>
    <message>
        <source>review-decide needs FIELD=VALUE after the entry</source>
        <translation>review-decide nécessite FIELD=VALUE après l’initiative</translation>
    </message>
    <message>
        <source>“%1” is not one of %2=VALUE</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas de la forme %2=VALUE</translation>
    </message>
    <message>
        <source>“%1” is not a date YYYY-MM-DD</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date YYYY-MM-DD</translation>
    </message>
    <message>
        <source>%1 needs text=…</source>
        <translation>%1 nécessite text=…</translation>
    </message>
    <message>
        <source>there is no action “%1”</source>
        <translation>il n’existe pas d’action «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>no review is running</source>
        <translation>aucune revue n’est en cours</translation>
    </message>
    <message>
        <source>the causes in triage could not be written</source>
        <translation>les causes du tri n’ont pas pu être enregistrées</translation>
    </message>
</context>
<context>
    <name>EntryCommands</name>
    <message>
        <source>New entry “%1”</source>
        <translation>Nouvelle initiative «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>New entry “%1” from interaction</source>
        <translation>Nouvelle initiative «&#xa0;%1&#xa0;» à partir d’une interaction</translation>
    </message>
    <message>
        <source>Rescore %1 (impact %2, effort %3)</source>
        <translation>Réévaluer %1 (impact %2, effort %3)</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>Passer %1 au statut %2</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>%1 was not undone where it changed since (%2): those values are left as they are now.</source>
        <translation>%1 n’a pas été annulée là où elle a changé depuis (%2)&#xa0;: ces valeurs restent telles qu’elles sont maintenant.</translation>
    </message>
    <message>
        <source>%1 was not redone where it changed since (%2): those values are left as they are now.</source>
        <translation>%1 n’a pas été rétablie là où elle a changé depuis (%2)&#xa0;: ces valeurs restent telles qu’elles sont maintenant.</translation>
    </message>
    <message>
        <source>%1 keeps its %2 as it is now: the value before (%3) was written outside QuickWins, which does not write it.</source>
        <translation>%1 garde %2 tel quel : la valeur d’avant (%3) a été écrite hors de QuickWins, qui ne l’écrit pas.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>No file was named to write to.</source>
        <translation>Aucun fichier de destination n’a été indiqué.</translation>
    </message>
    <message>
        <source>“%1” is the open register (or a file of it); an export never writes over a register. Choose another file.</source>
        <translation>«&#xa0;%1&#xa0;» est le registre ouvert (ou l’un de ses fichiers)&#xa0;; une exportation n’écrase jamais un registre. Choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>“%1” is a link to a file that does not exist; QuickWins does not write through it.</source>
        <translation>«&#xa0;%1&#xa0;» est un lien vers un fichier qui n’existe pas&#xa0;; QuickWins n’écrit pas à travers ce lien.</translation>
    </message>
    <message>
        <source>“%1” exists and is not a regular file (a folder, a device or a pipe); QuickWins writes only regular files.</source>
        <translation>«&#xa0;%1&#xa0;» existe et n’est pas un fichier ordinaire (c’est un dossier, un périphérique ou un tube)&#xa0;; QuickWins n’écrit que des fichiers ordinaires.</translation>
    </message>
    <message>
        <source>“%1” is a QuickWins register; an export never writes over a register. Choose another file.</source>
        <translation>«&#xa0;%1&#xa0;» est un registre QuickWins&#xa0;; une exportation n’écrase jamais un registre. Choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>“%1” is a database file; an export never writes over one. Choose another file.</source>
        <translation>«&#xa0;%1&#xa0;» est un fichier de base de données&#xa0;; une exportation n’en écrase jamais. Choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>“%1” was not written: the disk is full. Any earlier file of that name was left as it was; free some space and try again.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas été écrit&#xa0;: le disque est plein. Un éventuel fichier antérieur portant ce nom a été laissé tel quel&#xa0;; libérez de l’espace et réessayez.</translation>
    </message>
    <message>
        <source>“%1” was not written: %2. Any earlier file of that name was left as it was.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas été écrit&#xa0;: %2. Un éventuel fichier antérieur portant ce nom a été laissé tel quel.</translation>
    </message>
</context>
<context>
    <name>FieldLimits</name>
    <message>
        <source>the %1 field is %2 characters long; it may be at most %3</source>
        <translation>le champ %1 compte %2 caractères&#xa0;; il peut en compter au plus %3</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>name of who raised it</source>
        <translation>auteur du signalement</translation>
    </message>
    <message>
        <source>practice</source>
        <translation>pratique</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>cause</source>
        <translation>cause</translation>
    </message>
    <message>
        <source>expected benefit</source>
        <translation>bénéfice attendu</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>team</source>
        <translation>équipe</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>agent</translation>
    </message>
    <message>
        <source>ticket</source>
        <translation>ticket</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>client</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motif</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>commentaire</translation>
    </message>
</context>
<context>
    <name>Generator</name>
    <message>
        <source>Generated data goes into a new register; “%1” already holds entries or interactions.</source>
        <translation>Les données générées vont dans un nouveau registre&#xa0;; «&#xa0;%1&#xa0;» contient déjà des initiatives ou des interactions.</translation>
    </message>
    <message>
        <source>The numbers to generate cannot be negative.</source>
        <translation>Les nombres à générer ne peuvent pas être négatifs.</translation>
    </message>
    <message>
        <source>The generated register could not be written; nothing was added.</source>
        <translation>Le registre généré n’a pas pu être écrit&#xa0;; rien n’a été ajouté.</translation>
    </message>
</context>
<context>
    <name>ImpactSuggestion</name>
    <message>
        <source>poor interactions linked: %1; %2 in the last 90 days, %3 older (counted half): volume level %4</source>
        <translation>interactions insatisfaisantes liées&#xa0;: %1&#xa0;; %2 au cours des 90 derniers jours, %3 plus anciennes (comptées pour moitié)&#xa0;: niveau de volume %4</translation>
    </message>
    <message>
        <source>very poor scores (on average in the worst fifth of the scale): +0.5</source>
        <translation>notes très mauvaises (en moyenne dans le cinquième le plus bas de l’échelle)&#xa0;: +0,5</translation>
    </message>
    <message>
        <source>%1 of %2 were repeat contacts (30 % or more): +0.5</source>
        <translation>%1 sur %2 étaient des contacts répétés (30&#xa0;% ou plus)&#xa0;: +0,5</translation>
    </message>
    <message>
        <source>%1 different customers (5 or more): +0.5</source>
        <translation>%1 clients différents (5 ou plus)&#xa0;: +0,5</translation>
    </message>
    <message>
        <source>all from one customer: −0.5</source>
        <translation>toutes d’un seul client&#xa0;: −0,5</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The dates in column %1 mix day/month and month/day order.</source>
        <translation>Les dates de la colonne %1 mélangent les ordres jour/mois et mois/jour.</translation>
    </message>
    <message>
        <source>the header is repeated here; the line was skipped</source>
        <translation>l’en-tête est répété ici&#xa0;; la ligne a été ignorée</translation>
    </message>
    <message>
        <source>column %1: no date</source>
        <translation>colonne %1&#xa0;: aucune date</translation>
    </message>
    <message>
        <source>column %1: “%2” could be day/month or month/day, and the file does not say which; choose with --date-order DMY or MDY</source>
        <translation>colonne %1&#xa0;: «&#xa0;%2&#xa0;» peut se lire jour/mois ou mois/jour, et le fichier ne précise pas lequel&#xa0;; choisissez avec --date-order DMY ou MDY</translation>
    </message>
    <message>
        <source>column %1: “%2” is not a satisfaction score</source>
        <translation>colonne %1&#xa0;: «&#xa0;%2&#xa0;» n’est pas une note de satisfaction</translation>
    </message>
    <message>
        <source>The import could not be saved; nothing was imported.</source>
        <translation>L’importation n’a pas pu être enregistrée&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>A temporary copy of the workbook could not be written: %1</source>
        <translation>Une copie temporaire du classeur n’a pas pu être écrite&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1, so neither was recognised; choose one with --map FIELD=NUMBER</source>
        <translation>%1, aucune n’a donc été reconnue&#xa0;; choisissez-en une avec --map FIELD=NUMBER</translation>
    </message>
    <message>
        <source>the date</source>
        <translation>la date</translation>
    </message>
    <message>
        <source>the satisfaction score</source>
        <translation>la note de satisfaction</translation>
    </message>
    <message>
        <source>No column was found for %1 in the header (%2); name %3 with %4.</source>
        <translation>Aucune colonne n’a été trouvée pour %1 dans l’en-tête (%2)&#xa0;; indiquez %3 avec %4.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>them</source>
        <translation>les colonnes</translation>
    </message>
    <message>
        <source>it</source>
        <translation>la colonne</translation>
    </message>
    <message>
        <source>day/month (decided from the column)</source>
        <translation>jour/mois (déduit de la colonne)</translation>
    </message>
    <message>
        <source>month/day (decided from the column)</source>
        <translation>mois/jour (déduit de la colonne)</translation>
    </message>
    <message>
        <source>The dates in column %1 can only be read %2, not as chosen.</source>
        <translation>Les dates de la colonne %1 ne peuvent être lues que dans l’ordre %2, et non selon votre choix.</translation>
    </message>
    <message>
        <source>day/month (as chosen)</source>
        <translation>jour/mois (selon votre choix)</translation>
    </message>
    <message>
        <source>month/day (as chosen)</source>
        <translation>mois/jour (selon votre choix)</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>sans objet</translation>
    </message>
    <message>
        <source>The scores in column %1 fit none of the scales QuickWins knows (1-5, 1-10, 0-10, 0-3, bad/good, unhappy/neutral/happy); choose one with --scale.</source>
        <translation>Les notes de la colonne %1 ne correspondent à aucune des échelles que QuickWins connaît (1-5, 1-10, 0-10, 0-3, mauvais/bon, mécontent/neutre/content)&#xa0;; choisissez-en une avec --scale.</translation>
    </message>
    <message>
        <source>column %1: “%2” is not a date and time QuickWins can read whole</source>
        <translation>colonne %1&#xa0;: «&#xa0;%2&#xa0;» n’est pas une date et une heure que QuickWins peut lire entièrement</translation>
    </message>
    <message>
        <source>column %1: %2 is outside the scale %3 that the column&apos;s other scores use</source>
        <translation>colonne %1&#xa0;: %2 est en dehors de l’échelle %3 qu’utilisent les autres notes de la colonne</translation>
    </message>
    <message>
        <source>column %1: “%2” is not yes or no for a repeat contact</source>
        <translation>colonne %1&#xa0;: «&#xa0;%2&#xa0;» n’est ni oui ni non pour un contact répété</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2; the row cannot be read safely</source>
        <translation>%1 champs alors que l’en-tête en compte %2&#xa0;; la ligne ne peut pas être lue de façon sûre</translation>
    </message>
    <message numerus="yes">
        <source>channel “%1” (%n row(s)) was not recognised and recorded as unknown</source>
        <translation>
            <numerusform>le canal «&#xa0;%1&#xa0;» (%n ligne) n’a pas été reconnu et a été enregistré comme inconnu</numerusform>
            <numerusform>le canal «&#xa0;%1&#xa0;» (%n lignes) n’a pas été reconnu et a été enregistré comme inconnu</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>«&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not an export.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier, pas une exportation.</translation>
    </message>
    <message>
        <source>“%1” is not a regular file (a device, a pipe or a socket); save the export to a file and import that.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fichier ordinaire (c’est un périphérique, un tube ou un socket)&#xa0;; enregistrez l’exportation dans un fichier et importez celui-ci.</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 GiB, more than one import can take; split the export.</source>
        <translation>«&#xa0;%1&#xa0;» dépasse %2&#xa0;Gio, plus que ce qu’une seule importation peut traiter&#xa0;; divisez l’exportation.</translation>
    </message>
    <message>
        <source>(an export)</source>
        <translation>(une exportation)</translation>
    </message>
</context>
<context>
    <name>InteractionCommands</name>
    <message>
        <source>Log interaction</source>
        <translation>Consigner une interaction</translation>
    </message>
    <message>
        <source>Edit interaction</source>
        <translation>Modifier l’interaction</translation>
    </message>
    <message>
        <source>Remove interaction</source>
        <translation>Supprimer l’interaction</translation>
    </message>
    <message numerus="yes">
        <source>Link %n interaction(s) to %1</source>
        <translation>
            <numerusform>Lier %n interaction à %1</numerusform>
            <numerusform>Lier %n interactions à %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unlink %n interaction(s)</source>
        <translation>
            <numerusform>Délier %n interaction</numerusform>
            <numerusform>Délier %n interactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n interaction(s)</source>
        <translation>
            <numerusform>Supprimer %n interaction</numerusform>
            <numerusform>Supprimer %n interactions</numerusform>
        </translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <source>team</source>
        <translation>équipe</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>agent</translation>
    </message>
    <message>
        <source>ticket</source>
        <translation>ticket</translation>
    </message>
    <message>
        <source>scale</source>
        <translation>échelle</translation>
    </message>
    <message>
        <source>score</source>
        <translation>note</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motif</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>commentaire</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>client</translation>
    </message>
    <message>
        <source>repeat contact</source>
        <translation>contact répété</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>entrée</translation>
    </message>
    <message>
        <source>The interaction was not undone where it changed since (%1): those values are left as they are now.</source>
        <translation>L’interaction n’a pas été annulée là où elle a changé depuis (%1) : ces valeurs restent telles qu’elles sont.</translation>
    </message>
    <message>
        <source>The interaction was not redone where it changed since (%1): those values are left as they are now.</source>
        <translation>L’interaction n’a pas été rétablie là où elle a changé depuis (%1) : ces valeurs restent telles qu’elles sont.</translation>
    </message>
</context>
<context>
    <name>MatrixLayout</name>
    <message numerus="yes">
        <source>%1 + %n more</source>
        <translation>
            <numerusform>%1 + %n autre</numerusform>
            <numerusform>%1 + %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostgresCopy</name>
    <message>
        <source>Qt&apos;s PostgreSQL driver did not give access to its connection.</source>
        <translation>Le pilote PostgreSQL de Qt n’a pas donné accès à sa connexion.</translation>
    </message>
</context>
<context>
    <name>PostgresSchema</name>
    <message>
        <source>the database holds other tables (%1) and no register</source>
        <translation>la base de données contient d’autres tables (%1) et aucun registre</translation>
    </message>
    <message>
        <source>it records %1 format versions instead of one</source>
        <translation>il indique %1 versions de format au lieu d’une seule</translation>
    </message>
    <message>
        <source>its table “%1” is missing</source>
        <translation>sa table «&#xa0;%1&#xa0;» est absente</translation>
    </message>
    <message>
        <source>Creating the register on the server failed: %1</source>
        <translation>La création du registre sur le serveur a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>its format %1 is older than this QuickWins knows how to upgrade on a server</source>
        <translation>son format %1 est plus ancien que ceux que cette version de QuickWins sait mettre à niveau sur un serveur</translation>
    </message>
    <message>
        <source>a newer QuickWins (format %1) created it meanwhile</source>
        <translation>une version plus récente de QuickWins (format %1) l’a créé entre-temps</translation>
    </message>
</context>
<context>
    <name>PostgresStore</name>
    <message>
        <source>“%1” is not a server register&apos;s address: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas l’adresse d’un registre sur un serveur&#xa0;: %2.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: Qt&apos;s PostgreSQL driver is not installed (on Debian, the package libqt6sql6-psql).</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être ouvert&#xa0;: le pilote PostgreSQL de Qt n’est pas installé (sous Debian, le paquet libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: “%2” is not an option of a PostgreSQL connection.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être ouvert&#xa0;: «&#xa0;%2&#xa0;» n’est pas une option de connexion PostgreSQL.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: the value of its option “%2” holds a “;”, which Qt&apos;s PostgreSQL driver cannot pass on.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être ouvert&#xa0;: la valeur de son option «&#xa0;%2&#xa0;» contient un «&#xa0;;&#xa0;», que le pilote PostgreSQL de Qt ne peut pas transmettre.</translation>
    </message>
    <message>
        <source>The server of “%1” did not open the register: %2</source>
        <translation>Le serveur de «&#xa0;%1&#xa0;» n’a pas ouvert le registre&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” could not be created: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être créé&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” holds no register yet, and it was opened read-only.</source>
        <translation>«&#xa0;%1&#xa0;» ne contient encore aucun registre, et il a été ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer QuickWins (format %2; this one knows up to %3): open it with that version. Nothing was changed.</source>
        <translation>«&#xa0;%1&#xa0;» a été écrit par une version plus récente de QuickWins (format %2&#xa0;; celle-ci connaît les formats jusqu’au %3)&#xa0;: ouvrez-le avec cette version. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>“%1” is not a QuickWins register: %2. Nothing was changed.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un registre QuickWins&#xa0;: %2. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The server of “%1” could not be read: %2</source>
        <translation>La lecture depuis le serveur de «&#xa0;%1&#xa0;» a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is of format %2, which this QuickWins cannot upgrade on a server. Nothing was changed.</source>
        <translation>«&#xa0;%1&#xa0;» est au format %2, que cette version de QuickWins ne peut pas mettre à niveau sur un serveur. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>another change is being saved on this connection</source>
        <translation>une autre modification est en cours d’enregistrement sur cette connexion</translation>
    </message>
    <message>
        <source>The server reports “%1” as damaged: %2. Its administrator restores it from the server&apos;s backups.</source>
        <translation>Le serveur signale que «&#xa0;%1&#xa0;» est endommagé&#xa0;: %2. Son administrateur le restaure à partir des sauvegardes du serveur.</translation>
    </message>
    <message>
        <source>“%1” is kept on a server, whose administrator restores it from the server&apos;s own backups.</source>
        <translation>«&#xa0;%1&#xa0;» est conservé sur un serveur, dont l’administrateur le restaure à partir des propres sauvegardes du serveur.</translation>
    </message>
    <message>
        <source>The server of “%1” could not be asked about “%2”: %3</source>
        <translation>Le serveur de «&#xa0;%1&#xa0;» n’a pas pu être interrogé au sujet de «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>The server of “%1” has no database user “%2”: its administrator creates it first (CREATE ROLE … LOGIN).</source>
        <translation>Le serveur de «&#xa0;%1&#xa0;» n’a pas d’utilisateur de base de données «&#xa0;%2&#xa0;»&#xa0;: son administrateur doit d’abord le créer (CREATE ROLE … LOGIN).</translation>
    </message>
    <message>
        <source>The server of “%1” could not be asked who owns the register: %2</source>
        <translation>Le serveur de «&#xa0;%1&#xa0;» n’a pas pu être interrogé sur le propriétaire du registre&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” cannot be made an owner of “%2”: its tables belong to a superuser, and owning them would make “%1” one. Its administrator gives the tables a role of their own (ALTER TABLE … OWNER TO), and that role is then granted.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas devenir propriétaire de «&#xa0;%2&#xa0;»&#xa0;: ses tables appartiennent à un superutilisateur, et les posséder ferait de «&#xa0;%1&#xa0;» un superutilisateur. Son administrateur attribue aux tables un rôle qui leur est propre (ALTER TABLE … OWNER TO), puis c’est ce rôle qui est accordé.</translation>
    </message>
    <message>
        <source>The server of “%1” refused: %2</source>
        <translation>Le serveur de «&#xa0;%1&#xa0;» a refusé&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” could not be made a viewer of “%2”: %3</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu devenir lecteur de «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>“%1” could not be made an editor of “%2”: %3</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu devenir éditeur de «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>“%1” could not be made an owner of “%2”: %3</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu devenir propriétaire de «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source> Owners are made and unmade by the server&apos;s administrator, or by a role with ADMIN OPTION on the role that owns the register&apos;s tables.</source>
        <translation> Les propriétaires sont nommés et révoqués par l’administrateur du serveur, ou par un rôle ayant ADMIN OPTION sur le rôle auquel appartiennent les tables du registre.</translation>
    </message>
    <message>
        <source>The server of “%1” cannot tell of others&apos; changes: %2</source>
        <translation>Le serveur de «&#xa0;%1&#xa0;» ne peut pas signaler les modifications des autres&#xa0;: %2</translation>
    </message>
    <message>
        <source>the connection to it is closed</source>
        <translation>la connexion avec lui est fermée</translation>
    </message>
    <message>
        <source>the connection to it was lost</source>
        <translation>la connexion avec lui a été perdue</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>RegisterActions</name>
    <message>
        <source>This register is open read-only, so the change was not made.</source>
        <translation>Ce registre est ouvert en lecture seule, la modification n’a donc pas été effectuée.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n poor response(s) say “%1” (%2)</source>
        <translation>
            <numerusform>%n réponse médiocre dit « %1 » (%2)</numerusform>
            <numerusform>%n réponses médiocres disent « %1 » (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>No review is running, so none was ended.</source>
        <translation>Aucune revue n’est en cours, aucune n’a donc été terminée.</translation>
    </message>
    <message>
        <source>added during the review</source>
        <translation>ajouté pendant la revue</translation>
    </message>
    <message>
        <source>An action needs a text that says what is to be done.</source>
        <translation>Une action doit avoir un texte qui indique ce qui doit être fait.</translation>
    </message>
</context>
<context>
    <name>RegisterCopy</name>
    <message>
        <source>the table “%1” has other columns there (%2) than here (%3)</source>
        <translation>la table «&#xa0;%1&#xa0;» n’a pas les mêmes colonnes là-bas (%2) qu’ici (%3)</translation>
    </message>
    <message>
        <source>it already holds a register with something in it</source>
        <translation>la destination contient déjà un registre qui n’est pas vide</translation>
    </message>
    <message>
        <source>%1 (table %2)</source>
        <translation>%1 (table %2)</translation>
    </message>
    <message>
        <source>“%1” is the register being copied.</source>
        <translation>«&#xa0;%1&#xa0;» est le registre en cours de copie.</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” may not be changed by you, so nothing was copied there.</source>
        <translation>Vous n’avez pas le droit de modifier «&#xa0;%1&#xa0;», rien n’y a donc été copié.</translation>
    </message>
    <message>
        <source>The register was not copied to “%1”: %2</source>
        <translation>Le registre n’a pas été copié vers «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>RegisterDatabase</name>
    <message>
        <source>“%1” is a folder, not a QuickWins register.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier, pas un registre QuickWins.</translation>
    </message>
    <message>
        <source>“%1” is an empty file, not a QuickWins register. It was left as it is.</source>
        <translation>«&#xa0;%1&#xa0;» est un fichier vide, pas un registre QuickWins. Le fichier a été laissé tel quel.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: you do not have permission to open it.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: vous n’avez pas l’autorisation de l’ouvrir.</translation>
    </message>
    <message>
        <source>“%1” is not a QuickWins register. It was left as it is.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un registre QuickWins. Le fichier a été laissé tel quel.</translation>
    </message>
    <message>
        <source>“%1” is a database of another program, not a QuickWins register. It was left as it is.</source>
        <translation>«&#xa0;%1&#xa0;» est une base de données d’un autre programme, pas un registre QuickWins. Le fichier a été laissé tel quel.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>«&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist, so the register cannot be created there.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n’existe pas, le registre ne peut donc pas y être créé.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of QuickWins (register format %2; this version understands up to format %3). It was not opened and not changed.</source>
        <translation>«&#xa0;%1&#xa0;» a été écrit par une version plus récente de QuickWins (format de registre %2&#xa0;; cette version comprend les formats jusqu’au %3). Il n’a été ni ouvert ni modifié.</translation>
    </message>
    <message>
        <source>“%1” needs an upgrade to be opened by this version, but it is read-only.</source>
        <translation>«&#xa0;%1&#xa0;» doit être mis à niveau pour être ouvert par cette version, mais il est en lecture seule.</translation>
    </message>
    <message>
        <source>“%1” could not be opened: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être ouvert&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” could not be prepared for use: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être préparé pour l’utilisation&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is open in another QuickWins (%2). It can be opened read-only, or closed there first.</source>
        <translation>«&#xa0;%1&#xa0;» est ouvert dans une autre instance de QuickWins (%2). Il peut être ouvert en lecture seule, ou d’abord fermé dans cette instance.</translation>
    </message>
    <message>
        <source>This register is open read-only, so it cannot be restored.</source>
        <translation>Ce registre est ouvert en lecture seule, il ne peut donc pas être restauré.</translation>
    </message>
    <message>
        <source>“%1” is not a backup this version of QuickWins can restore.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une sauvegarde que cette version de QuickWins peut restaurer.</translation>
    </message>
    <message>
        <source>The register could not be restored from “%1”; it was left as it was. %2</source>
        <translation>Le registre n’a pas pu être restauré à partir de «&#xa0;%1&#xa0;»&#xa0;; il a été laissé tel quel. %2</translation>
    </message>
    <message>
        <source>The changes in “%1” could not be checked: no room for a copy of the register in “%2”. Nothing was changed.</source>
        <translation>Les modifications contenues dans «&#xa0;%1&#xa0;» n’ont pas pu être vérifiées&#xa0;: pas assez de place pour une copie du registre dans «&#xa0;%2&#xa0;». Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The write-ahead log “%1” beside the register does not fit it: with its changes the register would be damaged (%2). It may belong to another register. Nothing was changed; move the log away to open the register as it is.</source>
        <translation>Le journal d’écriture anticipée «&#xa0;%1&#xa0;» situé à côté du registre ne lui correspond pas&#xa0;: avec ses modifications, le registre serait endommagé (%2). Il appartient peut-être à un autre registre. Rien n’a été modifié&#xa0;; déplacez le journal ailleurs pour ouvrir le registre dans son état actuel.</translation>
    </message>
    <message>
        <source>it cannot be read</source>
        <translation>il ne peut pas être lu</translation>
    </message>
    <message>
        <source>The write-ahead log “%1” beside the register belongs to another register. Nothing was changed; move the log away to open the register as it is.</source>
        <translation>Le journal d’écriture anticipée «&#xa0;%1&#xa0;» situé à côté du registre appartient à un autre registre. Rien n’a été modifié&#xa0;; déplacez le journal ailleurs pour ouvrir le registre dans son état actuel.</translation>
    </message>
    <message>
        <source>Its newest backup is “%1”, taken %2: File ▸ Restore from Backup puts it back.</source>
        <translation>Sa sauvegarde la plus récente est «&#xa0;%1&#xa0;», effectuée le %2&#xa0;: Fichier ▸ Restaurer depuis une sauvegarde la remet en place.</translation>
    </message>
    <message>
        <source>“%1” has changes waiting in “%2”, the write-ahead log of another name of the same file. Open it once as “%3” so that they are put into the file. Nothing was changed.</source>
        <translation>«&#xa0;%1&#xa0;» a des modifications en attente dans «&#xa0;%2&#xa0;», le journal d’écriture anticipée d’un autre nom du même fichier. Ouvrez-le une fois sous le nom «&#xa0;%3&#xa0;» pour qu’elles soient intégrées au fichier. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>“%1” cannot be read safely: no temporary folder to check its write-ahead log in. Nothing was changed.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu de façon sûre&#xa0;: aucun dossier temporaire où vérifier son journal d’écriture anticipée. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2. It was left as it is.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: %2. Le fichier a été laissé tel quel.</translation>
    </message>
    <message>
        <source>“%1” looks like a QuickWins register but is damaged: %2. It was left as it is.</source>
        <translation>«&#xa0;%1&#xa0;» ressemble à un registre QuickWins mais est endommagé&#xa0;: %2. Le fichier a été laissé tel quel.</translation>
    </message>
    <message>
        <source>“%1” could not be created: the disk is full. Nothing was left behind; free some space and try again.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être créé&#xa0;: le disque est plein. Aucun fichier résiduel n’a été laissé&#xa0;; libérez de l’espace et réessayez.</translation>
    </message>
    <message>
        <source>“%1” could not be created: %2. Nothing was left behind.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être créé&#xa0;: %2. Aucun fichier résiduel n’a été laissé.</translation>
    </message>
    <message>
        <source>“%1” could not be opened for changes: the disk is full. It was left as it was; free some space and try again.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être ouvert en écriture&#xa0;: le disque est plein. Le fichier a été laissé tel quel&#xa0;; libérez de l’espace et réessayez.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: “%2” beside it is not a file SQLite can use (a folder, a link or a device). Nothing was changed; move it away.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être ouvert&#xa0;: «&#xa0;%2&#xa0;», situé à côté, n’est pas un fichier que SQLite peut utiliser (c’est un dossier, un lien ou un périphérique). Rien n’a été modifié&#xa0;; déplacez-le ailleurs.</translation>
    </message>
</context>
<context>
    <name>RegisterDocument</name>
    <message>
        <source>“%1” is damaged (%2), so what it shows may be incomplete. It is read-only now; nothing more is written to it.</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé (%2), ce qu’il affiche peut donc être incomplet. Il est désormais en lecture seule&#xa0;; plus rien n’y est écrit.</translation>
    </message>
    <message>
        <source>No healthy backup of it was found.</source>
        <translation>Aucune sauvegarde intacte n’a été trouvée.</translation>
    </message>
    <message>
        <source>Its newest healthy backup is of %1 (“%2”): File ▸ Restore from Backup puts it back.</source>
        <translation>Sa sauvegarde intacte la plus récente date du %1 («&#xa0;%2&#xa0;»)&#xa0;: Fichier ▸ Restaurer depuis une sauvegarde la remet en place.</translation>
    </message>
</context>
<context>
    <name>RegisterLock</name>
    <message>
        <source>another program</source>
        <translation>un autre programme</translation>
    </message>
    <message>
        <source>process %1 on %2</source>
        <translation>le processus %1 sur %2</translation>
    </message>
    <message>
        <source>another QuickWins, under another name of the same file</source>
        <translation>une autre instance de QuickWins, sous un autre nom du même fichier</translation>
    </message>
</context>
<context>
    <name>RegisterStore</name>
    <message>
        <source>“%1” is neither a register file nor a register on a PostgreSQL server (postgresql://USER@HOST:PORT/DATABASE).</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni un fichier de registre ni un registre sur un serveur PostgreSQL (postgresql://USER@HOST:PORT/DATABASE).</translation>
    </message>
    <message>
        <source>“%1” is a register file: who may change it is said by the file&apos;s permissions, not by QuickWins.</source>
        <translation>«&#xa0;%1&#xa0;» est un fichier de registre&#xa0;: ce sont les permissions du fichier, et non QuickWins, qui déterminent qui peut le modifier.</translation>
    </message>
</context>
<context>
    <name>ReviewCommands</name>
    <message>
        <source>Add action “%1”</source>
        <translation>Ajouter l’action «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove action “%1”</source>
        <translation>Supprimer l’action «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Reopen action “%1”</source>
        <translation>Rouvrir l’action «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Mark action “%1” done</source>
        <translation>Marquer l’action «&#xa0;%1&#xa0;» comme terminée</translation>
    </message>
    <message>
        <source>Change action “%1”</source>
        <translation>Modifier l’action «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>SnapshotCommands</name>
    <message>
        <source>Take snapshot “%1”</source>
        <translation>Prendre l’instantané «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>QuickWins keeps a continuous-improvement register for an IT service desk: poor interactions, the improvements they call for, and an impact/effort matrix that puts the quick wins first.</source>
        <translation>QuickWins tient un registre d’amélioration continue pour un centre de services informatiques&#xa0;: les interactions insatisfaisantes, les améliorations qu’elles appellent, et une matrice impact/effort qui place les gains rapides en premier.</translation>
    </message>
    <message>
        <source>Open the register FILE (created if it does not exist) instead of the default register.</source>
        <translation>Ouvrir le registre FILE (créé s’il n’existe pas) au lieu du registre par défaut.</translation>
    </message>
    <message>
        <source>Fill the register, if it is empty, with a demonstration scenario of an IT service desk.</source>
        <translation>Remplir le registre, s’il est vide, avec un scénario de démonstration d’un centre de services informatiques.</translation>
    </message>
    <message>
        <source>Use the language CODE (for example de) instead of the system&apos;s.</source>
        <translation>Utiliser la langue CODE (par exemple fr) au lieu de celle du système.</translation>
    </message>
    <message>
        <source>Render the main window offscreen to the PNG file OUT, then exit.</source>
        <translation>Dessiner la fenêtre principale hors écran dans le fichier PNG OUT, puis quitter.</translation>
    </message>
    <message>
        <source>The size “%1” is not of the form WxH, such as 1280x800.</source>
        <translation>La taille «&#xa0;%1&#xa0;» n’est pas de la forme WxH, comme 1280x800.</translation>
    </message>
    <message>
        <source>The demonstration data could not be added.</source>
        <translation>Les données de démonstration n’ont pas pu être ajoutées.</translation>
    </message>
    <message>
        <source>Write the impact/effort matrix to OUT (.png, .svg or .pdf), then exit.</source>
        <translation>Écrire la matrice impact/effort dans OUT (.png, .svg ou .pdf), puis quitter.</translation>
    </message>
    <message>
        <source>Size of the screenshot or chart in pixels (default 1280x800).</source>
        <translation>Taille de la capture d’écran ou du graphique en pixels (par défaut 1280x800).</translation>
    </message>
    <message>
        <source>Export the chart as presentation mode shows it: large text for a shared screen.</source>
        <translation>Exporter le graphique tel que le mode présentation l’affiche&#xa0;: texte en grand pour un écran partagé.</translation>
    </message>
    <message>
        <source>%1

The default register opens instead.</source>
        <translation>%1

Le registre par défaut est ouvert à la place.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>--date-order is DMY or MDY, not “%1”.</source>
        <translation>--date-order vaut DMY ou MDY, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1:%2: warning: %3</source>
        <translation>%1:%2&#xa0;: avertissement&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1&#xa0;: avertissement&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1:%2: rejected: %3</source>
        <translation>%1:%2&#xa0;: rejetée&#xa0;: %3</translation>
    </message>
    <message>
        <source> (dry run: nothing was written)</source>
        <translation> (simulation&#xa0;: rien n’a été écrit)</translation>
    </message>
    <message>
        <source>With --import: how to read dates such as 02/03/2016 when the file does not tell: DMY or MDY.</source>
        <translation>Avec --import&#xa0;: comment lire les dates telles que 02/03/2016 quand le fichier ne le précise pas&#xa0;: DMY ou MDY.</translation>
    </message>
    <message>
        <source>Write every entry, in priority order, to the CSV file OUT for a spreadsheet, then exit. Cells that a spreadsheet would run as a formula are written as text.</source>
        <translation>Écrire toutes les initiatives, par ordre de priorité, dans le fichier CSV OUT pour un tableur, puis quitter. Les cellules qu’un tableur exécuterait comme une formule sont écrites comme du texte.</translation>
    </message>
    <message>
        <source>Fill a new register with INTERACTIONS survey responses and ENTRIES entries of realistic made-up data (the demonstration&apos;s, scaled), for trying QuickWins at scale, then exit.</source>
        <translation>Remplir un nouveau registre avec INTERACTIONS réponses d’enquête et ENTRIES initiatives de données fictives réalistes (celles de la démonstration, multipliées), pour essayer QuickWins à grande échelle, puis quitter.</translation>
    </message>
    <message>
        <source>quickwins: warning: today’s backup could not be made: %1</source>
        <translation>quickwins&#xa0;: avertissement&#xa0;: la sauvegarde du jour n’a pas pu être effectuée&#xa0;: %1</translation>
    </message>
    <message>
        <source>--generate takes INTERACTIONS,ENTRIES, such as 1000000,10000, not “%1”.</source>
        <translation>--generate attend INTERACTIONS,ENTRIES, comme 1000000,10000, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>generated %1 interactions and %2 entries in %3 s</source>
        <translation>%1 interactions et %2 initiatives générées en %3&#xa0;s</translation>
    </message>
    <message>
        <source>Import every response of a service desk&apos;s satisfaction export (CSV or an Excel .xlsx workbook from Zendesk, Freshdesk, ServiceNow, Jira Service Management or a spreadsheet) into the register, print what was decided (encoding, columns, dates, scale) and one summary line, and exit; non-zero if any row was rejected, in which case nothing is imported. Responses already in the register are updated where the export changed them, never doubled. The import is recorded (see --imports).</source>
        <translation>Importer dans le registre toutes les réponses de l’exportation de satisfaction d’un centre de services (CSV ou classeur Excel .xlsx issu de Zendesk, Freshdesk, ServiceNow, Jira Service Management ou d’un tableur), afficher ce qui a été déterminé (encodage, colonnes, dates, échelle) et une ligne de résumé, puis quitter&#xa0;; code de retour non nul si une ligne a été rejetée, auquel cas rien n’est importé. Les réponses déjà présentes dans le registre sont mises à jour là où l’exportation les a modifiées, jamais dupliquées. L’importation est consignée (voir --imports).</translation>
    </message>
    <message>
        <source>With --import: take FIELD from COLUMN (a header name or number). FIELD is one of ticket, date, channel, service, team, agent, score, reason, comment, customer, repeat, response (the survey response&apos;s own id). Repeatable.</source>
        <translation>Avec --import&#xa0;: prendre FIELD dans COLUMN (un nom d’en-tête ou un numéro). FIELD est l’un de ticket, date, channel, service, team, agent, score, reason, comment, customer, repeat, response (l’identifiant propre de la réponse à l’enquête). Peut être répété.</translation>
    </message>
    <message>
        <source>With --import: read and report, but write nothing anywhere (not even a new register).</source>
        <translation>Avec --import&#xa0;: lire et rendre compte, mais ne rien écrire nulle part (pas même un nouveau registre).</translation>
    </message>
    <message>
        <source>With --import: import every response (the default; kept for scripts).</source>
        <translation>Avec --import&#xa0;: importer toutes les réponses (par défaut&#xa0;; conservé pour les scripts).</translation>
    </message>
    <message>
        <source>With --import: import only the poor responses.</source>
        <translation>Avec --import&#xa0;: n’importer que les réponses insatisfaisantes.</translation>
    </message>
    <message>
        <source>With --import: import the other rows when some are bad, listing each row left out.</source>
        <translation>Avec --import&#xa0;: importer les autres lignes quand certaines sont incorrectes, en listant chaque ligne laissée de côté.</translation>
    </message>
    <message>
        <source>With --import: read the file as NAME (UTF-8, windows-1252, ISO-8859-15, UTF-16LE …) instead of detecting it.</source>
        <translation>Avec --import&#xa0;: lire le fichier dans l’encodage NAME (UTF-8, windows-1252, ISO-8859-15, UTF-16LE …) au lieu de le détecter.</translation>
    </message>
    <message>
        <source>With --import of a workbook: the sheet NAME (default: the first).</source>
        <translation>Avec --import d’un classeur&#xa0;: la feuille NAME (par défaut&#xa0;: la première).</translation>
    </message>
    <message>
        <source>With --import: the scores&apos; scale, one of 1-5, 1-10, 0-10, 0-3, bad-good, unhappy-happy, instead of deciding it from the column.</source>
        <translation>Avec --import&#xa0;: l’échelle des notes, parmi 1-5, 1-10, 0-10, 0-3, bad-good, unhappy-happy, au lieu de la déduire de la colonne.</translation>
    </message>
    <message>
        <source>List the imports made into the register (id, when, file, who, source, encoding, counts), then exit.</source>
        <translation>Lister les importations effectuées dans le registre (ID, date, fichier, auteur, source, encodage, nombres), puis quitter.</translation>
    </message>
    <message>
        <source>Remove the responses import ID added (and put back what it changed), then exit.</source>
        <translation>Supprimer les réponses ajoutées par l’importation ID (et rétablir ce qu’elle a modifié), puis quitter.</translation>
    </message>
    <message>
        <source>Write every interaction to the CSV file OUT for a spreadsheet (time in UTC, ISO 8601), then exit. Cells a spreadsheet would run as a formula are written as text.</source>
        <translation>Écrire toutes les interactions dans le fichier CSV OUT pour un tableur (heure en UTC, ISO 8601), puis quitter. Les cellules qu’un tableur exécuterait comme une formule sont écrites comme du texte.</translation>
    </message>
    <message>
        <source>--dry-run goes with --import and its options alone: it writes nothing, and the other commands would.</source>
        <translation>--dry-run ne s’utilise qu’avec --import et ses options&#xa0;: il n’écrit rien, alors que les autres commandes écriraient.</translation>
    </message>
    <message>
        <source>The register is read-only.</source>
        <translation>Le registre est en lecture seule.</translation>
    </message>
    <message>
        <source>--scale is one of 1-5, 1-10, 0-10, 0-3, bad-good, unhappy-happy, not “%1”.</source>
        <translation>--scale vaut 1-5, 1-10, 0-10, 0-3, bad-good ou unhappy-happy, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--encoding: “%1” is not an encoding QuickWins knows (for example UTF-8, windows-1252, ISO-8859-15, UTF-16LE).</source>
        <translation>--encoding&#xa0;: «&#xa0;%1&#xa0;» n’est pas un encodage que QuickWins connaît (par exemple UTF-8, windows-1252, ISO-8859-15, UTF-16LE).</translation>
    </message>
    <message>
        <source>The register is not open; nothing was imported.</source>
        <translation>Le registre n’est pas ouvert&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n’a été importé.</translation>
    </message>
    <message>
        <source>%1:%2: left out: %3</source>
        <translation>%1:%2&#xa0;: laissée de côté&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>quickwins: %n row(s) rejected, so nothing was imported; --skip-bad-rows imports the rest.</source>
        <translation>
            <numerusform>quickwins&#xa0;: %n ligne rejetée, rien n’a donc été importé&#xa0;; --skip-bad-rows importe le reste.</numerusform>
            <numerusform>quickwins&#xa0;: %n lignes rejetées, rien n’a donc été importé&#xa0;; --skip-bad-rows importe le reste.</numerusform>
        </translation>
    </message>
    <message>
        <source>No import has been made into this register.</source>
        <translation>Aucune importation n’a été effectuée dans ce registre.</translation>
    </message>
    <message>
        <source>%1	%2	%3	by %4	%5, %6	rows %7, added %8, updated %9, unchanged %10	%11</source>
        <translation>%1	%2	%3	par %4	%5, %6	lignes %7, ajoutées %8, mises à jour %9, inchangées %10	%11</translation>
    </message>
    <message>
        <source>in the register</source>
        <translation>dans le registre</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>There is no import %1 in this register; --imports lists them.</source>
        <translation>Ce registre ne contient pas d’importation %1&#xa0;; --imports les liste.</translation>
    </message>
    <message>
        <source>Import %1 was removed already.</source>
        <translation>L’importation %1 a déjà été supprimée.</translation>
    </message>
    <message>
        <source>Nothing was removed.</source>
        <translation>Rien n’a été supprimé.</translation>
    </message>
    <message>
        <source>removed import %1 (“%2”): %3 added responses left the register, %4 updated ones were put back</source>
        <translation>importation %1 («&#xa0;%2&#xa0;») supprimée&#xa0;: %3 réponses ajoutées ont quitté le registre, %4 réponses mises à jour ont été rétablies</translation>
    </message>
    <message numerus="yes">
        <source>quickwins: %n response(s) changed again since that import kept their newer values.</source>
        <translation>
            <numerusform>quickwins&#xa0;: %n réponse modifiée à nouveau depuis cette importation a conservé ses valeurs plus récentes.</numerusform>
            <numerusform>quickwins&#xa0;: %n réponses modifiées à nouveau depuis cette importation ont conservé leurs valeurs plus récentes.</numerusform>
        </translation>
    </message>
    <message>
        <source>No edit was made.</source>
        <translation>Aucune modification n’a été effectuée.</translation>
    </message>
    <message>
        <source>%1:%2: the line is longer than %3 characters; nothing after it was read.</source>
        <translation>%1:%2&#xa0;: la ligne dépasse %3 caractères&#xa0;; rien n’a été lu au-delà.</translation>
    </message>
    <message>
        <source>Show QuickWins in the THEME light, dark or system (the desktop&apos;s colours), instead of the one chosen last in View ▸ Theme.</source>
        <translation>Afficher QuickWins avec le thème THEME, light (clair), dark (sombre) ou system (les couleurs du bureau), au lieu de celui choisi en dernier dans Affichage ▸ Thème.</translation>
    </message>
    <message>
        <source>The register to open, as --register FILE (a file manager passes it).</source>
        <translation>Le registre à ouvrir, comme avec --register FILE (c’est ainsi qu’un gestionnaire de fichiers le transmet).</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”: QuickWins opens one register at a time; see --help.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;»&#xa0;: QuickWins n’ouvre qu’un registre à la fois&#xa0;; voir --help.</translation>
    </message>
    <message>
        <source>The register is named twice (“%1” and --register “%2”); name it once.</source>
        <translation>Le registre est indiqué deux fois («&#xa0;%1&#xa0;» et --register «&#xa0;%2&#xa0;»)&#xa0;; indiquez-le une seule fois.</translation>
    </message>
    <message>
        <source>--theme is light, dark or system, not “%1”.</source>
        <translation>--theme vaut light, dark ou system, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>With --export-interactions, --export-csv or --export-chart: mask e-mail addresses and phone numbers in the texts, and leave the customers (and their names in comments and reasons) out. --presentation implies it.</source>
        <translation>Avec --export-interactions, --export-csv ou --export-chart&#xa0;: masquer les adresses e-mail et les numéros de téléphone dans les textes, et omettre les clients (et leurs noms dans les commentaires et les motifs). --presentation l’implique.</translation>
    </message>
    <message>
        <source>Write every poor response linked to no entry, with the cause triage found it in, to the CSV file OUT (columns ticket, interaction, group, group label), then exit. Causes never found in the register are found first.</source>
        <translation>Écrire chaque réponse médiocre liée à aucune entrée, avec la cause où le tri l’a trouvée, dans le fichier CSV OUT (colonnes ticket, interaction, group, group label), puis quitter. Les causes jamais recherchées dans le registre sont d’abord trouvées.</translation>
    </message>
    <message>
        <source>Causes could not be found: %1</source>
        <translation>Les causes n’ont pas pu être trouvées : %1</translation>
    </message>
    <message>
        <source>found %1 causes in %2 poor responses (%3 in none) in %4 s</source>
        <translation>%1 causes trouvées dans %2 réponses médiocres (%3 dans aucune) en %4 s</translation>
    </message>
    <message>
        <source>The register is read-only and its causes were never found: every response is written in no cause.</source>
        <translation>Le registre est en lecture seule et ses causes n’ont jamais été recherchées : chaque réponse est écrite sans cause.</translation>
    </message>
    <message>
        <source>Print the agenda a review starting now would have (open actions, new evidence, new entries, quick wins not started, stale entries, done entries to verify), then exit.</source>
        <translation>Afficher l’ordre du jour qu’aurait une revue commençant maintenant (actions ouvertes, nouvelles preuves, nouvelles initiatives, gains rapides non commencés, initiatives stagnantes, initiatives terminées à vérifier), puis quitter.</translation>
    </message>
    <message>
        <source>Write the minutes of the latest review (or of --review N) to OUT, as PDF, Markdown or HTML by its extension (.pdf, .md, .html), then exit.</source>
        <translation>Écrire le compte rendu de la dernière revue (ou de --review N) dans OUT, au format PDF, Markdown ou HTML selon son extension (.pdf, .md, .html), puis quitter.</translation>
    </message>
    <message>
        <source>With --export-minutes: the review N (its number, as Meeting ▸ Past Reviews shows it).</source>
        <translation>Avec --export-minutes&#xa0;: la revue N (son numéro, tel que l’affiche Réunion ▸ Revues passées).</translation>
    </message>
    <message>
        <source>Write the report of a period to OUT, as PDF or as an Excel workbook by its extension (.pdf, .xlsx): poor interactions and satisfaction against the period before, improvements and their verdicts, the matrix and its movement, open quick wins, overdue actions, reviews held. Then exit.</source>
        <translation>Écrire le rapport d’une période dans OUT, au format PDF ou sous forme de classeur Excel selon son extension (.pdf, .xlsx)&#xa0;: interactions insatisfaisantes et satisfaction par rapport à la période précédente, améliorations et leurs verdicts, la matrice et son évolution, gains rapides ouverts, actions en retard, revues tenues. Puis quitter.</translation>
    </message>
    <message>
        <source>With --report: the period&apos;s first day (default: the last full quarter&apos;s).</source>
        <translation>Avec --report&#xa0;: le premier jour de la période (par défaut&#xa0;: celui du dernier trimestre complet).</translation>
    </message>
    <message>
        <source>With --report: the period&apos;s last day (default: the last full quarter&apos;s).</source>
        <translation>Avec --report&#xa0;: le dernier jour de la période (par défaut&#xa0;: celui du dernier trimestre complet).</translation>
    </message>
    <message>
        <source>Make the edits in FILE (- for standard input), one a line, each saved at once, print “done LINE” after each and exit. Edits: add-entry title=TEXT [FIELD=VALUE…]; edit-entry ID FIELD=VALUE…; remove-entry ID; add-interaction [ticket= service= score= comment= date=]; link INTERACTION ENTRY; set-poor SCALE UPTO (the scores up to UPTO on SCALE, such as 0-10, are poor); undo; redo; review-start [attendees=&quot;A; B&quot;]; review-decide ENTRY FIELD=VALUE…; review-note ENTRY text=…; action-add ENTRY text=… [owner=…] [due=YYYY-MM-DD]; action-done ACTION; review-end. ENTRY: its number or ID (CI-0042). Entry fields: title description cause service owner notes impact effort (1-5) target (YYYY-MM-DD) status (proposed approved in-progress done verified deferred rejected) category (people process technology partner). Quote values with spaces: title=&quot;Printer jams&quot;. Stops at the first edit that fails.</source>
        <translation>Effectuer les modifications contenues dans FILE (- pour l’entrée standard), une par ligne, chacune enregistrée aussitôt, afficher «&#xa0;done LINE&#xa0;» après chacune, puis quitter. Modifications&#xa0;: add-entry title=TEXT [FIELD=VALUE…]; edit-entry ID FIELD=VALUE…; remove-entry ID; add-interaction [ticket= service= score= comment= date=]; link INTERACTION ENTRY; set-poor SCALE UPTO (les notes jusqu’à UPTO sur l’échelle SCALE, par exemple 0-10, sont insatisfaisantes); undo; redo; review-start [attendees=&quot;A; B&quot;]; review-decide ENTRY FIELD=VALUE…; review-note ENTRY text=…; action-add ENTRY text=… [owner=…] [due=YYYY-MM-DD]; action-done ACTION; review-end. ENTRY&#xa0;: son numéro ou son ID (CI-0042). Champs d’une initiative&#xa0;: title description cause service owner notes impact effort (1-5) target (YYYY-MM-DD) status (proposed approved in-progress done verified deferred rejected) category (people process technology partner). Mettez entre guillemets les valeurs qui contiennent des espaces&#xa0;: title=&quot;Bourrages papier&quot;. S’arrête à la première modification qui échoue.</translation>
    </message>
    <message>
        <source>Agenda of a review starting %1 (%2)</source>
        <translation>Ordre du jour d’une revue commençant le %1 (%2)</translation>
    </message>
    <message>
        <source>the register&apos;s first review</source>
        <translation>première revue du registre</translation>
    </message>
    <message>
        <source>since the %1</source>
        <translation>depuis la %1</translation>
    </message>
    <message>
        <source>Nothing is waiting for a review.</source>
        <translation>Rien n’attend de revue.</translation>
    </message>
    <message>
        <source>action %1: %2</source>
        <translation>action %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no review “%1” in the register; --agenda and Meeting ▸ Past Reviews show those held.</source>
        <translation>Il n’y a pas de revue «&#xa0;%1&#xa0;» dans le registre&#xa0;; --agenda et Réunion ▸ Revues passées indiquent celles qui ont été tenues.</translation>
    </message>
    <message>
        <source>No review has ended in this register, so there are no minutes to write.</source>
        <translation>Aucune revue n’est terminée dans ce registre, il n’y a donc aucun compte rendu à écrire.</translation>
    </message>
    <message>
        <source>The %1 is still running: its minutes are written when it ends (review-end).</source>
        <translation>La %1 est toujours en cours&#xa0;: son compte rendu sera écrit à sa clôture (review-end).</translation>
    </message>
    <message>
        <source>Minutes of the %1</source>
        <translation>Compte rendu de la %1</translation>
    </message>
    <message>
        <source>Copy the whole register (its history, snapshots, reviews, actions and imports, every id kept) to TARGET, then exit: a new register file, or a register on a PostgreSQL server, postgresql://USER@HOST:PORT/DATABASE, whose database holds nothing yet.</source>
        <translation>Copier l’intégralité du registre (son historique, ses instantanés, revues, actions et importations, chaque ID étant conservé) vers TARGET, puis quitter&#xa0;: un nouveau fichier de registre, ou un registre sur un serveur PostgreSQL, postgresql://USER@HOST:PORT/DATABASE, dont la base de données ne contient encore rien.</translation>
    </message>
    <message>
        <source>On a register on a PostgreSQL server: make the database user USER a viewer (reads and exports), an editor (also changes) or an owner (also upgrades and grants) of it, then exit. Repeatable.</source>
        <translation>Pour un registre sur un serveur PostgreSQL&#xa0;: faire de l’utilisateur de base de données USER un lecteur (viewer&#xa0;: consultation et exportation), un éditeur (editor&#xa0;: également les modifications) ou un propriétaire (owner&#xa0;: également les mises à niveau et l’attribution des droits) de ce registre, puis quitter. Peut être répété.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %1 to %2: %n entries, with every interaction, history, snapshot, review and import.</source>
        <translation>
            <numerusform>%1 copié vers %2&#xa0;: %n initiative, avec toutes les interactions, l’historique, les instantanés, les revues et les importations.</numerusform>
            <numerusform>%1 copié vers %2&#xa0;: %n initiatives, avec toutes les interactions, l’historique, les instantanés, les revues et les importations.</numerusform>
        </translation>
    </message>
    <message>
        <source>--grant takes USER=ROLE, such as --grant alice=editor (ROLE: viewer, editor or owner), not “%1”.</source>
        <translation>--grant attend USER=ROLE, par exemple --grant alice=editor (ROLE&#xa0;: viewer, editor ou owner), et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 is now an owner of %2.</source>
        <translation>%1 est désormais propriétaire de %2.</translation>
    </message>
    <message>
        <source>%1 is now an editor of %2.</source>
        <translation>%1 est désormais éditeur de %2.</translation>
    </message>
    <message>
        <source>%1 is now a viewer of %2.</source>
        <translation>%1 est désormais lecteur de %2.</translation>
    </message>
</context>
<context>
    <name>qw::ActionsView</name>
    <message>
        <source>Show &amp;done</source>
        <translation>Afficher les &amp;terminées</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>The actions could not be read.</source>
        <translation>Les actions n’ont pas pu être lues.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>%1 · overdue</source>
        <translation>%1 · en retard</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>terminée le %1</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>Tick when it is done</source>
        <translation>Cochez quand elle est terminée</translation>
    </message>
    <message>
        <source>Untick to open it again</source>
        <translation>Décochez pour la rouvrir</translation>
    </message>
    <message>
        <source>No action is open.</source>
        <translation>Aucune action n’est ouverte.</translation>
    </message>
    <message numerus="yes">
        <source>%n open action(s)</source>
        <translation>
            <numerusform>%n action ouverte</numerusform>
            <numerusform>%n actions ouvertes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n en retard</numerusform>
            <numerusform>, %n en retard</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qw::Agenda</name>
    <message>
        <source>Open actions</source>
        <translation>Actions ouvertes</translation>
    </message>
    <message>
        <source>New evidence</source>
        <translation>Nouvelles preuves</translation>
    </message>
    <message>
        <source>New entries to score and approve</source>
        <translation>Nouvelles initiatives à évaluer et à approuver</translation>
    </message>
    <message>
        <source>Quick wins not started</source>
        <translation>Gains rapides non commencés</translation>
    </message>
    <message>
        <source>Stale entries</source>
        <translation>Initiatives stagnantes</translation>
    </message>
    <message>
        <source>Done, to verify</source>
        <translation>Terminées, à vérifier</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Points ajoutés</translation>
    </message>
    <message>
        <source>in progress past its target date (%1)</source>
        <translation>en cours au-delà de sa date cible (%1)</translation>
    </message>
    <message numerus="yes">
        <source>unchanged for %n reviews</source>
        <translation>
            <numerusform>inchangée depuis %n revue</numerusform>
            <numerusform>inchangée depuis %n revues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>unchanged for %n days</source>
        <translation>
            <numerusform>inchangée depuis %n jour</numerusform>
            <numerusform>inchangée depuis %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>no verdict: it has no date done</source>
        <translation>pas de verdict&#xa0;: elle n’a pas de date de réalisation</translation>
    </message>
    <message>
        <source>%1: satisfaction %2 → %3 of 100 (%4 → %5 responses)</source>
        <translation>%1&#xa0;: satisfaction %2 → %3 sur 100 (%4 → %5 réponses)</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>en retard depuis le %1</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>échéance aujourd’hui</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>échéance le %1</translation>
    </message>
    <message numerus="yes">
        <source>+%n poor responses since the last review</source>
        <translation>
            <numerusform>+%n réponse insatisfaisante depuis la dernière revue</numerusform>
            <numerusform>+%n réponses insatisfaisantes depuis la dernière revue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n poor responses in the last 30 days</source>
        <translation>
            <numerusform>%n réponse insatisfaisante au cours des 30 derniers jours</numerusform>
            <numerusform>%n réponses insatisfaisantes au cours des 30 derniers jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in all</source>
        <translation>
            <numerusform>%n au total</numerusform>
            <numerusform>%n au total</numerusform>
        </translation>
    </message>
    <message>
        <source>not on the agenda: the list shows them all</source>
        <translation>hors de l’ordre du jour&#xa0;: la liste les affiche toutes</translation>
    </message>
    <message>
        <source>raised %1 by %2, impact %3, effort %4</source>
        <translation>signalée le %1 par %2, impact %3, effort %4</translation>
    </message>
    <message>
        <source>nobody named</source>
        <translation>une personne non indiquée</translation>
    </message>
    <message>
        <source>%1, impact %2, effort %3%4</source>
        <translation>%1, impact %2, effort %3%4</translation>
    </message>
    <message>
        <source>, no owner</source>
        <translation>, sans responsable</translation>
    </message>
    <message>
        <source>, owner %1</source>
        <translation>, responsable&#xa0;: %1</translation>
    </message>
    <message>
        <source>done %1 · %2</source>
        <translation>terminée&#xa0;: %1 · %2</translation>
    </message>
    <message>
        <source>on no date</source>
        <translation>date inconnue</translation>
    </message>
    <message numerus="yes">
        <source>%n more new entries</source>
        <translation>
            <numerusform>%n autre nouvelle initiative</numerusform>
            <numerusform>%n autres nouvelles initiatives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more quick wins not started</source>
        <translation>
            <numerusform>%n autre gain rapide non commencé</numerusform>
            <numerusform>%n autres gains rapides non commencés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more stale entries</source>
        <translation>
            <numerusform>%n autre initiative stagnante</numerusform>
            <numerusform>%n autres initiatives stagnantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more done entries to verify</source>
        <translation>
            <numerusform>%n autre initiative terminée à vérifier</numerusform>
            <numerusform>%n autres initiatives terminées à vérifier</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qw::BeforeAfter</name>
    <message>
        <source>improved</source>
        <translation>améliorée</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>inchangée</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>dégradée</translation>
    </message>
    <message>
        <source>not enough data</source>
        <translation>pas assez de données</translation>
    </message>
</context>
<context>
    <name>qw::Category</name>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Technologie</translation>
    </message>
    <message>
        <source>Partner/supplier</source>
        <translation>Partenaire/fournisseur</translation>
    </message>
</context>
<context>
    <name>qw::Channel</name>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portail</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Sur place</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>qw::Commands</name>
    <message numerus="yes">
        <source>Import of ‘%1’ (%n response(s))</source>
        <translation>
            <numerusform>Importation de «&#xa0;%1&#xa0;» (%n réponse)</numerusform>
            <numerusform>Importation de «&#xa0;%1&#xa0;» (%n réponses)</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Import of ‘%1’</source>
        <translation>Supprimer l’importation de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Change Which Responses Are Poor</source>
        <translation>Modifier les réponses considérées comme insatisfaisantes</translation>
    </message>
</context>
<context>
    <name>qw::ComparisonBar</name>
    <message>
        <source>Compare with Snapshot</source>
        <translation>Comparer à un instantané</translation>
    </message>
    <message>
        <source>This register has no snapshots yet. Take one at the end of a meeting (Meeting ▸ Take Snapshot) to compare with it at the next.</source>
        <translation>Ce registre n’a encore aucun instantané. Prenez-en un à la fin d’une réunion (Réunion ▸ Prendre un instantané) pour vous y comparer lors de la suivante.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Show what moved since:</source>
        <translation>Afficher ce qui a changé depuis&#xa0;:</translation>
    </message>
    <message>
        <source>%1 %2 (closed)</source>
        <translation>%1 %2 (clôturée)</translation>
    </message>
    <message>
        <source>%1 %2 (removed)</source>
        <translation>%1 %2 (supprimée)</translation>
    </message>
    <message>
        <source>Compared with &lt;b&gt;%1&lt;/b&gt; of %2: %3 moved, %4 new.</source>
        <translation>Comparaison avec &lt;b&gt;%1&lt;/b&gt; du %2&#xa0;: %3 déplacées, %4 nouvelles.</translation>
    </message>
    <message>
        <source>Closed or removed since: %1.</source>
        <translation>Clôturées ou supprimées depuis&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Stop comparing</source>
        <translation>Arrêter la comparaison</translation>
    </message>
</context>
<context>
    <name>qw::DateEdits</name>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Up and Down change the part under the cursor; Delete clears the date</source>
        <translation>Haut et Bas modifient la partie sous le curseur&#xa0;; Suppr efface la date</translation>
    </message>
</context>
<context>
    <name>qw::EntryDialog</name>
    <message>
        <source>New entry</source>
        <translation>Nouvelle initiative</translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation>Initiative %1</translation>
    </message>
    <message>
        <source>What will be improved, in a few words</source>
        <translation>Ce qui sera amélioré, en quelques mots</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>Underlying &amp;cause:</source>
        <translation>&amp;Cause sous-jacente&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service&#xa0;:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>ITIL &amp;practice:</source>
        <translation>&amp;Pratique ITIL&#xa0;:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>Stat&amp;ut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Raised by:</source>
        <translation>Sig&amp;nalée par&#xa0;:</translation>
    </message>
    <message>
        <source>Date raised:</source>
        <translation>Signalée le&#xa0;:</translation>
    </message>
    <message>
        <source>Date do&amp;ne:</source>
        <translation>Ter&amp;minée le&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;xpected benefit:</source>
        <translation>Bénéfice &amp;attendu&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Entry</source>
        <translation>Initiati&amp;ve</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>An entry needs a title, an impact and an effort.</source>
        <translation>Une initiative doit avoir un titre, un impact et un effort.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Répété</translation>
    </message>
    <message>
        <source>&amp;Linked interactions</source>
        <translation>Interactions &amp;liées</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>aucune note</translation>
    </message>
    <message>
        <source>%1 (poor)</source>
        <translation>%1 (insatisfaisante)</translation>
    </message>
    <message>
        <source>&amp;Linked interactions (%1)</source>
        <translation>Interactions &amp;liées (%1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;The evidence suggests impact %1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;Les preuves suggèrent un impact de %1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>&amp;Use impact %1</source>
        <translation>Appli&amp;quer l’impact %1</translation>
    </message>
    <message>
        <source>all services</source>
        <translation>tous les services</translation>
    </message>
    <message>
        <source>&lt;b&gt;Satisfaction before and after: %1&lt;/b&gt;&lt;br&gt;%2, 90 days before the date done: %3 % (%4 responses); 90 days after: %5 % (%6 responses).</source>
        <translation>&lt;b&gt;Satisfaction avant et après&#xa0;: %1&lt;/b&gt;&lt;br&gt;%2, 90 jours avant la date d’achèvement&#xa0;: %3&#xa0;% (%4 réponses)&#xa0;; 90 jours après&#xa0;: %5&#xa0;% (%6 réponses).</translation>
    </message>
    <message>
        <source>&lt;b&gt;This entry holds values QuickWins does not know:&lt;/b&gt; %1. They were written outside QuickWins. Choose them again to save the entry.</source>
        <translation>&lt;b&gt;Cette initiative contient des valeurs que QuickWins ne connaît pas&#xa0;:&lt;/b&gt; %1. Elles ont été écrites en dehors de QuickWins. Choisissez-les à nouveau pour enregistrer l’initiative.</translation>
    </message>
    <message>
        <source>Cannot be saved yet: %1.</source>
        <translation>Enregistrement impossible pour l’instant&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Categor&amp;y:</source>
        <translation>Caté&amp;gorie&#xa0;:</translation>
    </message>
    <message>
        <source>Tar&amp;get date:</source>
        <translation>Date ci&amp;ble&#xa0;:</translation>
    </message>
    <message>
        <source>Wor&amp;k notes:</source>
        <translation>N&amp;otes de travail&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;The title or the description holds an e-mail address or a phone number.&lt;/b&gt; The title is shown on the matrix, in exports and on a shared screen: say what went wrong without the customer&apos;s details (they stay in the linked interactions).</source>
        <translation>&lt;b&gt;Le titre ou la description contient une adresse e-mail ou un numéro de téléphone.&lt;/b&gt; Le titre est affiché sur la matrice, dans les exportations et sur un écran partagé&#xa0;: décrivez ce qui n’a pas fonctionné sans les coordonnées du client (elles restent dans les interactions liées).</translation>
    </message>
    <message>
        <source>interaction linked</source>
        <translation>interaction liée</translation>
    </message>
    <message>
        <source>interaction unlinked</source>
        <translation>interaction déliée</translation>
    </message>
    <message>
        <source>Personal data is hidden (View ▸ Hide Personal Data): the fields that hold some are shown masked and cannot be changed; they keep what they hold until personal data is shown again.</source>
        <translation>Les données personnelles sont masquées (Affichage ▸ Masquer les données personnelles)&#xa0;: les champs qui en contiennent sont affichés masqués et ne peuvent pas être modifiés&#xa0;; ils conservent leur contenu jusqu’à ce que les données personnelles soient de nouveau affichées.</translation>
    </message>
</context>
<context>
    <name>qw::EntryFields</name>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>cause</source>
        <translation>cause</translation>
    </message>
    <message>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <source>ITIL practice</source>
        <translation>pratique ITIL</translation>
    </message>
    <message>
        <source>impact</source>
        <translation>impact</translation>
    </message>
    <message>
        <source>effort</source>
        <translation>effort</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>raised by</source>
        <translation>signalée par</translation>
    </message>
    <message>
        <source>date raised</source>
        <translation>date de signalement</translation>
    </message>
    <message>
        <source>target date</source>
        <translation>date cible</translation>
    </message>
    <message>
        <source>date done</source>
        <translation>date de réalisation</translation>
    </message>
    <message>
        <source>expected benefit</source>
        <translation>bénéfice attendu</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
</context>
<context>
    <name>qw::EntryModel</name>
    <message>
        <source>%1 %2
%3: impact %4, effort %5</source>
        <translation>%1 %2
%3&#xa0;: impact %4, effort %5</translation>
    </message>
    <message>
        <source>Priority rank, the same number as on the matrix, in the colour of its quadrant</source>
        <translation>Rang de priorité, le même numéro que sur la matrice, dans la couleur de son quadrant</translation>
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
        <translation>Titre</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Liées</translation>
    </message>
    <message>
        <source>For entries done: did satisfaction of their service rise in the 90 days after?</source>
        <translation>Pour les initiatives terminées&#xa0;: la satisfaction de leur service a-t-elle augmenté dans les 90 jours qui ont suivi&#xa0;?</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>%1 %2
Written outside QuickWins: %3. Open the entry to choose.</source>
        <translation>%1 %2
Écrit en dehors de QuickWins&#xa0;: %3. Ouvrez l’initiative pour choisir.</translation>
    </message>
    <message>
        <source>Interactions linked to the entry: its evidence</source>
        <translation>Interactions liées à l’entrée : ses éléments probants</translation>
    </message>
    <message>
        <source>Open entries waiting too long: in progress past their target date, or unchanged for the register&apos;s number of reviews or days (3 reviews or 60 days unless set)</source>
        <translation>Initiatives ouvertes qui attendent depuis trop longtemps&#xa0;: en cours au-delà de leur date cible, ou inchangées depuis le nombre de revues ou de jours défini pour le registre (3 revues ou 60 jours sauf réglage contraire)</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Stagnante</translation>
    </message>
    <message>
        <source>Numbers: priority rank (rescoring changes them)</source>
        <translation>Numéros&#xa0;: rang de priorité (une nouvelle note les change)</translation>
    </message>
    <message>
        <source>Numbers: as at the start of the %1</source>
        <translation>Numéros&#xa0;: ceux du début de la %1</translation>
    </message>
</context>
<context>
    <name>qw::EntryRepository</name>
    <message>
        <source>%1 is not in the register</source>
        <translation>%1 n’est pas dans le registre</translation>
    </message>
    <message>
        <source>someone else changed the %1 of %2 at the same moment, so this change was not made: look at theirs and make it again</source>
        <translation>quelqu’un d’autre a modifié au même moment %2 (%1), cette modification n’a donc pas été effectuée&#xa0;: consultez la sienne et refaites-la</translation>
    </message>
</context>
<context>
    <name>qw::FilterBar</name>
    <message>
        <source>Filter by ID, title, service or owner</source>
        <translation>Filtrer par ID, titre, service ou responsable</translation>
    </message>
    <message>
        <source>&amp;Open only</source>
        <translation>&amp;Ouvertes seulement</translation>
    </message>
    <message>
        <source>Hide entries that are done, verified or rejected</source>
        <translation>Masquer les initiatives terminées, vérifiées ou rejetées</translation>
    </message>
    <message>
        <source>Raised:</source>
        <translation>Signalée&#xa0;:</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>n’importe quand</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Show all open entries again</source>
        <translation>Afficher à nouveau toutes les initiatives ouvertes</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Tous les services</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Tous les responsables</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Raised on or after (Delete: any time)</source>
        <translation>Signalée le ou après le (Suppr&#xa0;: n’importe quand)</translation>
    </message>
    <message>
        <source>Raised on or before (Delete: any time)</source>
        <translation>Signalée le ou avant le (Suppr&#xa0;: n’importe quand)</translation>
    </message>
</context>
<context>
    <name>qw::HelpDialogs</name>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>In the views and fields</source>
        <translation>Dans les vues et les champs</translation>
    </message>
    <message>
        <source>Leave presentation mode</source>
        <translation>Quitter le mode présentation</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Matrix: move the selected entry one impact up or down</source>
        <translation>Matrice&#xa0;: monter ou descendre l’initiative sélectionnée d’un niveau d’impact</translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation>Haut, Bas</translation>
    </message>
    <message>
        <source>Matrix: move the selected entry one effort left or right</source>
        <translation>Matrice&#xa0;: déplacer l’initiative sélectionnée d’un niveau d’effort vers la gauche ou la droite</translation>
    </message>
    <message>
        <source>Left, Right</source>
        <translation>Gauche, Droite</translation>
    </message>
    <message>
        <source>Matrix or list: open the selected entry</source>
        <translation>Matrice ou liste&#xa0;: ouvrir l’initiative sélectionnée</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Matrix: cancel a drag</source>
        <translation>Matrice&#xa0;: annuler un glisser-déposer</translation>
    </message>
    <message>
        <source>Filter text: clear it</source>
        <translation>Texte du filtre&#xa0;: l’effacer</translation>
    </message>
    <message>
        <source>Date field: no date (“none”, “any time”)</source>
        <translation>Champ de date&#xa0;: aucune date («&#xa0;aucune&#xa0;», «&#xa0;n’importe quand&#xa0;»)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Suppr</translation>
    </message>
    <message>
        <source>Next field, previous field</source>
        <translation>Champ suivant, champ précédent</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Maj+Tab</translation>
    </message>
    <message>
        <source>Impact or effort: the next or previous score</source>
        <translation>Impact ou effort&#xa0;: le niveau suivant ou précédent</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Getting Started</source>
        <translation>Prise en main</translation>
    </message>
    <message>
        <source>Matrix: zoom into Quick wins, Major projects, Fill-ins or Thankless tasks (or click its name)</source>
        <translation>Matrice&#xa0;: zoomer sur les gains rapides, les grands projets, les tâches d’appoint ou les tâches ingrates (ou cliquer sur son nom)</translation>
    </message>
    <message>
        <source>1, 2, 3, 4</source>
        <translation>1, 2, 3, 4</translation>
    </message>
    <message>
        <source>Matrix: all four quadrants again</source>
        <translation>Matrice&#xa0;: revenir aux quatre quadrants</translation>
    </message>
    <message>
        <source>0, Esc</source>
        <translation>0, Échap</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Getting started with QuickWins&lt;/h2&gt;&lt;p&gt;QuickWins keeps one cycle going: what customers said becomes evidence, evidence becomes improvements, and each improvement is checked against what customers say afterwards.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Evidence.&lt;/b&gt; Import your service desk tool&apos;s satisfaction survey export (File ▸ Import Interactions…, Ctrl+I), or log a poor interaction as it is reported (Edit ▸ Log Interaction…, Ctrl+L). Every response counts for the trend; the poor ones are the evidence. File ▸ Poor Responses… says which scores are poor.&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Entries.&lt;/b&gt; Select poor interactions and make an entry of the improvement they call for (Edit ▸ New Entry from Interaction…), or link them to an entry that exists (Ctrl+K). The Triage panel groups the poor interactions that no entry covers yet.&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Scores.&lt;/b&gt; Score each entry&apos;s impact and effort from 1 to 5. The editor shows what each score means and suggests an impact from the evidence linked to it; you decide.&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Matrix.&lt;/b&gt; Every open entry is a mark where its scores place it. The quick wins, high impact and low effort, are at the top left, and the Priorities list ranks them first. Drag a mark, or use the arrow keys, to rescore it.&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Review.&lt;/b&gt; In the team&apos;s meeting, Meeting ▸ Presentation Mode (F5) shows the matrix in large text with a key beside it (each mark&apos;s number, ID and title) and no personal data; keys 1 to 4 zoom into one quadrant. Meeting ▸ Start Review walks the agenda, records decisions and actions, and writes the minutes; the next review shows what moved since.&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Before and after.&lt;/b&gt; When an improvement is done, set its status and the date it was done. Once there are responses from after that date, its editor and the list say whether the share of poor responses for its service improved, stayed the same or got worse.&lt;/p&gt;&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;To see a year of this, open the demonstration register from the start panel of an empty register.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Prise en main de QuickWins&lt;/h2&gt;&lt;p&gt;QuickWins entretient un cycle continu&#xa0;: ce que les clients ont dit devient une preuve, les preuves deviennent des améliorations, et chaque amélioration est vérifiée à l’aune de ce que les clients disent ensuite.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Preuves.&lt;/b&gt; Importez l’exportation de l’enquête de satisfaction de votre outil de centre de services (Fichier ▸ Importer des interactions…, Ctrl+I), ou consignez une interaction insatisfaisante au moment où elle est signalée (Édition ▸ Consigner une interaction…, Ctrl+L). Chaque réponse compte pour la tendance&#xa0;; les réponses insatisfaisantes constituent les preuves. Fichier ▸ Réponses insatisfaisantes… indique quelles notes sont insatisfaisantes.&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Initiatives.&lt;/b&gt; Sélectionnez des interactions insatisfaisantes et faites-en une initiative pour l’amélioration qu’elles appellent (Édition ▸ Nouvelle initiative à partir d’une interaction…), ou liez-les à une initiative existante (Ctrl+K). Le panneau Tri regroupe les interactions insatisfaisantes qu’aucune initiative ne couvre encore.&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Évaluations.&lt;/b&gt; Évaluez l’impact et l’effort de chaque initiative de 1 à 5. L’éditeur indique ce que signifie chaque valeur et suggère un impact d’après les preuves qui lui sont liées&#xa0;; c’est vous qui décidez.&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Matrice.&lt;/b&gt; Chaque initiative ouverte est un marqueur placé selon son impact et son effort. Les gains rapides, à fort impact et faible effort, sont en haut à gauche, et la liste Priorités les classe en premier. Faites glisser un marqueur, ou utilisez les touches fléchées, pour le réévaluer.&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Revue.&lt;/b&gt; Lors de la réunion de l’équipe, Réunion ▸ Mode présentation (F5) affiche la matrice en grands caractères, avec à côté une légende (numéro, identifiant et titre de chaque marqueur) et sans données personnelles&#xa0;; les touches 1 à 4 zooment sur un quadrant. Réunion ▸ Démarrer la revue parcourt l’ordre du jour, consigne les décisions et les actions et rédige le compte rendu&#xa0;; la revue suivante montre ce qui a changé depuis.&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Avant et après.&lt;/b&gt; Quand une amélioration est terminée, indiquez son statut et la date à laquelle elle l’a été. Dès qu’il existe des réponses postérieures à cette date, son éditeur et la liste indiquent si la part de réponses insatisfaisantes pour son service s’est améliorée, est restée stable ou s’est dégradée.&lt;/p&gt;&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Pour voir une année de ce cycle, ouvrez le registre de démonstration depuis le panneau d’accueil d’un registre vide.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>qw::Import</name>
    <message>
        <source>a generic export</source>
        <translation>une exportation générique</translation>
    </message>
    <message>
        <source>“%1” is not FIELD=COLUMN with FIELD one of %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas de la forme FIELD=COLUMN, FIELD étant l’un de %2.</translation>
    </message>
    <message>
        <source>The file has no column “%1” for %2.</source>
        <translation>Le fichier n’a pas de colonne «&#xa0;%1&#xa0;» pour %2.</translation>
    </message>
    <message>
        <source>line %1, column %2: this quoted field is never closed</source>
        <translation>ligne %1, colonne %2&#xa0;: ce champ entre guillemets n’est jamais fermé</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Repeat contact</source>
        <translation>Contact répété</translation>
    </message>
    <message>
        <source>Response id</source>
        <translation>ID de réponse</translation>
    </message>
    <message>
        <source>“%1” names columns %2</source>
        <translation>«&#xa0;%1&#xa0;» désigne les colonnes %2</translation>
    </message>
    <message>
        <source>“%1” is ambiguous: columns %2 are both named so; name the column by its number, for example %3=%4.</source>
        <translation>«&#xa0;%1&#xa0;» est ambigu&#xa0;: les colonnes %2 portent toutes ce nom&#xa0;; désignez la colonne par son numéro, par exemple %3=%4.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>recognised, %1</source>
        <translation>reconnue, %1</translation>
    </message>
    <message>
        <source>remembered from an earlier import</source>
        <translation>mémorisée lors d’une importation précédente</translation>
    </message>
    <message>
        <source>as chosen</source>
        <translation>selon votre choix</translation>
    </message>
    <message>
        <source>%1 ← column %2 “%3” (%4)</source>
        <translation>%1 ← colonne %2 «&#xa0;%3&#xa0;» (%4)</translation>
    </message>
    <message>
        <source>, else column %1 “%2”</source>
        <translation>, sinon colonne %1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>line %1, column %2: a field longer than %3 characters</source>
        <translation>ligne %1, colonne %2&#xa0;: un champ de plus de %3 caractères</translation>
    </message>
    <message>
        <source>line %1, field %2: a field longer than %3 characters</source>
        <translation>ligne %1, champ %2&#xa0;: un champ de plus de %3 caractères</translation>
    </message>
    <message>
        <source>line %1: more than %2 fields in one record</source>
        <translation>ligne %1&#xa0;: plus de %2 champs dans un même enregistrement</translation>
    </message>
    <message>
        <source>“%1” is not an Excel workbook (.xlsx): %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un classeur Excel (.xlsx)&#xa0;: %2.</translation>
    </message>
    <message>
        <source>“%1” is a damaged workbook: its part %2 cannot be read (%3).</source>
        <translation>«&#xa0;%1&#xa0;» est un classeur endommagé&#xa0;: sa partie %2 ne peut pas être lue (%3).</translation>
    </message>
    <message>
        <source>zip error %1</source>
        <translation>erreur zip %1</translation>
    </message>
    <message>
        <source>Sheet “%1”, row %2: %3.</source>
        <translation>Feuille «&#xa0;%1&#xa0;», ligne %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Sheet “%1”, row %2, column %3: %4.</source>
        <translation>Feuille «&#xa0;%1&#xa0;», ligne %2, colonne %3&#xa0;: %4.</translation>
    </message>
    <message>
        <source>the archive is damaged, %1</source>
        <translation>l’archive est endommagée, %1</translation>
    </message>
    <message>
        <source>Sheet “%1”, row %2: the XML is damaged (%3).</source>
        <translation>Feuille «&#xa0;%1&#xa0;», ligne %2&#xa0;: le XML est endommagé (%3).</translation>
    </message>
    <message>
        <source>it is a binary workbook (.xlsb); save it as .xlsx</source>
        <translation>c’est un classeur binaire (.xlsb)&#xa0;; enregistrez-le au format .xlsx</translation>
    </message>
    <message>
        <source>it is an OpenDocument spreadsheet (.ods); save it as .xlsx</source>
        <translation>c’est une feuille de calcul OpenDocument (.ods)&#xa0;; enregistrez-la au format .xlsx</translation>
    </message>
    <message>
        <source>it is a zip archive without xl/workbook.xml</source>
        <translation>c’est une archive zip sans xl/workbook.xml</translation>
    </message>
    <message>
        <source>“%1” has no worksheets.</source>
        <translation>«&#xa0;%1&#xa0;» ne contient aucune feuille de calcul.</translation>
    </message>
    <message>
        <source>it is missing</source>
        <translation>elle est absente</translation>
    </message>
    <message>
        <source>the cell reference “%1” is not valid</source>
        <translation>la référence de cellule «&#xa0;%1&#xa0;» n’est pas valide</translation>
    </message>
    <message>
        <source>it has more than 16,384 columns (beyond column XFD)</source>
        <translation>elle a plus de 16&#xa0;384 colonnes (au-delà de la colonne XFD)</translation>
    </message>
    <message>
        <source>its shared string “%1” does not exist (the workbook is damaged)</source>
        <translation>sa chaîne partagée «&#xa0;%1&#xa0;» n’existe pas (le classeur est endommagé)</translation>
    </message>
    <message>
        <source>the cell&apos;s text is longer than 1,000,000 characters</source>
        <translation>le texte de la cellule dépasse 1&#xa0;000&#xa0;000 caractères</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: %2.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être ouvert&#xa0;: %2.</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>“%1” is encrypted or is an old .xls file; save it as .xlsx without a password.</source>
        <translation>«&#xa0;%1&#xa0;» est chiffré ou est un ancien fichier .xls&#xa0;; enregistrez-le au format .xlsx sans mot de passe.</translation>
    </message>
    <message>
        <source>it is not a zip archive, as an .xlsx file is</source>
        <translation>ce n’est pas une archive zip, comme l’est un fichier .xlsx</translation>
    </message>
    <message>
        <source>the archive is damaged or incomplete (%1)</source>
        <translation>l’archive est endommagée ou incomplète (%1)</translation>
    </message>
    <message>
        <source>The workbook has no sheet “%1”; its sheets are %2.</source>
        <translation>Le classeur n’a pas de feuille «&#xa0;%1&#xa0;»&#xa0;; ses feuilles sont %2.</translation>
    </message>
    <message>
        <source>“%1” is a damaged workbook: the sheet “%2” is not in it.</source>
        <translation>«&#xa0;%1&#xa0;» est un classeur endommagé&#xa0;: la feuille «&#xa0;%2&#xa0;» n’y figure pas.</translation>
    </message>
    <message>
        <source>rows read: %1, interactions imported: %2 (poor: %3), updated: %4, duplicates skipped: %5, rows rejected: %6</source>
        <translation>lignes lues&#xa0;: %1, interactions importées&#xa0;: %2 (insatisfaisantes&#xa0;: %3), mises à jour&#xa0;: %4, doublons ignorés&#xa0;: %5, lignes rejetées&#xa0;: %6</translation>
    </message>
    <message>
        <source>, bad rows left out: %1</source>
        <translation>, lignes incorrectes laissées de côté&#xa0;: %1</translation>
    </message>
    <message>
        <source>, not poor, left out: %1</source>
        <translation>, non insatisfaisantes, laissées de côté&#xa0;: %1</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>détecté</translation>
    </message>
    <message>
        <source>Excel workbook, sheet “%1”</source>
        <translation>Classeur Excel, feuille «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <source>encoding: %1 (%2); fields separated by %3</source>
        <translation>encodage&#xa0;: %1 (%2)&#xa0;; séparateur de champs&#xa0;: %3</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>source&#xa0;: %1</translation>
    </message>
    <message>
        <source>dates: %1</source>
        <translation>dates&#xa0;: %1</translation>
    </message>
    <message>
        <source>scale: %1 (%2); poor: %3</source>
        <translation>échelle&#xa0;: %1 (%2)&#xa0;; insatisfaisantes&#xa0;: %3</translation>
    </message>
    <message>
        <source>decided from the column</source>
        <translation>déduite de la colonne</translation>
    </message>
    <message>
        <source>not imported: %1</source>
        <translation>non importées&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file is UTF-8 text except at byte %1 (and perhaps after); choose its encoding (--encoding NAME, or in the wizard).</source>
        <translation>Le fichier est du texte UTF-8 sauf à l’octet %1 (et peut-être au-delà)&#xa0;; choisissez son encodage (--encoding NAME, ou dans l’assistant).</translation>
    </message>
    <message>
        <source>The encoding “%1” is not one QuickWins can read.</source>
        <translation>L’encodage «&#xa0;%1&#xa0;» ne fait pas partie de ceux que QuickWins sait lire.</translation>
    </message>
    <message>
        <source>The file is not valid %1 text; choose its encoding (--encoding NAME, or in the wizard).</source>
        <translation>Le fichier n’est pas du texte %1 valide&#xa0;; choisissez son encodage (--encoding NAME, ou dans l’assistant).</translation>
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
        <translation>Canal</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Reading the export…</source>
        <translation>Lecture de l’exportation…</translation>
    </message>
    <message>
        <source>Import Interactions</source>
        <translation>Importer des interactions</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Dates: as the file shows</source>
        <translation>Dates&#xa0;: comme l’indique le fichier</translation>
    </message>
    <message>
        <source>Dates: day first (29/2/2016)</source>
        <translation>Dates&#xa0;: jour en premier (29/2/2016)</translation>
    </message>
    <message>
        <source>Dates: month first (2/29/2016)</source>
        <translation>Dates&#xa0;: mois en premier (2/29/2016)</translation>
    </message>
    <message>
        <source>First rows as they will be imported:</source>
        <translation>Premières lignes telles qu’elles seront importées&#xa0;:</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problèmes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(non importé)</translation>
    </message>
    <message>
        <source>Line %1: rejected: %2</source>
        <translation>Ligne %1&#xa0;: rejetée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>aucune note</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>L’importation a été annulée&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <source>Some rows were rejected; nothing was imported.</source>
        <translation>Certaines lignes ont été rejetées&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <source>Import &amp;only the poor responses</source>
        <translation>Importer &amp;uniquement les réponses insatisfaisantes</translation>
    </message>
    <message>
        <source>&amp;Leave bad rows out and import the rest</source>
        <translation>&amp;Laisser de côté les lignes incorrectes et importer le reste</translation>
    </message>
    <message>
        <source>Encoding: detected</source>
        <translation>Encodage&#xa0;: détecté</translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>Encodage&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose the export (CSV or Excel) of your service desk tool&apos;s satisfaction survey.</source>
        <translation>Choisissez l’exportation (CSV ou Excel) de l’enquête de satisfaction de votre outil de centre de services.</translation>
    </message>
    <message>
        <source>Exports (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>Exportations (*.csv *.txt *.tsv *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Line %1: left out: %2</source>
        <translation>Ligne %1&#xa0;: laissée de côté&#xa0;: %2</translation>
    </message>
    <message>
        <source>Rows: %1; new, to import: %2; already there, to update: %3; already there as they are: %4; not poor, left out: %5; bad rows: %6.</source>
        <translation>Lignes&#xa0;: %1&#xa0;; nouvelles, à importer&#xa0;: %2&#xa0;; déjà présentes, à mettre à jour&#xa0;: %3&#xa0;; déjà présentes telles quelles&#xa0;: %4&#xa0;; non insatisfaisantes, laissées de côté&#xa0;: %5&#xa0;; lignes incorrectes&#xa0;: %6.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Repeat contact</source>
        <translation>Contact répété</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Répété</translation>
    </message>
</context>
<context>
    <name>qw::ImportHistoryDialog</name>
    <message>
        <source>&amp;Remove Import…</source>
        <translation>&amp;Supprimer l’importation…</translation>
    </message>
    <message>
        <source>Import History</source>
        <translation>Historique des importations</translation>
    </message>
    <message>
        <source>Every export imported into this register. Removing an import takes the responses it added out of the register and puts back the values of those it updated; Edit ▸ Undo brings them back.</source>
        <translation>Toutes les exportations importées dans ce registre. Supprimer une importation retire du registre les réponses qu’elle a ajoutées et rétablit les valeurs de celles qu’elle a mises à jour&#xa0;; Édition ▸ Annuler les fait revenir.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutées</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangées</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>In the register</source>
        <translation>Dans le registre</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimée</translation>
    </message>
    <message>
        <source>Remove the import of “%1”? The %2 responses it added leave the register (and their links to entries), and the %3 it updated get their earlier values back. Edit ▸ Undo brings them back.</source>
        <translation>Supprimer l’importation de «&#xa0;%1&#xa0;»&#xa0;? Les %2 réponses qu’elle a ajoutées quittent le registre (ainsi que leurs liens avec des initiatives), et les %3 qu’elle a mises à jour retrouvent leurs valeurs antérieures. Édition ▸ Annuler les fait revenir.</translation>
    </message>
    <message numerus="yes">
        <source>%n response(s) changed again since that import kept their newer values.</source>
        <translation>
            <numerusform>%n réponse modifiée à nouveau depuis cette importation a conservé ses valeurs plus récentes.</numerusform>
            <numerusform>%n réponses modifiées à nouveau depuis cette importation ont conservé leurs valeurs plus récentes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qw::InteractionDialog</name>
    <message>
        <source>Log a poor interaction</source>
        <translation>Consigner une interaction insatisfaisante</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>Interaction</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Canal&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>É&amp;quipe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation>&amp;Agent&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. INC0012345</source>
        <translation>p. ex. INC0012345</translation>
    </message>
    <message>
        <source>Tic&amp;ket:</source>
        <translation>&amp;Ticket&#xa0;:</translation>
    </message>
    <message>
        <source>Survey sca&amp;le:</source>
        <translation>Éc&amp;helle de l’enquête&#xa0;:</translation>
    </message>
    <message>
        <source>Satisfaction sc&amp;ore:</source>
        <translation>&amp;Note de satisfaction&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason given:</source>
        <translation>&amp;Motif indiqué&#xa0;:</translation>
    </message>
    <message>
        <source>Customer co&amp;mment:</source>
        <translation>Comm&amp;entaire du client&#xa0;:</translation>
    </message>
    <message>
        <source>Name or e-mail (personal data)</source>
        <translation>Nom ou e-mail (données personnelles)</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>C&amp;lient&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;peat contact: not fixed the first time</source>
        <translation>Contact &amp;répété&#xa0;: non résolu du premier coup</translation>
    </message>
    <message>
        <source>No score given</source>
        <translation>Aucune note donnée</translation>
    </message>
    <message>
        <source>%1 (poor)</source>
        <translation>%1 (insatisfaisante)</translation>
    </message>
    <message>
        <source>Cannot be saved yet: %1.</source>
        <translation>Enregistrement impossible pour l’instant&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Personal data is hidden (View ▸ Hide Personal Data): the customer&apos;s details are shown masked, and kept as they are until personal data is shown again.</source>
        <translation>Les données personnelles sont masquées (Affichage ▸ Masquer les données personnelles)&#xa0;: les coordonnées du client sont affichées masquées et conservées telles quelles jusqu’à ce que les données personnelles soient de nouveau affichées.</translation>
    </message>
</context>
<context>
    <name>qw::InteractionModel</name>
    <message>
        <source>no score</source>
        <translation>aucune note</translation>
    </message>
    <message>
        <source>%1 (poor)</source>
        <translation>%1 (insatisfaisante)</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Répété</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
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
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Repeat contact</source>
        <translation>Contact répété</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Initiative</translation>
    </message>
</context>
<context>
    <name>qw::InteractionRepository</name>
    <message>
        <source>Qt&apos;s SQLite driver did not give access to its connection.</source>
        <translation>Le pilote SQLite de Qt n’a pas donné accès à sa connexion.</translation>
    </message>
    <message>
        <source>An imported row was neither added nor found.</source>
        <translation>Une ligne importée n’a été ni ajoutée ni trouvée.</translation>
    </message>
</context>
<context>
    <name>qw::LinkDialog</name>
    <message>
        <source>Link to entry</source>
        <translation>Lier à une initiative</translation>
    </message>
    <message>
        <source>Type part of an ID or title</source>
        <translation>Saisissez une partie d’un ID ou d’un titre</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Lier</translation>
    </message>
</context>
<context>
    <name>qw::MainWindow</name>
    <message>
        <source>QuickWins registers (*.qwr);;All files (*)</source>
        <translation>Registres QuickWins (*.qwr);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Priorités</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Register…</source>
        <translation>&amp;Nouveau registre…</translation>
    </message>
    <message>
        <source>&amp;Open Register…</source>
        <translation>&amp;Ouvrir un registre…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un registre &amp;récent</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>Enregistrer une &amp;copie sous…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Log Interaction…</source>
        <translation>Consigner une &amp;interaction…</translation>
    </message>
    <message>
        <source>New &amp;Entry…</source>
        <translation>&amp;Nouvelle initiative…</translation>
    </message>
    <message>
        <source>New Entry &amp;from Interaction…</source>
        <translation>Nouvelle initiative à &amp;partir d’une interaction…</translation>
    </message>
    <message>
        <source>Lin&amp;k to Entry…</source>
        <translation>&amp;Lier à une initiative…</translation>
    </message>
    <message>
        <source>Edit Entr&amp;y…</source>
        <translation>&amp;Modifier l’initiative…</translation>
    </message>
    <message>
        <source>Remove Entry</source>
        <translation>Supprimer l’initiative</translation>
    </message>
    <message>
        <source>Remove Interaction</source>
        <translation>Supprimer l’interaction</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Hide Personal Data</source>
        <translation>&amp;Masquer les données personnelles</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About QuickWins</source>
        <translation>À &amp;propos de QuickWins</translation>
    </message>
    <message>
        <source>About QuickWins</source>
        <translation>À propos de QuickWins</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;QuickWins %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A continuous-improvement register for IT service desks: every poor interaction becomes evidence, every improvement is scored on impact and effort, and the quick wins come first.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;QuickWins %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Un registre d’amélioration continue pour les centres de services informatiques&#xa0;: chaque interaction insatisfaisante devient une preuve, chaque amélioration est évaluée selon son impact et son effort, et les gains rapides passent en premier.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>%1 – QuickWins</source>
        <translation>%1 – QuickWins</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n initiative</numerusform>
            <numerusform>%n initiatives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interactions</source>
        <translation>
            <numerusform>%n interaction</numerusform>
            <numerusform>%n interactions</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed %1. Undo brings it back.</source>
        <translation>%1 supprimée. «&#xa0;Annuler&#xa0;» la rétablit.</translation>
    </message>
    <message>
        <source>QuickWins</source>
        <translation>QuickWins</translation>
    </message>
    <message>
        <source>Open Register</source>
        <translation>Ouvrir un registre</translation>
    </message>
    <message>
        <source>New Register</source>
        <translation>Nouveau registre</translation>
    </message>
    <message>
        <source>“%1” already exists. A new register needs a new file name; to use the existing one, open it.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà. Un nouveau registre nécessite un nouveau nom de fichier&#xa0;; pour utiliser le registre existant, ouvrez-le.</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>Enregistrer une copie sous</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>Copie enregistrée sous %1</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>&amp;Exporter le graphique…</translation>
    </message>
    <message>
        <source>&amp;Copy Chart</source>
        <translation>&amp;Copier le graphique</translation>
    </message>
    <message>
        <source>&amp;Colour Marks By</source>
        <translation>&amp;Colorer les marqueurs selon</translation>
    </message>
    <message>
        <source>&amp;Size Marks by Evidence</source>
        <translation>&amp;Taille des marqueurs selon les preuves</translation>
    </message>
    <message>
        <source>Larger marks for entries with more linked interactions</source>
        <translation>Marqueurs plus grands pour les initiatives ayant plus d’interactions liées</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Réunion</translation>
    </message>
    <message>
        <source>&amp;Take Snapshot…</source>
        <translation>Prendre un &amp;instantané…</translation>
    </message>
    <message>
        <source>Take Snapshot</source>
        <translation>Prendre un instantané</translation>
    </message>
    <message>
        <source>Name of the snapshot, for example the meeting it records:</source>
        <translation>Nom de l’instantané, par exemple la réunion qu’il consigne&#xa0;:</translation>
    </message>
    <message>
        <source>Meeting of %1</source>
        <translation>Réunion du %1</translation>
    </message>
    <message>
        <source>&amp;Compare with Snapshot…</source>
        <translation>&amp;Comparer à un instantané…</translation>
    </message>
    <message>
        <source>&amp;Stop Comparing</source>
        <translation>&amp;Arrêter la comparaison</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>Mode &amp;présentation</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>&amp;Find Entries</source>
        <translation>&amp;Rechercher des initiatives</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries shown</source>
        <translation>
            <numerusform>%1 sur %n initiative affichée</numerusform>
            <numerusform>%1 sur %n initiatives affichées</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open %1…</source>
        <translation>&amp;Ouvrir %1…</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>&amp;Link Selected Interactions to %1</source>
        <translation>&amp;Lier les interactions sélectionnées à %1</translation>
    </message>
    <message>
        <source>Snapshot “%1” taken</source>
        <translation>Instantané «&#xa0;%1&#xa0;» pris</translation>
    </message>
    <message>
        <source>Chart exported to %1</source>
        <translation>Graphique exporté vers %1</translation>
    </message>
    <message>
        <source>Chart copied to the clipboard</source>
        <translation>Graphique copié dans le presse-papiers</translation>
    </message>
    <message>
        <source>&amp;Import Interactions…</source>
        <translation>&amp;Importer des interactions…</translation>
    </message>
    <message>
        <source>Satisfaction trend</source>
        <translation>Tendance de la satisfaction</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>Tri</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>Res&amp;taurer depuis une sauvegarde…</translation>
    </message>
    <message>
        <source>Register in Use</source>
        <translation>Registre en cours d’utilisation</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>Ouvrir en &amp;lecture seule</translation>
    </message>
    <message>
        <source>Today’s backup could not be made: %1</source>
        <translation>La sauvegarde du jour n’a pas pu être effectuée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <source>There is no backup of this register yet. QuickWins makes one a day, in “%1”.</source>
        <translation>Ce registre n’a encore aucune sauvegarde. QuickWins en effectue une par jour, dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Replace what “%1” holds with the backup of:</source>
        <translation>Remplacer le contenu de «&#xa0;%1&#xa0;» par la sauvegarde du&#xa0;:</translation>
    </message>
    <message>
        <source>Replace everything in “%1” with the backup of %2?

What the register holds now is backed up first, so this too can be undone by restoring that backup.</source>
        <translation>Remplacer tout le contenu de «&#xa0;%1&#xa0;» par la sauvegarde du %2&#xa0;?

Le contenu actuel du registre est d’abord sauvegardé, de sorte que cette opération peut elle aussi être annulée en restaurant cette sauvegarde.</translation>
    </message>
    <message>
        <source>Restored the backup of %1.</source>
        <translation>Sauvegarde du %1 restaurée.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation>&amp;Historique des importations…</translation>
    </message>
    <message>
        <source>&amp;Poor Responses…</source>
        <translation>Ré&amp;ponses insatisfaisantes…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Damaged.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Endommagé.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Lecture seule.&lt;/b&gt; %1</translation>
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
            <numerusform>&lt;b&gt;%n initiative contient des valeurs écrites en dehors de QuickWins&lt;/b&gt; (%1). Elle est marquée ⚠ dans la liste et, si son impact ou son effort est hors plage, elle n’apparaît pas sur la matrice&#xa0;: ouvrez-la pour choisir ses valeurs.</numerusform>
            <numerusform>&lt;b&gt;%n initiatives contiennent des valeurs écrites en dehors de QuickWins&lt;/b&gt; (%1). Elles sont marquées ⚠ dans la liste, et une initiative dont l’impact ou l’effort est hors plage n’apparaît pas sur la matrice&#xa0;: ouvrez-la pour choisir ses valeurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>Res&amp;taurer depuis une sauvegarde…</translation>
    </message>
    <message>
        <source>Mask customers&apos; names, e-mail addresses and phone numbers everywhere, for sharing the screen</source>
        <translation>Masquer partout les noms, adresses e-mail et numéros de téléphone des clients, pour partager l’écran</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>T&amp;hème</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>Prise en &amp;main</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>%1 is %2 and hidden by Open only.</source>
        <translation>%1 a le statut «&#xa0;%2&#xa0;» et est masquée par «&#xa0;Ouvertes seulement&#xa0;».</translation>
    </message>
    <message>
        <source>%1 is hidden by the filter.</source>
        <translation>%1 est masquée par le filtre.</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>Affic&amp;her</translation>
    </message>
    <message>
        <source>The demonstration register: a year of a service desk&apos;s survey, in a file of its own</source>
        <translation>Le registre de démonstration&#xa0;: une année d’enquête d’un centre de services, dans un fichier à part</translation>
    </message>
    <message>
        <source>Export Repor&amp;t…</source>
        <translation>Exporter le r&amp;apport…</translation>
    </message>
    <message>
        <source>Remove %1 “%2” from the register? Undo brings it back.</source>
        <translation>Supprimer %1 «&#xa0;%2&#xa0;» du registre&#xa0;? «&#xa0;Annuler&#xa0;» la rétablit.</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <source>The review ended: its snapshot is taken and its minutes are in Meeting ▸ Past Reviews.</source>
        <translation>La revue est terminée&#xa0;: son instantané a été pris et son compte rendu se trouve dans Réunion ▸ Revues passées.</translation>
    </message>
    <message>
        <source>Start &amp;Review…</source>
        <translation>Démarrer la &amp;revue…</translation>
    </message>
    <message>
        <source>&amp;Next Item</source>
        <translation>Point &amp;suivant</translation>
    </message>
    <message>
        <source>Previous &amp;Item</source>
        <translation>Point précé&amp;dent</translation>
    </message>
    <message>
        <source>&amp;End Review…</source>
        <translation>&amp;Terminer la revue…</translation>
    </message>
    <message>
        <source>Past Re&amp;views…</source>
        <translation>Re&amp;vues passées…</translation>
    </message>
    <message>
        <source>Show the &amp;Review</source>
        <translation>Afficher la &amp;revue</translation>
    </message>
    <message>
        <source>Causes in triage have not been found in this register yet, so the agenda has no new evidence: open the Triage tab once to find them.</source>
        <translation>Les causes du tri n’ont pas encore été trouvées dans ce registre, l’ordre du jour n’a donc pas de nouvelles preuves&#xa0;: ouvrez une fois l’onglet Tri pour les trouver.</translation>
    </message>
    <message>
        <source>Open Tea&amp;m Register…</source>
        <translation>Ouvrir un registre &amp;d’équipe…</translation>
    </message>
    <message>
        <source>Cop&amp;y Register to a Team Register…</source>
        <translation>Copier le registre &amp;vers un registre d’équipe…</translation>
    </message>
    <message>
        <source>%1 changed entries at %2</source>
        <translation>%1 a modifié des initiatives à %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 changed %n entries at %2</source>
        <translation>
            <numerusform>%1 a modifié %n initiative à %2</numerusform>
            <numerusform>%1 a modifié %n initiatives à %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 removed %2 at %3</source>
        <translation>%1 a supprimé %2 à %3</translation>
    </message>
    <message>
        <source>%1 changed %2 “%3” at %4</source>
        <translation>%1 a modifié %2 «&#xa0;%3&#xa0;» à %4</translation>
    </message>
    <message>
        <source>%1 changed the review at %2</source>
        <translation>%1 a modifié la revue à %2</translation>
    </message>
    <message>
        <source>%1 changed reviews or actions at %2</source>
        <translation>%1 a modifié des revues ou des actions à %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 added %n interactions at %2</source>
        <translation>
            <numerusform>%1 a ajouté %n interaction à %2</numerusform>
            <numerusform>%1 a ajouté %n interactions à %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 changed interactions at %2</source>
        <translation>%1 a modifié des interactions à %2</translation>
    </message>
    <message>
        <source>%1 changed triage&apos;s causes at %2</source>
        <translation>%1 a modifié les causes du tri à %2</translation>
    </message>
    <message>
        <source>%1 changed the snapshots at %2</source>
        <translation>%1 a modifié les instantanés à %2</translation>
    </message>
    <message>
        <source>The server refused that password for %1. Type it again.</source>
        <translation>Le serveur a refusé ce mot de passe pour %1. Saisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>The server wants the password of %1.</source>
        <translation>Le serveur demande le mot de passe de %1.</translation>
    </message>
    <message>
        <source>The register is open, but its password could not be kept in the keyring: %1</source>
        <translation>Le registre est ouvert, mais son mot de passe n’a pas pu être conservé dans le trousseau de clés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Register Copied</source>
        <translation>Registre copié</translation>
    </message>
    <message>
        <source>Everything in “%1” is now also in the team register %2. Others open it with File ▸ Open Team Register; its owner makes them editors or viewers (quickwins --grant).</source>
        <translation>Tout le contenu de «&#xa0;%1&#xa0;» se trouve désormais aussi dans le registre d’équipe %2. Les autres l’ouvrent avec Fichier ▸ Ouvrir un registre d’équipe&#xa0;; son propriétaire en fait des éditeurs ou des lecteurs (quickwins --grant).</translation>
    </message>
    <message>
        <source>&amp;Open the Team Register</source>
        <translation>&amp;Ouvrir le registre d’équipe</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Quelqu’un d’autre</translation>
    </message>
    <message>
        <source>%1 changed the %2 of %3 to “%4” at %5 while you were editing it. You changed it to “%6”.</source>
        <translation>%1 a changé le champ %2 de %3 en «&#xa0;%4&#xa0;» à %5 pendant que vous modifiiez l’initiative. Vous l’avez changé en «&#xa0;%6&#xa0;».</translation>
    </message>
    <message>
        <source>%1 changed the %2 of %3 to “%4” while you were editing it. You changed it to “%5”.</source>
        <translation>%1 a changé le champ %2 de %3 en «&#xa0;%4&#xa0;» pendant que vous modifiiez l’initiative. Vous l’avez changé en «&#xa0;%5&#xa0;».</translation>
    </message>
    <message>
        <source>Changed While You Were Editing</source>
        <translation>Modifié pendant votre édition</translation>
    </message>
    <message>
        <source>Keep &amp;Theirs</source>
        <translation>&amp;Garder l’autre valeur</translation>
    </message>
    <message>
        <source>Use &amp;Yours</source>
        <translation>&amp;Utiliser votre valeur</translation>
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
        <translation>Statut</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>(no service)</source>
        <translation>(aucun service)</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(aucun responsable)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
</context>
<context>
    <name>qw::MatrixView</name>
    <message>
        <source>Effort  (low → high)</source>
        <translation>Effort  (faible → élevé)</translation>
    </message>
    <message>
        <source>Impact  (low → high)</source>
        <translation>Impact  (faible → élevé)</translation>
    </message>
    <message numerus="yes">
        <source>#%1  %2  %3
%4 · impact %5, effort %6 · %7 · %n linked interaction(s)</source>
        <translation>
            <numerusform>#%1  %2  %3
%4 · impact %5, effort %6 · %7 · %n interaction liée</numerusform>
            <numerusform>#%1  %2  %3
%4 · impact %5, effort %6 · %7 · %n interactions liées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 moved from impact %2, effort %3 to impact %4, effort %5</source>
        <translation>%1 est passée de l’impact %2, effort %3 à l’impact %4, effort %5</translation>
    </message>
    <message numerus="yes">
        <source>%n entries scored impact %1, effort %2: click to list them</source>
        <translation>
            <numerusform>%n initiative évaluée à impact %1, effort %2&#xa0;: cliquez pour l’afficher</numerusform>
            <numerusform>%n initiatives évaluées à impact %1, effort %2&#xa0;: cliquez pour les afficher</numerusform>
        </translation>
    </message>
    <message>
        <source>New since the snapshot</source>
        <translation>Nouvelle depuis l’instantané</translation>
    </message>
    <message>
        <source>%1.  %2  %3</source>
        <translation>%1.  %2  %3</translation>
    </message>
    <message>
        <source>Impact %1 · Effort %2 · %3</source>
        <translation>Impact %1 · Effort %2 · %3</translation>
    </message>
    <message>
        <source>Stale: %1</source>
        <translation>Stagnante&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entries</source>
        <translation>
            <numerusform>%1&#xa0;: %n initiative</numerusform>
            <numerusform>%1&#xa0;: %n initiatives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Key: %n entries</source>
        <translation>
            <numerusform>Légende&#xa0;: %n initiative</numerusform>
            <numerusform>Légende&#xa0;: %n initiatives</numerusform>
        </translation>
    </message>
    <message>
        <source>0: all four</source>
        <translation>0&#xa0;: les quatre</translation>
    </message>
    <message>
        <source>1–4: zoom</source>
        <translation>1–4&#xa0;: zoom</translation>
    </message>
    <message>
        <source>%1 only (0 or Esc: all four quadrants)</source>
        <translation>%1 seulement (0 ou Échap&#xa0;: les quatre quadrants)</translation>
    </message>
    <message>
        <source>(in the ×%1) </source>
        <translation>(dans le ×%1) </translation>
    </message>
</context>
<context>
    <name>qw::Minutes</name>
    <message>
        <source>none</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>raised</source>
        <translation>signalée</translation>
    </message>
    <message>
        <source>put back in the register</source>
        <translation>remise dans le registre</translation>
    </message>
    <message>
        <source>removed from the register</source>
        <translation>supprimée du registre</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>sans responsable</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>échéance le %1</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>sans échéance</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>terminée le %1</translation>
    </message>
    <message>
        <source>Minutes of the %1</source>
        <translation>Compte rendu de la %1</translation>
    </message>
    <message>
        <source>**Date:** %1, %2 to %3</source>
        <translation>**Date&#xa0;:** %1, de %2 à %3</translation>
    </message>
    <message>
        <source>**Attendees:** %1</source>
        <translation>**Participants&#xa0;:** %1</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>aucun indiqué</translation>
    </message>
    <message>
        <source>**Facilitator:** %1</source>
        <translation>**Animation&#xa0;:** %1</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Still open.</source>
        <translation>Toujours ouverte.</translation>
    </message>
    <message>
        <source>Done %1.</source>
        <translation>Terminée le %1.</translation>
    </message>
    <message>
        <source>Decided: %1.</source>
        <translation>Décidé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note&#xa0;: %1</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Action&#xa0;: %1</translation>
    </message>
    <message>
        <source>Discussed; nothing was changed.</source>
        <translation>Discuté&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Also decided</source>
        <translation>Autres décisions</translation>
    </message>
    <message>
        <source>Nothing was decided.</source>
        <translation>Aucune décision n’a été prise.</translation>
    </message>
    <message>
        <source>Not discussed</source>
        <translation>Points non abordés</translation>
    </message>
    <message>
        <source>Every item was discussed.</source>
        <translation>Tous les points ont été abordés.</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>No action was agreed.</source>
        <translation>Aucune action n’a été convenue.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) of earlier reviews still open.</source>
        <translation>
            <numerusform>%n action de revues précédentes est toujours ouverte.</numerusform>
            <numerusform>%n actions de revues précédentes sont toujours ouvertes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Movement since the last review</source>
        <translation>Évolution depuis la dernière revue</translation>
    </message>
    <message>
        <source>This is the register&apos;s first review: there is nothing to compare with.</source>
        <translation>C’est la première revue du registre&#xa0;: il n’y a rien à comparer.</translation>
    </message>
    <message>
        <source>%1: new, impact %2, effort %3, %4</source>
        <translation>%1&#xa0;: nouvelle, impact %2, effort %3, %4</translation>
    </message>
    <message>
        <source>impact %1 → %2, effort %3 → %4</source>
        <translation>impact %1 → %2, effort %3 → %4</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1: removed from the register</source>
        <translation>%1&#xa0;: supprimée du registre</translation>
    </message>
    <message>
        <source>Since the %1:</source>
        <translation>Depuis la %1&#xa0;:</translation>
    </message>
    <message>
        <source>No entry moved.</source>
        <translation>Aucune initiative n’a changé.</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Verdicts</translation>
    </message>
    <message>
        <source>No improvement was done in the last year.</source>
        <translation>Aucune amélioration n’a été terminée au cours de la dernière année.</translation>
    </message>
    <message>
        <source>“%1” does not end in .pdf, .md or .html, so QuickWins cannot tell which kind of minutes to write.</source>
        <translation>«&#xa0;%1&#xa0;» ne se termine pas par .pdf, .md ou .html, QuickWins ne peut donc pas savoir quel type de compte rendu écrire.</translation>
    </message>
</context>
<context>
    <name>qw::PastReviewsDialog</name>
    <message>
        <source>Past Reviews</source>
        <translation>Revues passées</translation>
    </message>
    <message>
        <source>&amp;Copy for E-mail</source>
        <translation>&amp;Copier pour un e-mail</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Minutes %1</source>
        <translation>Compte rendu %1</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export Minutes</source>
        <translation>Exporter le compte rendu</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Markdown (*.md);;HTML (*.html)</source>
        <translation>PDF (*.pdf);;Markdown (*.md);;HTML (*.html)</translation>
    </message>
    <message>
        <source>Minutes of the %1</source>
        <translation>Compte rendu de la %1</translation>
    </message>
    <message>
        <source>No review has ended in this register yet: Meeting ▸ Start Review… holds one.</source>
        <translation>Aucune revue n’est encore terminée dans ce registre&#xa0;: Réunion ▸ Démarrer la revue… permet d’en tenir une.</translation>
    </message>
    <message numerus="yes">
        <source>Review of %1 (number %2)
%n attendee(s)</source>
        <translation>
            <numerusform>Revue du %1 (numéro %2)
%n participant</numerusform>
            <numerusform>Revue du %1 (numéro %2)
%n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qw::PersonalData</name>
    <message>
        <source>(hidden)</source>
        <translation>(masqué)</translation>
    </message>
</context>
<context>
    <name>qw::PoorRuleDialog</name>
    <message>
        <source>Poor Responses</source>
        <translation>Réponses insatisfaisantes</translation>
    </message>
    <message>
        <source>A response is poor when its score is at most the point chosen for its scale. Poor responses are the evidence: they feed triage, the share of poor responses and the suggested impact, which are counted again when this changes.</source>
        <translation>Une réponse est insatisfaisante lorsque sa note est au plus égale à la valeur choisie pour son échelle. Les réponses insatisfaisantes constituent les preuves&#xa0;: elles alimentent le tri, la part de réponses insatisfaisantes et l’impact suggéré, qui sont recalculés quand ce réglage change.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>%1, poor up to:</source>
        <translation>%1, insatisfaisante jusqu’à&#xa0;:</translation>
    </message>
</context>
<context>
    <name>qw::Practice</name>
    <message>
        <source>Incident management</source>
        <translation>Gestion des incidents</translation>
    </message>
    <message>
        <source>Problem management</source>
        <translation>Gestion des problèmes</translation>
    </message>
    <message>
        <source>Change enablement</source>
        <translation>Habilitation des changements</translation>
    </message>
    <message>
        <source>Knowledge management</source>
        <translation>Gestion des connaissances</translation>
    </message>
    <message>
        <source>Service level management</source>
        <translation>Gestion des niveaux de service</translation>
    </message>
    <message>
        <source>Service desk</source>
        <translation>Centre de services</translation>
    </message>
    <message>
        <source>Service request management</source>
        <translation>Gestion des demandes de service</translation>
    </message>
    <message>
        <source>Monitoring and event management</source>
        <translation>Surveillance et gestion des événements</translation>
    </message>
    <message>
        <source>IT asset management</source>
        <translation>Gestion des actifs informatiques</translation>
    </message>
    <message>
        <source>Supplier management</source>
        <translation>Gestion des fournisseurs</translation>
    </message>
    <message>
        <source>Relationship management</source>
        <translation>Gestion des relations</translation>
    </message>
</context>
<context>
    <name>qw::Quadrant</name>
    <message>
        <source>Quick wins</source>
        <translation>Gains rapides</translation>
    </message>
    <message>
        <source>Major projects</source>
        <translation>Grands projets</translation>
    </message>
    <message>
        <source>Fill-ins</source>
        <translation>Tâches d’appoint</translation>
    </message>
    <message>
        <source>Thankless tasks</source>
        <translation>Tâches ingrates</translation>
    </message>
</context>
<context>
    <name>qw::RegisterDocument</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>This register is open read-only, so the change was not made.</source>
        <translation>Ce registre est ouvert en lecture seule, la modification n’a donc pas été effectuée.</translation>
    </message>
    <message>
        <source>The change could not be saved, so the register was left as it was. The database said: %1</source>
        <translation>La modification n’a pas pu être enregistrée, le registre a donc été laissé tel quel. Message de la base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>The disk is full, so the change was not saved; the register was left as it was. Free some space and try again.</source>
        <translation>Le disque est plein, la modification n’a donc pas été enregistrée&#xa0;; le registre a été laissé tel quel. Libérez de l’espace et réessayez.</translation>
    </message>
    <message>
        <source>“%1” is read-only for now: the disk is full, so no change could be saved. Free some space and open it again.</source>
        <translation>«&#xa0;%1&#xa0;» est en lecture seule pour le moment&#xa0;: le disque est plein, aucune modification n’a donc pu être enregistrée. Libérez de l’espace et rouvrez-le.</translation>
    </message>
    <message>
        <source>You may look at “%1” but not change it: the file or its folder is write-protected.</source>
        <translation>Vous pouvez consulter «&#xa0;%1&#xa0;» mais pas le modifier&#xa0;: le fichier ou son dossier est protégé en écriture.</translation>
    </message>
    <message>
        <source>You may look at “%1” but not change it: it was opened read-only.</source>
        <translation>Vous pouvez consulter «&#xa0;%1&#xa0;» mais pas le modifier&#xa0;: il a été ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>Checking “%1” is whole before it can be changed…</source>
        <translation>Vérification de l’intégrité de «&#xa0;%1&#xa0;» avant toute modification…</translation>
    </message>
    <message>
        <source>“%1” could not be read whole, so what is shown is incomplete: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être lu entièrement, ce qui est affiché est donc incomplet&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 was not saved: %2.</source>
        <translation>%1 n’a pas été enregistrée&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The entry</source>
        <translation>L’initiative</translation>
    </message>
    <message>
        <source>%1 was not changed: %2 (a value written outside QuickWins). Choose it in the same edit.</source>
        <translation>%1 n’a pas été modifiée&#xa0;: %2 (une valeur écrite en dehors de QuickWins). Choisissez une valeur valide dans la même modification.</translation>
    </message>
    <message>
        <source>The interaction</source>
        <translation>L’interaction</translation>
    </message>
    <message>
        <source>The %1 is still running: end it before starting another.</source>
        <translation>La %1 est toujours en cours&#xa0;: terminez-la avant d’en démarrer une autre.</translation>
    </message>
    <message>
        <source>No review is running, so none was ended.</source>
        <translation>Aucune revue n’est en cours, aucune n’a donc été terminée.</translation>
    </message>
    <message>
        <source>%1, in the %2 at %3</source>
        <translation>%1, lors de la %2 à %3</translation>
    </message>
    <message>
        <source>The server of “%1” has not answered since %2 (%3). What was read is shown, and nothing can be changed until QuickWins is connected again, which it tries by itself every second.</source>
        <translation>Le serveur de «&#xa0;%1&#xa0;» ne répond plus depuis %2 (%3). Ce qui a été lu est affiché, et rien ne peut être modifié tant que QuickWins n’est pas reconnecté, ce qu’il tente de lui-même chaque seconde.</translation>
    </message>
    <message>
        <source>You may look at “%1” and export it but not change it: your database user (%2) is a viewer of this register. Its owner can make you an editor (quickwins --grant).</source>
        <translation>Vous pouvez consulter «&#xa0;%1&#xa0;» et l’exporter, mais pas le modifier&#xa0;: votre utilisateur de base de données (%2) est lecteur de ce registre. Son propriétaire peut faire de vous un éditeur (quickwins --grant).</translation>
    </message>
    <message>
        <source>“%1” could not be read whole, so what is shown is incomplete: its server stopped answering (%2).</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être lu entièrement, ce qui est affiché est donc incomplet&#xa0;: son serveur a cessé de répondre (%2).</translation>
    </message>
    <message>
        <source>“%1” is not a role: a user is a viewer, an editor or an owner of a register.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un rôle&#xa0;: un utilisateur est lecteur (viewer), éditeur (editor) ou propriétaire (owner) d’un registre.</translation>
    </message>
    <message>
        <source>The change may not have been saved: the server of “%1” stopped answering as it was being saved (%2). Once QuickWins is connected again it shows what the register holds.</source>
        <translation>La modification n’a peut-être pas été enregistrée&#xa0;: le serveur de «&#xa0;%1&#xa0;» a cessé de répondre pendant l’enregistrement (%2). Une fois QuickWins reconnecté, il affiche ce que contient le registre.</translation>
    </message>
    <message>
        <source>The change was not saved: the server of “%1” cannot be reached (%2).</source>
        <translation>La modification n’a pas été enregistrée&#xa0;: le serveur de «&#xa0;%1&#xa0;» est injoignable (%2).</translation>
    </message>
</context>
<context>
    <name>qw::Report</name>
    <message>
        <source>Q%1 %2</source>
        <translation>T%1 %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>the snapshot “%1” of %2</source>
        <translation>l’instantané «&#xa0;%1&#xa0;» du %2</translation>
    </message>
    <message>
        <source>the register on %1</source>
        <translation>le registre au %1</translation>
    </message>
    <message>
        <source>“%1” of %2</source>
        <translation>«&#xa0;%1&#xa0;» du %2</translation>
    </message>
    <message>
        <source>Continuous improvement: %1</source>
        <translation>Amélioration continue&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 to %2, against %3 to %4. Written by QuickWins on %5.</source>
        <translation>Du %1 au %2, par rapport à la période du %3 au %4. Rédigé par QuickWins le %5.</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Period before</source>
        <translation>Période précédente</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Poor interactions</source>
        <translation>Interactions insatisfaisantes</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Satisfaction (of 100)</source>
        <translation>Satisfaction (sur 100)</translation>
    </message>
    <message>
        <source>Improvements done in the period</source>
        <translation>Améliorations terminées sur la période</translation>
    </message>
    <message>
        <source>No improvement was done in the period.</source>
        <translation>Aucune amélioration n’a été terminée sur la période.</translation>
    </message>
    <message>
        <source>no service</source>
        <translation>aucun service</translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s) as evidence</source>
        <translation>
            <numerusform>%n interaction comme preuve</numerusform>
            <numerusform>%n interactions comme preuves</numerusform>
        </translation>
    </message>
    <message>
        <source>Before and after: %1</source>
        <translation>Avant et après&#xa0;: %1</translation>
    </message>
    <message>
        <source>The matrix at the period&apos;s end</source>
        <translation>La matrice en fin de période</translation>
    </message>
    <message>
        <source>Open entries as %1, numbered by priority.</source>
        <translation>Initiatives ouvertes d’après %1, numérotées par ordre de priorité.</translation>
    </message>
    <message>
        <source>No snapshot was taken by the period&apos;s start: its movement cannot be shown.</source>
        <translation>Aucun instantané n’avait été pris au début de la période&#xa0;: son évolution ne peut pas être affichée.</translation>
    </message>
    <message>
        <source>Movement since the snapshot %1:</source>
        <translation>Évolution depuis l’instantané %1&#xa0;:</translation>
    </message>
    <message>
        <source>No entry moved.</source>
        <translation>Aucune initiative n’a changé.</translation>
    </message>
    <message>
        <source>new: impact %1, effort %2, %3</source>
        <translation>nouvelle&#xa0;: impact %1, effort %2, %3</translation>
    </message>
    <message>
        <source>impact %1 → %2, effort %3 → %4, %5 → %6</source>
        <translation>impact %1 → %2, effort %3 → %4, %5 → %6</translation>
    </message>
    <message>
        <source>Open quick wins</source>
        <translation>Gains rapides ouverts</translation>
    </message>
    <message>
        <source>No quick win is waiting.</source>
        <translation>Aucun gain rapide n’est en attente.</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>sans responsable</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>Actions en retard</translation>
    </message>
    <message>
        <source>No action was overdue at the period&apos;s end.</source>
        <translation>Aucune action n’était en retard à la fin de la période.</translation>
    </message>
    <message>
        <source>Reviews held</source>
        <translation>Revues tenues</translation>
    </message>
    <message>
        <source>No review was held in the period.</source>
        <translation>Aucune revue n’a été tenue sur la période.</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n décision</numerusform>
            <numerusform>%n décisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) agreed</source>
        <translation>
            <numerusform>%n action convenue</numerusform>
            <numerusform>%n actions convenues</numerusform>
        </translation>
    </message>
    <message>
        <source>Satisfaction by month (of 100), the twelve months to the period&apos;s end</source>
        <translation>Satisfaction par mois (sur 100), les douze mois jusqu’à la fin de la période</translation>
    </message>
    <message>
        <source>No scored response in these months</source>
        <translation>Aucune réponse notée sur ces mois</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Initiatives</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Signalée le</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Date cible</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée le</translation>
    </message>
    <message>
        <source>Linked interactions</source>
        <translation>Interactions liées</translation>
    </message>
    <message>
        <source>Improvements</source>
        <translation>Améliorations</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Responses before</source>
        <translation>Réponses avant</translation>
    </message>
    <message>
        <source>Satisfaction before</source>
        <translation>Satisfaction avant</translation>
    </message>
    <message>
        <source>Responses after</source>
        <translation>Réponses après</translation>
    </message>
    <message>
        <source>Satisfaction after</source>
        <translation>Satisfaction après</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>no date done</source>
        <translation>sans date de réalisation</translation>
    </message>
    <message>
        <source>Satisfaction by service &amp; month</source>
        <translation>Satisfaction par service &amp; mois</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Poor share (%)</source>
        <translation>Part de réponses insatisfaisantes (%)</translation>
    </message>
    <message>
        <source>(no service)</source>
        <translation>(aucun service)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Convenue le</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Revues</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Tenue le</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Actions agreed</source>
        <translation>Actions convenues</translation>
    </message>
    <message>
        <source>No snapshot was taken during the period (the last one, “%1”, is from before its start): its movement cannot be shown.</source>
        <translation>Aucun instantané n’a été pris pendant la période (le dernier, «&#xa0;%1&#xa0;», date d’avant son début)&#xa0;: son évolution ne peut pas être montrée.</translation>
    </message>
    <message>
        <source>Responses are counted by their day in UTC, as the register keeps them: one given near midnight here may count on the day before or after.</source>
        <translation>Les réponses sont comptées selon leur jour en UTC, comme le registre les conserve&#xa0;: une réponse donnée vers minuit ici peut compter pour la veille ou le lendemain.</translation>
    </message>
</context>
<context>
    <name>qw::ReportExport</name>
    <message>
        <source>quickwins-xlsx, which writes workbooks, is not installed beside QuickWins.</source>
        <translation>quickwins-xlsx, qui écrit les classeurs, n’est pas installé à côté de QuickWins.</translation>
    </message>
    <message>
        <source>%1 takes a date YYYY-MM-DD, not “%2”.</source>
        <translation>%1 attend une date YYYY-MM-DD, et non «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>La période se termine (%1) avant de commencer (%2).</translation>
    </message>
    <message>
        <source>“%1” does not end in .pdf or .xlsx, so QuickWins cannot tell which kind of report to write.</source>
        <translation>«&#xa0;%1&#xa0;» ne se termine pas par .pdf ou .xlsx, QuickWins ne peut donc pas savoir quel type de rapport écrire.</translation>
    </message>
    <message>
        <source>The register could not be read, so no report was written.</source>
        <translation>Le registre n’a pas pu être lu, aucun rapport n’a donc été écrit.</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Last quarter (%1)</source>
        <translation>Dernier trimestre (%1)</translation>
    </message>
    <message>
        <source>Last month (%1)</source>
        <translation>Dernier mois (%1)</translation>
    </message>
    <message>
        <source>Dates of my own</source>
        <translation>Dates personnalisées</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report %1.pdf</source>
        <translation>Rapport %1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Excel workbook (*.xlsx)</source>
        <translation>PDF (*.pdf);;Classeur Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>qw::Review</name>
    <message>
        <source>review of %1</source>
        <translation>revue du %1</translation>
    </message>
</context>
<context>
    <name>qw::ReviewPanel</name>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move the item up the agenda (Alt+Shift+Up)</source>
        <translation>Monter le point dans l’ordre du jour (Alt+Maj+Haut)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move the item down the agenda (Alt+Shift+Down)</source>
        <translation>Descendre le point dans l’ordre du jour (Alt+Maj+Bas)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Skip the item, or take it back (Ctrl+Shift+K): the minutes list it as not discussed</source>
        <translation>Passer le point, ou le reprendre (Ctrl+Maj+K)&#xa0;: le compte rendu l’indique comme non abordé</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Add an item to the agenda</source>
        <translation>Ajouter un point à l’ordre du jour</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <source>Give the item one more minute (Ctrl+T)</source>
        <translation>Accorder une minute de plus au point (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;Impact</source>
        <translation>&amp;Impact</translation>
    </message>
    <message>
        <source>Effo&amp;rt</source>
        <translation>Eff&amp;ort</translation>
    </message>
    <message>
        <source>Tar&amp;get</source>
        <translation>Date ci&amp;ble</translation>
    </message>
    <message>
        <source>Edit Entry…</source>
        <translation>Modifier l’initiative…</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>Res&amp;ponsable</translation>
    </message>
    <message>
        <source>Note for the minutes</source>
        <translation>Note pour le compte rendu</translation>
    </message>
    <message>
        <source>Action: what is to be done</source>
        <translation>Action&#xa0;: ce qui doit être fait</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Add &amp;Action</source>
        <translation>Ajouter une ac&amp;tion</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>The previous item (Page Up)</source>
        <translation>Le point précédent (Page préc.)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>The next item (Page Down)</source>
        <translation>Le point suivant (Page suiv.)</translation>
    </message>
    <message>
        <source>E&amp;nd Review…</source>
        <translation>Ter&amp;miner la revue…</translation>
    </message>
    <message>
        <source>Review of %1 · item %2 of %3 · %4</source>
        <translation>Revue du %1 · point %2 sur %3 · %4</translation>
    </message>
    <message>
        <source>no attendees recorded</source>
        <translation>aucun participant indiqué</translation>
    </message>
    <message>
        <source>The agenda is empty: nothing waited for this review. Add an item, or end the review.</source>
        <translation>L’ordre du jour est vide&#xa0;: rien n’attendait cette revue. Ajoutez un point ou terminez la revue.</translation>
    </message>
    <message>
        <source> · skipped</source>
        <translation> · passé</translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s) linked as evidence</source>
        <translation>
            <numerusform>%n interaction liée comme preuve</numerusform>
            <numerusform>%n interactions liées comme preuves</numerusform>
        </translation>
    </message>
    <message>
        <source>Before and after: %1</source>
        <translation>Avant et après&#xa0;: %1</translation>
    </message>
    <message>
        <source>This cause is no longer in triage.</source>
        <translation>Cette cause ne figure plus dans le tri.</translation>
    </message>
    <message>
        <source>Open; agreed %1</source>
        <translation>Ouverte&#xa0;; convenue le %1</translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation>Terminée le %1</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>sans responsable</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>échéance le %1</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>sans échéance</translation>
    </message>
    <message>
        <source>Add to the Agenda</source>
        <translation>Ajouter à l’ordre du jour</translation>
    </message>
    <message>
        <source>What the team is to discuss (an entry&apos;s ID, such as CI-0042, brings its evidence and decision):</source>
        <translation>Ce que l’équipe doit aborder (l’ID d’une initiative, comme CI-0042, apporte ses preuves et sa décision)&#xa0;:</translation>
    </message>
    <message>
        <source>added during the review</source>
        <translation>ajouté pendant la revue</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n min</source>
        <translation>
            <numerusform>%1 sur %n min</numerusform>
            <numerusform>%1 sur %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>End Review</source>
        <translation>Terminer la revue</translation>
    </message>
    <message numerus="yes">
        <source>End the %1? %2 of %n item(s) were discussed; the others go in the minutes as not discussed. A snapshot is taken, and the minutes are written.</source>
        <translation>
            <numerusform>Terminer la %1&#xa0;? Point abordé&#xa0;: %2 sur %n&#xa0;; les autres figureront dans le compte rendu comme non abordés. Un instantané sera pris et le compte rendu sera rédigé.</numerusform>
            <numerusform>Terminer la %1&#xa0;? Points abordés&#xa0;: %2 sur %n&#xa0;; les autres figureront dans le compte rendu comme non abordés. Un instantané sera pris et le compte rendu sera rédigé.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qw::Satisfaction</name>
    <message>
        <source>1 to 5</source>
        <translation>1 à 5</translation>
    </message>
    <message>
        <source>1 to 10</source>
        <translation>1 à 10</translation>
    </message>
    <message>
        <source>0 to 3</source>
        <translation>0 à 3</translation>
    </message>
    <message>
        <source>Bad / good</source>
        <translation>Mauvais / bon</translation>
    </message>
    <message>
        <source>Unhappy / neutral / happy</source>
        <translation>Mécontent / neutre / content</translation>
    </message>
    <message>
        <source>bad</source>
        <translation>mauvais</translation>
    </message>
    <message>
        <source>good</source>
        <translation>bon</translation>
    </message>
    <message>
        <source>unhappy</source>
        <translation>mécontent</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutre</translation>
    </message>
    <message>
        <source>happy</source>
        <translation>content</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>0 to 10</source>
        <translation>0 à 10</translation>
    </message>
    <message>
        <source>%1: no response is poor</source>
        <translation>%1&#xa0;: aucune réponse n’est insatisfaisante</translation>
    </message>
    <message>
        <source>%1: %2 is poor</source>
        <translation>%1&#xa0;: la note %2 est insatisfaisante</translation>
    </message>
    <message>
        <source>%1: %2 are poor</source>
        <translation>%1&#xa0;: les notes %2 sont insatisfaisantes</translation>
    </message>
    <message>
        <source>%1: %2 to %3 are poor</source>
        <translation>%1&#xa0;: les notes %2 à %3 sont insatisfaisantes</translation>
    </message>
</context>
<context>
    <name>qw::Schema</name>
    <message>
        <source>Upgrading the register to format %1 failed: %2</source>
        <translation>La mise à niveau du registre au format %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>its table of format versions is missing</source>
        <translation>sa table des versions de format est absente</translation>
    </message>
    <message>
        <source>its format version is missing</source>
        <translation>sa version de format est absente</translation>
    </message>
    <message>
        <source>it records %1 format versions instead of one</source>
        <translation>il indique %1 versions de format au lieu d’une seule</translation>
    </message>
    <message>
        <source>its format version (“%1”) is not one QuickWins writes</source>
        <translation>sa version de format («&#xa0;%1&#xa0;») n’est pas une version que QuickWins écrit</translation>
    </message>
    <message>
        <source>its table “%1” is missing</source>
        <translation>sa table «&#xa0;%1&#xa0;» est absente</translation>
    </message>
</context>
<context>
    <name>qw::Score</name>
    <message>
        <source>A few customers, rarely; a minor annoyance</source>
        <translation>Quelques clients, rarement&#xa0;; une gêne mineure</translation>
    </message>
    <message>
        <source>Some customers of one service, now and then</source>
        <translation>Certains clients d’un service, de temps en temps</translation>
    </message>
    <message>
        <source>Many customers of one service, weekly, or one team blocked</source>
        <translation>De nombreux clients d’un service, chaque semaine, ou une équipe bloquée</translation>
    </message>
    <message>
        <source>Most customers of a service, several times a week</source>
        <translation>La plupart des clients d’un service, plusieurs fois par semaine</translation>
    </message>
    <message>
        <source>Affects every customer of a service, daily</source>
        <translation>Touche tous les clients d’un service, chaque jour</translation>
    </message>
    <message>
        <source>Hours: one person, no approval needed</source>
        <translation>Quelques heures&#xa0;: une personne, sans approbation nécessaire</translation>
    </message>
    <message>
        <source>A few days: one team</source>
        <translation>Quelques jours&#xa0;: une équipe</translation>
    </message>
    <message>
        <source>A few weeks: one team and a change request</source>
        <translation>Quelques semaines&#xa0;: une équipe et une demande de changement</translation>
    </message>
    <message>
        <source>One to three months: several teams or a supplier</source>
        <translation>Un à trois mois&#xa0;: plusieurs équipes ou un fournisseur</translation>
    </message>
    <message>
        <source>More than a quarter: a funded project</source>
        <translation>Plus d’un trimestre&#xa0;: un projet financé</translation>
    </message>
</context>
<context>
    <name>qw::ScoreSelector</name>
    <message>
        <source>&amp;Impact</source>
        <translation>&amp;Impact</translation>
    </message>
    <message>
        <source>E&amp;ffort</source>
        <translation>E&amp;ffort</translation>
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
            <numerusform>il ne répond plus depuis %n seconde</numerusform>
            <numerusform>il ne répond plus depuis %n secondes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qw::StartPanel</name>
    <message>
        <source>&amp;Import a Satisfaction Export…</source>
        <translation>&amp;Importer une exportation de satisfaction…</translation>
    </message>
    <message>
        <source>&amp;Log an Interaction…</source>
        <translation>&amp;Consigner une interaction…</translation>
    </message>
    <message>
        <source>Open the &amp;Demonstration Register</source>
        <translation>Ouvrir le registre de dé&amp;monstration</translation>
    </message>
    <message>
        <source>This register is empty</source>
        <translation>Ce registre est vide</translation>
    </message>
    <message>
        <source>Every poor customer interaction is evidence. Entries are the improvements it calls for, each scored on impact and effort; the matrix then puts each entry where its scores place it, and the quick wins (high impact, low effort) at the top left come first.</source>
        <translation>Chaque interaction insatisfaisante avec un client est une preuve. Les initiatives sont les améliorations qu’elle appelle, chacune évaluée selon son impact et son effort&#xa0;; la matrice place ensuite chaque initiative selon ces évaluations, et les gains rapides (fort impact, faible effort), en haut à gauche, passent en premier.</translation>
    </message>
    <message>
        <source>Start with the evidence you have:</source>
        <translation>Commencez par les preuves dont vous disposez&#xa0;:</translation>
    </message>
    <message>
        <source>Help ▸ Getting Started explains the whole cycle; Help ▸ Keyboard Shortcuts lists every key.</source>
        <translation>Aide ▸ Prise en main explique tout le cycle&#xa0;; Aide ▸ Raccourcis clavier liste toutes les touches.</translation>
    </message>
    <message>
        <source>Every response of your service desk tool&apos;s survey export (CSV or Excel)</source>
        <translation>Toutes les réponses de l’exportation d’enquête de votre outil de centre de services (CSV ou Excel)</translation>
    </message>
    <message>
        <source>One poor interaction, typed in as it is reported</source>
        <translation>Une interaction insatisfaisante, saisie au moment où elle est signalée</translation>
    </message>
    <message>
        <source>A year of an IT service desk&apos;s survey responses and improvements, in a register of its own</source>
        <translation>Une année de réponses d’enquête et d’améliorations d’un centre de services informatiques, dans un registre à part</translation>
    </message>
</context>
<context>
    <name>qw::StartReviewDialog</name>
    <message>
        <source>Start Review</source>
        <translation>Démarrer la revue</translation>
    </message>
    <message>
        <source>Names, separated by semicolons</source>
        <translation>Noms, séparés par des points-virgules</translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation>&amp;Participants&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;genda, built from the register (untick what the team will not discuss):</source>
        <translation>&amp;Ordre du jour, établi à partir du registre (décochez ce que l’équipe n’abordera pas)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>&amp;Down</source>
        <translation>Desce&amp;ndre</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>A&amp;jouter…</translation>
    </message>
    <message>
        <source>Add to the Agenda</source>
        <translation>Ajouter à l’ordre du jour</translation>
    </message>
    <message>
        <source>What the team is to discuss:</source>
        <translation>Ce que l’équipe doit aborder&#xa0;:</translation>
    </message>
    <message>
        <source>added before the review</source>
        <translation>ajouté avant la revue</translation>
    </message>
    <message>
        <source>&amp;Start Review</source>
        <translation>&amp;Démarrer la revue</translation>
    </message>
    <message>
        <source>Nothing is waiting for a review: no open action, no new evidence, no new entry, no quick win waiting, nothing stale or to verify.</source>
        <translation>Rien n’attend de revue&#xa0;: aucune action ouverte, aucune nouvelle preuve, aucune nouvelle initiative, aucun gain rapide en attente, rien de stagnant ni à vérifier.</translation>
    </message>
</context>
<context>
    <name>qw::Status</name>
    <message>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Reporté</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
</context>
<context>
    <name>qw::StoredValues</name>
    <message>
        <source>Unknown (%1)</source>
        <translation>Inconnu (%1)</translation>
    </message>
    <message>
        <source>impact %1 is not 1 to 5</source>
        <translation>l’impact %1 n’est pas compris entre 1 et 5</translation>
    </message>
    <message>
        <source>effort %1 is not 1 to 5</source>
        <translation>l’effort %1 n’est pas compris entre 1 et 5</translation>
    </message>
    <message>
        <source>status %1 is not one QuickWins knows</source>
        <translation>le statut %1 n’est pas connu de QuickWins</translation>
    </message>
    <message>
        <source>category %1 is not one QuickWins knows</source>
        <translation>la catégorie %1 n’est pas connue de QuickWins</translation>
    </message>
</context>
<context>
    <name>qw::TeamRegisterDialog</name>
    <message>
        <source>Open Team Register</source>
        <translation>Ouvrir un registre d’équipe</translation>
    </message>
    <message>
        <source>Copy Register to a Team Register</source>
        <translation>Copier le registre vers un registre d’équipe</translation>
    </message>
    <message>
        <source>A register the whole team shares, kept in a database on a PostgreSQL server. Its administrator tells you the server, the database and your user.</source>
        <translation>Un registre partagé par toute l’équipe, conservé dans une base de données sur un serveur PostgreSQL. Son administrateur vous indique le serveur, la base de données et votre utilisateur.</translation>
    </message>
    <message>
        <source>Everything in this register (history, snapshots, reviews, imports) is copied to a database on a PostgreSQL server that holds no register yet.</source>
        <translation>Tout le contenu de ce registre (historique, instantanés, revues, importations) est copié dans une base de données sur un serveur PostgreSQL qui ne contient encore aucun registre.</translation>
    </message>
    <message>
        <source>db.example.org</source>
        <translation>db.example.org</translation>
    </message>
    <message>
        <source>if the server asks for one</source>
        <translation>si le serveur en demande un</translation>
    </message>
    <message>
        <source>&amp;Keep the password in the desktop&apos;s keyring</source>
        <translation>&amp;Garder le mot de passe dans le trousseau de clés du bureau</translation>
    </message>
    <message>
        <source>If the server offers it</source>
        <translation>Si le serveur le propose</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Required, and the server&apos;s certificate checked</source>
        <translation>Obligatoire, avec vérification du certificat du serveur</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>C&amp;hiffrement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
</context>
<context>
    <name>qw::TrendView</name>
    <message>
        <source>All services</source>
        <translation>Tous les services</translation>
    </message>
    <message>
        <source>Average satisfaction (%)</source>
        <translation>Satisfaction moyenne (%)</translation>
    </message>
    <message>
        <source>Poor responses (%)</source>
        <translation>Réponses insatisfaisantes (%)</translation>
    </message>
    <message>
        <source>Improvement done</source>
        <translation>Amélioration terminée</translation>
    </message>
    <message>
        <source>No scored responses yet: import a satisfaction export with all responses.</source>
        <translation>Aucune réponse notée pour l’instant&#xa0;: importez une exportation de satisfaction contenant toutes les réponses.</translation>
    </message>
</context>
<context>
    <name>qw::TriageModel</name>
    <message>
        <source>(no service)</source>
        <translation>(aucun service)</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Insatisfaisantes</translation>
    </message>
    <message>
        <source>(in no cause: no words to compare, or like no other)</source>
        <translation>(dans aucune cause : pas de mots à comparer, ou comme aucune autre)</translation>
    </message>
    <message numerus="yes">
        <source>%n poor response(s) linked to no entry that no cause holds: without a reason or comment, taken out of their cause, or saying something no other says.</source>
        <translation>
            <numerusform>%n réponse médiocre liée à aucune entrée et dans aucune cause : sans motif ni commentaire, sortie de sa cause, ou disant ce qu’aucune autre ne dit.</numerusform>
            <numerusform>%n réponses médiocres liées à aucune entrée et dans aucune cause : sans motif ni commentaire, sorties de leur cause, ou disant ce qu’aucune autre ne dit.</numerusform>
        </translation>
    </message>
    <message>
        <source>The words these responses share most</source>
        <translation>Les mots que ces réponses partagent le plus</translation>
    </message>
    <message>
        <source>Named so; the words found: %1</source>
        <translation>Nommée ainsi ; les mots trouvés : %1</translation>
    </message>
    <message>
        <source>%1 in the last 30 days, %2 in the 30 days before</source>
        <translation>%1 dans les 30 derniers jours, %2 dans les 30 jours précédents</translation>
    </message>
    <message>
        <source>%1 (pinned)</source>
        <translation>%1 (épinglée)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 and %n more</source>
        <translation>
            <numerusform>%1, %2 et %n autre</numerusform>
            <numerusform>%1, %2 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>↑ growing</source>
        <translation>↑ en hausse</translation>
    </message>
    <message>
        <source>↓ falling</source>
        <translation>↓ en baisse</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>stable</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>First %1, latest %2</source>
        <translation>Première le %1, dernière le %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 jours</translation>
    </message>
</context>
<context>
    <name>qw::TriageView</name>
    <message>
        <source>same service, similar words</source>
        <translation>même service, mots similaires</translation>
    </message>
    <message>
        <source>same service</source>
        <translation>même service</translation>
    </message>
    <message>
        <source>similar words</source>
        <translation>mots similaires</translation>
    </message>
    <message>
        <source>&amp;New Entry from Cause…</source>
        <translation>&amp;Nouvelle entrée depuis la cause…</translation>
    </message>
    <message>
        <source>&amp;Link to Suggested Entry</source>
        <translation>&amp;Lier à l’entrée suggérée</translation>
    </message>
    <message>
        <source>What three of the cause&apos;s customers wrote</source>
        <translation>Ce qu’ont écrit trois clients de cette cause</translation>
    </message>
    <message>
        <source>What they wrote</source>
        <translation>Ce qu’ils ont écrit</translation>
    </message>
    <message>
        <source>Entries this cause may belong to</source>
        <translation>Entrées auxquelles cette cause peut appartenir</translation>
    </message>
    <message>
        <source>&amp;Correct</source>
        <translation>&amp;Corriger</translation>
    </message>
    <message>
        <source>Re&amp;name Cause…</source>
        <translation>Re&amp;nommer la cause…</translation>
    </message>
    <message>
        <source>Give the cause a name of your own (empty: its words again)</source>
        <translation>Donner à la cause votre propre nom (vide : de nouveau ses mots)</translation>
    </message>
    <message>
        <source>&amp;Pin Cause</source>
        <translation>É&amp;pingler la cause</translation>
    </message>
    <message>
        <source>Keep this cause as it is when causes are found again</source>
        <translation>Garder cette cause telle quelle quand les causes sont recherchées à nouveau</translation>
    </message>
    <message>
        <source>&amp;Merge Selected Causes</source>
        <translation>&amp;Fusionner les causes sélectionnées</translation>
    </message>
    <message>
        <source>Make the causes selected one cause</source>
        <translation>Faire des causes sélectionnées une seule cause</translation>
    </message>
    <message>
        <source>&amp;Take Response Out of Cause</source>
        <translation>&amp;Sortir la réponse de la cause</translation>
    </message>
    <message>
        <source>The response chosen under “What they wrote” does not say what the cause says: leave it in no cause</source>
        <translation>La réponse choisie sous « Ce qu’ils ont écrit » ne dit pas ce que dit la cause : la laisser dans aucune cause</translation>
    </message>
    <message>
        <source>&amp;Find Causes Again</source>
        <translation>&amp;Rechercher les causes à nouveau</translation>
    </message>
    <message>
        <source>Group every poor response again by what it says; pinned causes and the responses you placed stay as they are.</source>
        <translation>Regrouper à nouveau chaque réponse médiocre selon ce qu’elle dit ; les causes épinglées et les réponses que vous avez placées restent telles quelles.</translation>
    </message>
    <message numerus="yes">
        <source>Finding causes in what %n poor response(s) say…</source>
        <translation>
            <numerusform>Recherche des causes dans %n réponse médiocre…</numerusform>
            <numerusform>Recherche des causes dans %n réponses médiocres…</numerusform>
        </translation>
    </message>
    <message>
        <source>Causes could not be found: %1</source>
        <translation>Les causes n’ont pas pu être trouvées : %1</translation>
    </message>
    <message>
        <source>Rename Cause</source>
        <translation>Renommer la cause</translation>
    </message>
    <message>
        <source>Name (empty: its words, “%1”):</source>
        <translation>Nom (vide : ses mots, « %1 ») :</translation>
    </message>
    <message>
        <source>No poor responses are waiting: every one is linked to an entry.</source>
        <translation>Aucune réponse médiocre n’attend : chacune est liée à une entrée.</translation>
    </message>
    <message numerus="yes">
        <source>%1 poor responses linked to no entry, in %n cause(s)</source>
        <translation>
            <numerusform>%1 réponses médiocres liées à aucune entrée, dans %n cause</numerusform>
            <numerusform>%1 réponses médiocres liées à aucune entrée, dans %n causes</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1 in none</source>
        <translation> ; %1 dans aucune</translation>
    </message>
    <message>
        <source>“%1”  (%2)</source>
        <translation>« %1 »  (%2)</translation>
    </message>
    <message>
        <source>→ %1  %2  (%3)</source>
        <translation>→ %1  %2  (%3)</translation>
    </message>
    <message>
        <source>No open entry shares its service or words: make one with New Entry from Cause.</source>
        <translation>Aucune entrée ouverte ne partage son service ou ses mots : créez-en une avec « Nouvelle entrée depuis la cause ».</translation>
    </message>
    <message>
        <source>&amp;Language of What They Wrote</source>
        <translation>&amp;Langue des réponses</translation>
    </message>
    <message>
        <source>&amp;Detected for Each Response</source>
        <translation>&amp;Détectée pour chaque réponse</translation>
    </message>
</context>
</TS>
