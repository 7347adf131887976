<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>About</name>
    <message>
        <location filename="../touchtimer/ui/about_dialog.py" line="+38"/>
        <source>About touchtimer</source>
        <translation>Über touchtimer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>touchtimer {0}</source>
        <translation>touchtimer {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free software under the {0} ({1}).</source>
        <translation>Freie Software unter der {0} ({1}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Credits</source>
        <translation>Mitwirkende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where your data lives</source>
        <translation>Wo deine Daten liegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data folder: {0}</source>
        <translation>Datenordner: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database: {0}</source>
        <translation>Datenbank: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings folder: {0}</source>
        <translation>Ordner für Einstellungen: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project&apos;s page</source>
        <translation>Die Seite des Projekts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report a problem or suggest a change</source>
        <translation>Ein Problem melden oder eine Änderung vorschlagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the &amp;licence…</source>
        <translation>&amp;Lizenz lesen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the licence</source>
        <translation>Lizenz lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The full text of the GNU General Public License</source>
        <translation>Der vollständige Text der GNU General Public License</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The licence: {0}</source>
        <translation>Die Lizenz: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The full text of the licence</source>
        <translation>Der vollständige Text der Lizenz</translation>
    </message>
    <message>
        <location filename="../touchtimer/core/about.py" line="+23"/>
        <source>GNU General Public License, version 3 or (at your option) any later version</source>
        <translation>GNU General Public License, Version 3 oder (nach deiner Wahl) jede spätere Version</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>touchtimer is free software: you can share and change it under the terms of the licence. It comes with no warranty, to the extent permitted by law.</source>
        <translation>touchtimer ist freie Software: Du darfst sie unter den Bedingungen der Lizenz weitergeben und ändern. Sie kommt ohne Gewährleistung, soweit das Gesetz es erlaubt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>touchtimer is not a medical device.</source>
        <translation>touchtimer ist kein Medizinprodukt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A calm, hands-free guide for skin-to-skin (kangaroo care) and infant-massage routines.</source>
        <translation>Eine ruhige Anleitung ohne Hände für Haut-zu-Haut-Kontakt (Känguru-Methode) und Babymassage.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>touchtimer is in English, Spanish and German. The Spanish and German translations have not yet been reviewed by a native speaker with clinical knowledge; if you can review one, please say so through the project&apos;s issues.</source>
        <extracomment>Which translations exist and how far they have been checked. One line, changed by whoever adds or reviews a translation (docs/translating.md), and translated into each language so that it is read in the language it speaks of: none has been read yet by a native speaker with clinical knowledge.</extracomment>
        <translation>touchtimer gibt es auf Englisch, Spanisch und Deutsch. Die spanische und die deutsche Übersetzung wurden noch nicht von einer Muttersprachlerin oder einem Muttersprachler mit klinischem Fachwissen geprüft; wenn du eine prüfen kannst, sag es bitte über die Issues des Projekts.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything stays on this computer: touchtimer opens no network connection.</source>
        <translation>Alles bleibt auf diesem Computer: touchtimer öffnet keine Netzwerkverbindung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Made by the touchtimer project and the people who report problems and suggest changes.</source>
        <translation>Gemacht vom touchtimer-Projekt und den Menschen, die Probleme melden und Änderungen vorschlagen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The routines and their notes build on published research and guidance (the World Health Organization, Cochrane reviews and others). Each note names its source; docs/routines.md in the project lists them all.</source>
        <translation>Die Abläufe und ihre Hinweise stützen sich auf veröffentlichte Forschung und Empfehlungen (die Weltgesundheitsorganisation, Cochrane-Reviews und andere). Jeder Hinweis nennt seine Quelle; docs/routines.md im Projekt führt sie alle auf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Built with Qt for Python (PySide6) and platformdirs.</source>
        <translation>Gebaut mit Qt for Python (PySide6) und platformdirs.</translation>
    </message>
</context>
<context>
    <name>AgeText</name>
    <message numerus="yes">
        <location filename="../touchtimer/ui/babies/age_text.py" line="+25"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahre</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../touchtimer/cli/ages.py" line="+86"/>
        <location filename="../touchtimer/ui/babies/age_text.py" line="+16"/>
        <source>%1 %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../touchtimer/ui/babies/age_text.py" line="+8"/>
        <source>%1 (%2 corrected)</source>
        <translation>%1 (korrigiert %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../touchtimer/ui/babies/age_text.py" line="+3"/>
        <source>%1 (due in %2)</source>
        <translation>%1 (errechneter Termin in %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../touchtimer/ui/babies/age_text.py" line="+3"/>
        <source>%1 (due date today)</source>
        <translation>%1 (heute ist der errechnete Termin)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../touchtimer/app.py" line="+82"/>
        <source>Spoken cues and chimes are silent on this computer. Session ▸ Settings… says why.</source>
        <translation>Gesprochene Hinweise und Klänge sind auf diesem Computer stumm. Unter Einheit ▸ Einstellungen… steht, warum.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Spoken cues are silent on this computer; chimes still play. Session ▸ Settings… says why.</source>
        <translation>Gesprochene Hinweise sind auf diesem Computer stumm; die Klänge spielen weiter. Unter Einheit ▸ Einstellungen… steht, warum.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chimes are silent on this computer. Session ▸ Settings… says why.</source>
        <translation>Die Klänge sind auf diesem Computer stumm. Unter Einheit ▸ Einstellungen… steht, warum.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>S&amp;ettings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cues, voice, volumes, theme, daily target and more</source>
        <translation>Hinweise, Stimme, Lautstärke, Farbschema, Tagesziel und mehr</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Some saved settings could not be used: {0}. Session ▸ Settings… lists them; saving there puts the settings file right.</source>
        <translation>Einige gespeicherte Einstellungen konnten nicht verwendet werden: {0}. Unter Einheit ▸ Einstellungen… stehen sie; wenn du dort speicherst, wird die Einstellungsdatei wieder in Ordnung gebracht.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Babies…</source>
        <translation>&amp;Babys…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a baby, or change a baby&apos;s details</source>
        <translation>Ein Baby hinzufügen oder die Angaben eines Babys ändern</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past sessions, daily totals, export and a printable summary</source>
        <translation>Frühere Einheiten, Tagessummen, Export und eine druckbare Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../touchtimer/ui/sharing/wiring.py" line="+35"/>
        <source>&amp;People…</source>
        <translation>&amp;Personen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The people who hold or massage baby, to record who did each session</source>
        <translation>Die Personen, die das Baby halten oder massieren, um festzuhalten, wer welche Sitzung gemacht hat</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>S&amp;hare history through a folder…</source>
        <translation>Verlauf über einen Ordner &amp;teilen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+56"/>
        <source>Keep one history on two laptops through a folder both see</source>
        <translation>Ein Verlauf auf zwei Laptops, über einen Ordner, den beide sehen</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Share history through a &amp;folder…</source>
        <translation>Verlauf über einen &amp;Ordner teilen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>History shared through {0}.</source>
        <translation>Verlauf wird über {0} geteilt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History kept on this laptop only.</source>
        <translation>Verlauf nur auf diesem Laptop gespeichert.</translation>
    </message>
</context>
<context>
    <name>Babies</name>
    <message>
        <location filename="../touchtimer/core/babies/ages.py" line="+79"/>
        <source>{text} is not a gestation; expected weeks+days, such as 34+2</source>
        <extracomment>Correction stops at this corrected age, in calendar months (two years). The gestation at birth that touchtimer accepts, in days: 20+0 to 44+6 weeks. Still cared for in a neonatal unit (the parent says so): skin-to-skin then follows the care team. This baby&apos;s own daily skin-to-skin target in minutes (``None``: the general one in settings).</extracomment>
        <translation>{text} ist keine Schwangerschaftsdauer; erwartet werden Wochen+Tage, etwa 34+2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{text}: the days part should be 0 to 6, such as 34+2</source>
        <translation>{text}: der Tage-Teil sollte 0 bis 6 sein, etwa 34+2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{text}: the gestation at birth should be from 20+0 to 44+6 weeks</source>
        <translation>{text}: die Schwangerschaftsdauer bei der Geburt sollte zwischen 20+0 und 44+6 Wochen liegen</translation>
    </message>
    <message>
        <location filename="../touchtimer/core/babies/profiles.py" line="+39"/>
        <source>Please give a name (a nickname is fine).</source>
        <translation>Bitte gib einen Namen an (ein Spitzname genügt).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is {count} characters long; please keep it to {most}.</source>
        <translation>Der Name ist {count} Zeichen lang; bitte halte ihn bei höchstens {most}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date of birth ({born}) is after today; please check it.</source>
        <translation>Das Geburtsdatum ({born}) liegt nach heute; bitte prüfe es.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The due date is {weeks} weeks after the birth date; that would mean born before 20 weeks of pregnancy. Please check both dates.</source>
        <translation>Der errechnete Termin liegt {weeks} Wochen nach dem Geburtsdatum; das hieße, vor der 20. Schwangerschaftswoche geboren. Bitte prüfe beide Daten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The due date is {weeks} weeks before the birth date; a baby born after the due date is fine, but touchtimer accepts up to 44+6 weeks of pregnancy. Please check both dates.</source>
        <translation>Der errechnete Termin liegt {weeks} Wochen vor dem Geburtsdatum; ein Baby, das nach dem errechneten Termin geboren ist, ist in Ordnung, aber touchtimer nimmt bis zu 44+6 Schwangerschaftswochen an. Bitte prüfe beide Daten.</translation>
    </message>
</context>
<context>
    <name>BabiesDialog</name>
    <message>
        <location filename="../touchtimer/ui/babies/dialog.py" line="+70"/>
        <source>Babies</source>
        <extracomment>A new profile was added (its id): Home chooses that baby.</extracomment>
        <translation>Babys</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your babies</source>
        <translation>Deine Babys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a baby to see or change their details</source>
        <translation>Wähl ein Baby, um seine Angaben zu sehen oder zu ändern</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Add a baby</source>
        <translation>Baby hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start a new profile</source>
        <translation>Ein neues Profil anlegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this baby</source>
        <translation>Dieses Baby entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the chosen profile; their sessions stay in your history</source>
        <translation>Das gewählte Profil entfernen; seine Einheiten bleiben in deinem Verlauf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No babies yet. Add one to see routines that suit their age.</source>
        <translation>Noch keine Babys. Füg eins hinzu, um Abläufe zu sehen, die zu seinem Alter passen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+159"/>
        <source>New baby</source>
        <translation>Neues Baby</translation>
    </message>
    <message>
        <location line="-152"/>
        <location line="+1"/>
        <source>A name or nickname</source>
        <translation>Ein Name oder Spitzname</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+190"/>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <location line="-190"/>
        <source>The day your baby was born</source>
        <translation>Der Tag, an dem dein Baby geboren wurde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of &amp;birth</source>
        <translation>&amp;Geburtsdatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due date not known (or not needed)</source>
        <translation>Errechneter Termin unbekannt (oder nicht nötig)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <location line="+176"/>
        <source>Due date</source>
        <translation>Errechneter Termin</translation>
    </message>
    <message>
        <location line="-186"/>
        <location line="+16"/>
        <source>Weeks of pregnancy at birth</source>
        <translation>Schwangerschafts­wochen bei der Geburt</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Age is counted from the birth date</source>
        <translation>Das Alter wird ab dem Geburtsdatum gezählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the due date</source>
        <translation>Den errechneten Termin eingeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter weeks and days of pregnancy at birth</source>
        <translation>Schwangerschaftswochen und -tage bei der Geburt eingeben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The due date you were given</source>
        <translation>Der errechnete Termin, der dir genannt wurde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> weeks</source>
        <translation> Wochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed weeks, 20 to 44</source>
        <translation>Vollendete Wochen, 20 bis 44</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra days of pregnancy at birth</source>
        <translation>Zusätzliche Schwangerschaftstage bei der Geburt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days past the weeks, 0 to 6</source>
        <translation>Tage über die vollen Wochen hinaus, 0 bis 6</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Born</source>
        <translation>Geburt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still in neonatal care (NICU or special care)</source>
        <translation>Noch auf der Neugeborenenstation (Intensiv- oder Spezialpflege)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still in neonatal care</source>
        <translation>Noch auf der Neugeborenenstation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick while your baby is cared for in a neonatal unit: skin-to-skin then follows the care team, and Kangaroo hold is suggested first</source>
        <translation>Ankreuzen, solange dein Baby auf einer Neugeborenenstation versorgt wird: Haut-zu-Haut-Kontakt richtet sich dann nach dem Behandlungsteam, und der Ablauf Känguru-Methode wird zuerst vorgeschlagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Daily &amp;target</source>
        <translation>&amp;Tagesziel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age today</source>
        <translation>Alter heute</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What needs a change</source>
        <translation>Was geändert werden muss</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this baby</source>
        <translation>Dieses Baby speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the details</source>
        <translation>Die Angaben speichern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close the babies dialog</source>
        <translation>Das Fenster „Babys“ schließen</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Add this baby</source>
        <translation>Dieses Baby hinzufügen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>About %1</source>
        <translation>Angaben zu %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Age is counted from the date of birth.</source>
        <translation>Das Alter wird ab dem Geburtsdatum gezählt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Born at %1+%2 weeks, early: touchtimer uses the corrected age (counted from the due date) to suggest routines, until two years corrected age.</source>
        <translation>Geboren mit %1+%2 Wochen, zu früh: touchtimer nutzt das korrigierte Alter (ab dem errechneten Termin gezählt), um Abläufe vorzuschlagen, bis zu einem korrigierten Alter von zwei Jahren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Born at %1+%2 weeks, after the due date: age is counted from the date of birth.</source>
        <translation>Geboren mit %1+%2 Wochen, nach dem errechneten Termin: Das Alter wird ab dem Geburtsdatum gezählt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Born at %1+%2 weeks, at term: age is counted from the date of birth.</source>
        <translation>Geboren mit %1+%2 Wochen, termingerecht: Das Alter wird ab dem Geburtsdatum gezählt.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Remove %1?</source>
        <translation>%1 entfernen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1&apos;s profile? Their sessions stay in your history.</source>
        <translation>Das Profil von %1 entfernen? Die Einheiten bleiben in deinem Verlauf.</translation>
    </message>
</context>
<context>
    <name>BabyResponses</name>
    <message>
        <location filename="../touchtimer/ui/session/summary_details.py" line="+149"/>
        <source>Calm</source>
        <translation>Ruhig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fussy</source>
        <translation>Unruhig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fell asleep</source>
        <translation>Eingeschlafen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cried</source>
        <translation>Geweint</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} was mostly: {1}</source>
        <translation>{0} war meistens: {1}</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <location filename="../touchtimer/cli/routines.py" line="+57"/>
        <source>open-ended</source>
        <translation>ohne feste Dauer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>skipped a routine file: {problem}</source>
        <translation>eine Ablauf-Datei übersprungen: {problem}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{low}-{high} weeks</source>
        <translation>{low}-{high} Wochen</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%1: ok (%2, %n stage(s))</source>
        <translation>
            <numerusform>%1: in Ordnung (%2, %n Schritt)</numerusform>
            <numerusform>%1: in Ordnung (%2, %n Schritte)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; also in %1)</source>
        <translation>; auch auf %1)</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%1: %2, incomplete: no translation yet for %n text(s); the routine is shown in its own language until every text has one</source>
        <translation>
            <numerusform>%1: %2, unvollständig: für %n Text gibt es noch keine Übersetzung; der Ablauf wird in seiner eigenen Sprache gezeigt, bis jeder Text eine hat</numerusform>
            <numerusform>%1: %2, unvollständig: für %n Texte gibt es noch keine Übersetzung; der Ablauf wird in seiner eigenen Sprache gezeigt, bis jeder Text eine hat</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: no translation yet for &quot;%2&quot; (%3)</source>
        <translation>%1: noch keine Übersetzung für „%2“ (%3)</translation>
    </message>
    <message>
        <location filename="../touchtimer/cli/commands.py" line="+75"/>
        <source>--from {first} is after --to {last}; expected the first day first</source>
        <translation>--from {first} liegt nach --to {last}; erwartet wird zuerst der erste Tag</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+29"/>
        <source>No sessions yet.</source>
        <translation>Noch keine Einheiten.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>no baby called {name}</source>
        <translation>kein Baby namens {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no caregiver called {name}</source>
        <translation>keine betreuende Person namens {name}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No sessions match.</source>
        <translation>Keine Einheit passt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>skin-to-skin {length}</source>
        <translation>Haut-zu-Haut {length}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n massage(s)</source>
        <translation>
            <numerusform>%n Massage</numerusform>
            <numerusform>%n Massagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../touchtimer/cli/routines.py" line="-51"/>
        <source>skin-to-skin</source>
        <translation>Haut-zu-Haut</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../touchtimer/cli/routines.py" line="+0"/>
        <source>massage</source>
        <translation>Massage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(held by {names})</source>
        <translation>(gehalten von {names})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(by {names})</source>
        <translation>(von {names})</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>could not write {file}: {why}</source>
        <translation>{file} konnte nicht geschrieben werden: {why}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{file} cannot be written just now ({why}); nothing was changed. Please try again when that is put right</source>
        <translation>{file} kann gerade nicht geschrieben werden ({why}); es wurde nichts geändert. Versuche es bitte noch einmal, wenn das behoben ist</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} was not imported; nothing was changed.</source>
        <translation>{file} wurde nicht importiert; nichts wurde geändert.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n problem(s):</source>
        <translation>
            <numerusform>%n Problem:</numerusform>
            <numerusform>%n Probleme:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(in the file: {path})</source>
        <translation>(in der Datei: {path})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>could not import {file}: {why}</source>
        <translation>{file} konnte nicht importiert werden: {why}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>could not import {file}: the data folder could not be used: {why}; nothing was changed</source>
        <translation>{file} konnte nicht importiert werden: der Datenordner konnte nicht verwendet werden: {why}; es wurde nichts geändert</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../touchtimer/cli/sync.py" line="+74"/>
        <source>note: {notice}</source>
        <translation>Hinweis: {notice}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported {file}: {summary}.</source>
        <translation>{file} importiert: {summary}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>install-desktop is for Linux and BSD desktops; nothing to do here.</source>
        <translation>install-desktop ist für Linux- und BSD-Desktops; hier gibt es nichts zu tun.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>removed {path}</source>
        <translation>entfernt: {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>touchtimer was not installed in the application menu; nothing to remove.</source>
        <translation>touchtimer war nicht im Anwendungsmenü installiert; es gibt nichts zu entfernen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>installed {path}</source>
        <translation>installiert: {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>could not write the desktop files: {why}</source>
        <translation>die Desktop-Dateien konnten nicht geschrieben werden: {why}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>touchtimer should now appear in your application menu (you may need to log out and in).</source>
        <translation>touchtimer sollte jetzt in deinem Anwendungsmenü erscheinen (vielleicht musst du dich ab- und wieder anmelden).</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>this could not be done ({error}). Please report it if it happens again.</source>
        <translation>das ging nicht ({error}). Bitte melde es, wenn es wieder passiert.</translation>
    </message>
    <message>
        <location filename="../touchtimer/cli/sync.py" line="-43"/>
        <source>no shared folder chosen yet. Choose one once with &apos;touchtimer sync --folder DIR&apos; (a folder both laptops see); it is remembered.</source>
        <translation>noch kein geteilter Ordner gewählt. Wähle einmal einen mit &apos;touchtimer sync --folder DIR&apos; (einen Ordner, den beide Laptops sehen); er wird gemerkt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{folder} is not a folder that exists here; nothing was exchanged and it was not remembered. Create it (or plug in the USB stick) and try again.</source>
        <translation>{folder} ist kein Ordner, den es hier gibt; es wurde nichts ausgetauscht und er wurde nicht gemerkt. Lege ihn an (oder stecke den USB-Stick ein) und versuche es noch einmal.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the folder could not be remembered ({why}); the exchange goes ahead</source>
        <translation>der Ordner konnte nicht gemerkt werden ({why}); der Austausch geht weiter</translation>
    </message>
    <message>
        <location filename="../touchtimer/cli/commands.py" line="-290"/>
        <location filename="../touchtimer/cli/sync.py" line="+5"/>
        <source>the data folder {folder} is a file, not a folder; choose another with --data-dir</source>
        <translation>der Datenordner {folder} ist eine Datei, kein Ordner; wähle mit --data-dir einen anderen</translation>
    </message>
    <message>
        <location filename="../touchtimer/cli/sync.py" line="+6"/>
        <source>the data folder {folder} could not be made ({why})</source>
        <translation>der Datenordner {folder} konnte nicht angelegt werden ({why})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>touchtimer&apos;s data cannot be written just now, so nothing was exchanged.</source>
        <translation>die Daten von touchtimer können gerade nicht geschrieben werden, deshalb wurde nichts ausgetauscht.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Shared through {folder}: {what}.</source>
        <translation>Geteilt über {folder}: {what}.</translation>
    </message>
    <message>
        <location filename="../touchtimer/cli/output.py" line="+25"/>
        <source>the export</source>
        <translation>den Export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the history</source>
        <translation>den Verlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the list of routines</source>
        <translation>die Liste der Abläufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the check results</source>
        <translation>die Prüfergebnisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the import summary</source>
        <translation>die Zusammenfassung des Imports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the list of installed files</source>
        <translation>die Liste der installierten Dateien</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the output is closed</source>
        <translation>die Ausgabe ist geschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk is full</source>
        <translation>die Festplatte ist voll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk quota is used up</source>
        <translation>das Speicherkontingent ist aufgebraucht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the device reported an input/output error</source>
        <translation>das Gerät meldete einen Ein-/Ausgabefehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the output is on a read-only file system</source>
        <translation>die Ausgabe liegt auf einem schreibgeschützten Dateisystem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the output file is too large</source>
        <translation>die Ausgabedatei ist zu groß</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the output</source>
        <translation>die Ausgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not write {what}: {why}</source>
        <translation>{what} konnte nicht geschrieben werden: {why}</translation>
    </message>
    <message>
        <location filename="../touchtimer/cli/ages.py" line="-65"/>
        <source>{text} is not a date; expected YYYY-MM-DD, such as 2025-03-10</source>
        <translation>{text} ist kein Datum; erwartet wird JJJJ-MM-TT, etwa 2025-03-10</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Baby born {born}.</source>
        <translation>Baby geboren am {born}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Baby born {born} at {weeks}+{days} weeks (due {due}), preterm.</source>
        <translation>Baby geboren am {born} mit {weeks}+{days} Wochen (errechneter Termin {due}), zu früh.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Baby born {born} at {weeks}+{days} weeks (due {due}), after the due date.</source>
        <translation>Baby geboren am {born} mit {weeks}+{days} Wochen (errechneter Termin {due}), nach dem errechneten Termin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Baby born {born} at {weeks}+{days} weeks (due {due}), at term.</source>
        <translation>Baby geboren am {born} mit {weeks}+{days} Wochen (errechneter Termin {due}), zum Termin.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--due, --gestation and --today describe a baby; add --born YYYY-MM-DD</source>
        <translation>--due, --gestation und --today beschreiben ein Baby; gib dazu --born JJJJ-MM-TT an</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--born {born} is after --today {today}; please check the dates</source>
        <translation>--born {born} liegt nach --today {today}; bitte prüfe die Daten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--born {born} is after today ({today}); please check the dates</source>
        <translation>--born {born} liegt nach heute ({today}); bitte prüfe die Daten</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>On {today}: {age}. Routines are chosen by corrected age: {weeks} completed weeks.</source>
        <translation>Am {today}: {age}. Abläufe werden nach dem korrigierten Alter ausgewählt: {weeks} vollendete Wochen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On {today}: {age}. Routines are chosen by age since birth: {weeks} completed weeks.</source>
        <translation>Am {today}: {age}. Abläufe werden nach dem Alter seit der Geburt ausgewählt: {weeks} vollendete Wochen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This baby is in neonatal care: skin-to-skin is kangaroo care, with the care team&apos;s agreement. Kangaroo hold comes first.</source>
        <translation>Dieses Baby ist auf der Neugeborenenstation: Haut-zu-Haut-Kontakt ist hier Känguru-Methode, mit dem Einverständnis des Behandlungsteams. Die Känguru-Methode kommt zuerst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This baby has not reached the due date: skin-to-skin is kangaroo care, with the care team&apos;s agreement. Kangaroo hold comes first.</source>
        <translation>Dieses Baby hat den errechneten Termin noch nicht erreicht: Haut-zu-Haut-Kontakt ist hier Känguru-Methode, mit dem Einverständnis des Behandlungsteams. Die Känguru-Methode kommt zuerst.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Suit this baby:</source>
        <translation>Passt zu diesem Baby:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suit this baby: none. touchtimer&apos;s routines are written for babies up to two years; this birth date is {span} ago.</source>
        <translation>Passt zu diesem Baby: keiner. Die Abläufe von touchtimer sind für Babys bis zwei Jahre geschrieben; dieses Geburtsdatum liegt {span} zurück.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Suit this baby: none of the routines yet.</source>
        <translation>Passt zu diesem Baby: noch keiner der Abläufe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>note: {reason}</source>
        <translation>Hinweis: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not for now:</source>
        <translation>Gerade nicht:</translation>
    </message>
    <message>
        <location filename="../touchtimer/cli/desktop_install.py" line="+83"/>
        <source>the launcher&apos;s path has a line break in it, which a desktop entry cannot hold</source>
        <translation>der Pfad des Starters enthält einen Zeilenumbruch, den ein Desktop-Eintrag nicht aufnehmen kann</translation>
    </message>
</context>
<context>
    <name>CLIHelp</name>
    <message>
        <location filename="../touchtimer/cli/ages.py" line="-175"/>
        <source>list the routines that suit a baby born on this day</source>
        <translation>die Abläufe auflisten, die zu einem an diesem Tag geborenen Baby passen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the baby&apos;s due date; a baby born before 37 weeks gets corrected age</source>
        <translation>der errechnete Termin des Babys; ein vor 37 Wochen geborenes Baby bekommt ein korrigiertes Alter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>weeks+days of pregnancy at birth (such as 34+2), instead of --due</source>
        <translation>Wochen+Tage der Schwangerschaft bei der Geburt (etwa 34+2), statt --due</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>work out the age on this day instead of today</source>
        <translation>das Alter an diesem Tag statt heute ausrechnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the baby is still cared for in a neonatal unit</source>
        <translation>das Baby wird noch auf einer Neugeborenenstation betreut</translation>
    </message>
    <message>
        <location filename="../touchtimer/cli/parser.py" line="+24"/>
        <source>keep sessions and routines in DIR (or set ${variable})</source>
        <translation>Einheiten und Abläufe in DIR aufbewahren (oder ${variable} setzen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>positional arguments</source>
        <translation>Positionsargumente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>show this help message and exit</source>
        <translation>diese Hilfe zeigen und beenden</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A calm, hands-free guide for skin-to-skin and infant-massage routines. With no command, opens the window.</source>
        <translation>Eine ruhige Anleitung ohne Hände für Haut-zu-Haut-Kontakt und Babymassage. Ohne Befehl öffnet sich das Fenster.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>show program&apos;s version number and exit</source>
        <translation>die Versionsnummer zeigen und beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>open the window at this routine&apos;s pre-session screen</source>
        <translation>das Fenster bei der Vorbereitung dieses Ablaufs öffnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>list built-in and your own routines</source>
        <translation>eingebaute und eigene Abläufe auflisten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print JSON instead of a table</source>
        <translation>JSON statt einer Tabelle ausgeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>validate routine files</source>
        <translation>Ablauf-Dateien prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>routine files (TOML)</source>
        <translation>Ablauf-Dateien (TOML)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add touchtimer to your desktop&apos;s application menu (this user only)</source>
        <translation>touchtimer zum Anwendungsmenü deines Desktops hinzufügen (nur für diesen Benutzer)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>remove what install-desktop added</source>
        <translation>entfernen, was install-desktop hinzugefügt hat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>share your history with another laptop through a folder both can see</source>
        <translation>deinen Verlauf über einen Ordner, den beide sehen, mit einem anderen Laptop teilen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the shared folder (a Syncthing or cloud folder, a USB stick); remembered</source>
        <translation>der geteilte Ordner (ein Syncthing- oder Cloud-Ordner, ein USB-Stick); wird gemerkt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>how the other laptop names this one, e.g. &quot;Dad&apos;s laptop&quot;</source>
        <translation>wie der andere Laptop diesen nennt, z. B. &quot;Papas Laptop&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>list past sessions, newest first</source>
        <translation>vergangene Einheiten auflisten, die neueste zuerst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print a JSON list instead of a table</source>
        <translation>eine JSON-Liste statt einer Tabelle ausgeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only this kind</source>
        <translation>nur diese Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only this routine</source>
        <translation>nur dieser Ablauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only sessions with this baby</source>
        <translation>nur Einheiten mit diesem Baby</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only sessions this person held or massaged</source>
        <translation>nur Einheiten, in denen diese Person gehalten oder massiert hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from this local day (a session running into it counts)</source>
        <translation>ab diesem Tag (Ortszeit; eine Einheit, die in ihn hineinreicht, zählt mit)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>up to and including this local day</source>
        <translation>bis einschließlich zu diesem Tag (Ortszeit)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most N sessions</source>
        <translation>höchstens N Einheiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>export every session and baby (JSON) or sessions (CSV)</source>
        <translation>alle Einheiten und Babys exportieren (JSON) oder die Einheiten (CSV)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>default: json</source>
        <translation>Standard: json</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write to FILE instead of the screen</source>
        <translation>in DATEI statt auf den Bildschirm schreiben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>merge a JSON export into your sessions</source>
        <translation>einen JSON-Export mit deinen Einheiten zusammenführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a file made by &apos;touchtimer export&apos;</source>
        <translation>eine Datei, die &apos;touchtimer export&apos; erstellt hat</translation>
    </message>
</context>
<context>
    <name>CSV</name>
    <message>
        <location filename="../touchtimer/core/history/export_csv.py" line="+16"/>
        <source>Date</source>
        <extracomment>The column headings, in English; the window writes them in its language (``export_csv(headers=)``).</extracomment>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start time</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End time</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routine</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Babies</source>
        <translation>Babys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baby response</source>
        <translation>Reaktion des Babys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mood before (1-5)</source>
        <translation>Stimmung vorher (1-5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mood after (1-5)</source>
        <translation>Stimmung nachher (1-5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session id</source>
        <translation>Kennung der Einheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caregivers</source>
        <translation>Betreuende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fed at the breast</source>
        <translation>An der Brust getrunken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interruptions</source>
        <translation>Unterbrechungen</translation>
    </message>
</context>
<context>
    <name>CaregiverPicker</name>
    <message>
        <location filename="../touchtimer/ui/session/caregiver_picker.py" line="+61"/>
        <source>Add people…</source>
        <translation>Personen hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the people who hold or massage baby</source>
        <translation>Die Personen hinzufügen, die das Baby halten oder massieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names you choose (Mum, Dad, Grandma…), to record who held baby</source>
        <translation>Namen deiner Wahl (Mama, Papa, Oma…), um festzuhalten, wer das Baby gehalten hat</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Who is massaging?</source>
        <translation>Wer massiert?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who is holding baby?</source>
        <translation>Wer hält das Baby?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} is holding or massaging</source>
        <translation>{0} hält oder massiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press W to change who (one or more can be chosen)</source>
        <translation>W drücken, um zu ändern, wer (eine oder mehrere Personen möglich)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(W changes it)</source>
        <translation>(W ändert es)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: record who held baby.</source>
        <translation>Freiwillig: festhalten, wer das Baby gehalten hat.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>nobody recorded</source>
        <translation>niemand notiert</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <location filename="../touchtimer/ui/safety/checkin_dialog.py" line="+54"/>
        <source>&amp;Yes</source>
        <extracomment>The questions in order; &quot;follow_up&quot; is asked only after a &quot;yes&quot;.</extracomment>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer yes</source>
        <translation>Mit Ja antworten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer no</source>
        <translation>Mit Nein antworten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skip this question</source>
        <translation>Diese Frage ü&amp;berspringen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leave this question unanswered</source>
        <translation>Diese Frage unbeantwortet lassen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Show what to do right now</source>
        <translation>Zeigen, was jetzt zu tun ist</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>For example:</source>
        <translation>Zum Beispiel:</translation>
    </message>
</context>
<context>
    <name>Chimes</name>
    <message>
        <location filename="../touchtimer/ui/platform/chimes.py" line="+56"/>
        <source> (on Linux, install the libpulse0 package)</source>
        <extracomment>A chime was started: (kind, volume).</extracomment>
        <translation> (unter Linux das Paket libpulse0 installieren)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sound module could not be loaded</source>
        <translation>das Soundmodul konnte nicht geladen werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the chime sound files are missing from {0}</source>
        <translation>die Klangdateien fehlen in {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no sound output device was found</source>
        <translation>es wurde kein Gerät für die Tonausgabe gefunden</translation>
    </message>
</context>
<context>
    <name>CrashSafety</name>
    <message>
        <location filename="../touchtimer/ui/session/crash_safety.py" line="+110"/>
        <source>This session cannot be written to disk just now; it goes on, and saving at the end will say what to do.</source>
        <translation>Diese Einheit kann gerade nicht auf dem Datenträger gespeichert werden; sie läuft weiter, und beim Speichern am Ende erfährst du, was zu tun ist.</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+4"/>
        <source>The file could not be written ({0}); please choose another place.</source>
        <translation>Die Datei konnte nicht geschrieben werden ({0}); bitte wähl einen anderen Ort.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This session is saved in {0}. It stays here too: Save again once there is room.</source>
        <translation>Diese Einheit ist in {0} gespeichert. Sie bleibt auch hier: Speichere noch einmal, sobald wieder Platz ist.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save this session as a file</source>
        <translation>Diese Einheit als Datei speichern</translation>
    </message>
</context>
<context>
    <name>CueChoice</name>
    <message>
        <location filename="../touchtimer/ui/settings/cue_choice.py" line="+42"/>
        <source>Voice &amp;and chimes</source>
        <translation>Stimme &amp;und Klänge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each stage and prompt is spoken, after a soft chime.</source>
        <translation>Jeder Schritt und jeder Hinweis wird gesprochen, nach einem sanften Klang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chimes onl&amp;y</source>
        <translation>Nur &amp;Klänge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A soft chime at each stage and prompt; nothing is spoken.</source>
        <translation>Ein sanfter Klang bei jedem Schritt und Hinweis; nichts wird gesprochen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ilent</source>
        <translation>S&amp;tumm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No sound for stages and prompts: look at the screen.</source>
        <translation>Kein Ton für Schritte und Hinweise: Schau auf den Bildschirm.</translation>
    </message>
</context>
<context>
    <name>CuePlayer</name>
    <message>
        <location filename="../touchtimer/ui/platform/cue_player.py" line="+35"/>
        <source>Next up: {title}.</source>
        <translation>Als Nächstes: {title}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nearly done.</source>
        <translation>Fast geschafft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When you are ready: {title}.</source>
        <translation>Wenn du so weit bist: {title}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That is the end of the routine. Take all the time you like.</source>
        <translation>Das ist das Ende des Ablaufs. Lass dir so viel Zeit, wie du magst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The session has ended. Take all the time you like.</source>
        <translation>Die Einheit ist beendet. Lass dir so viel Zeit, wie du magst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time to check baby&apos;s position. {items} When all of this is right, press Enter.</source>
        <translation>Zeit, die Lage deines Babys zu prüfen. {items} Wenn all das stimmt, drück die Eingabetaste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The position check is still on the screen. When all is right, press Enter.</source>
        <translation>Die Lageprüfung ist noch auf dem Bildschirm. Wenn alles stimmt, drück die Eingabetaste.</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Spoken cues and chimes are silent: {0}; {1}.</source>
        <extracomment>The status sentence changed (&quot;&quot; when every cue the settings ask for can play).</extracomment>
        <translation>Gesprochene Hinweise und Klänge sind stumm: {0}; {1}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Spoken cues are silent: {0}. Chimes still play.</source>
        <translation>Gesprochene Hinweise sind stumm: {0}. Die Klänge spielen weiter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chimes are silent: {0}.</source>
        <translation>Die Klänge sind stumm: {0}.</translation>
    </message>
</context>
<context>
    <name>DailyChart</name>
    <message>
        <location filename="../touchtimer/ui/history/daily_chart.py" line="+97"/>
        <source>%1 h</source>
        <extracomment>Colours for people in the chart: muted mid-tones, apart from each other, legible on light and dark.</extracomment>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>your daily target: %1 min</source>
        <translation>dein Tagesziel: %1 Min.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>not recorded</source>
        <translation>nicht notiert</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Daily skin-to-skin minutes</source>
        <translation>Minuten Haut-zu-Haut-Kontakt pro Tag</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 days, %2 in all, daily target %3 min</source>
        <translation>%1 Tage, insgesamt %2, Tagesziel %3 Min.</translation>
    </message>
</context>
<context>
    <name>DailyTargetField</name>
    <message>
        <location filename="../touchtimer/ui/babies/target_field.py" line="+27"/>
        <source>Own daily target</source>
        <extracomment>The most a target can be: a whole day.</extracomment>
        <translation>Eigenes Tagesziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This baby has an own daily target</source>
        <translation>Dieses Baby hat ein eigenes Tagesziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For this baby only, for example 4 or 8 hours a day for a baby born early; otherwise the general target in the settings applies</source>
        <translation>Nur für dieses Baby, zum Beispiel 4 oder 8 Stunden am Tag für ein zu früh geborenes Baby; sonst gilt das allgemeine Ziel aus den Einstellungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> h</source>
        <translation> Std.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily target, hours</source>
        <translation>Tagesziel, Stunden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily target, minutes</source>
        <translation>Tagesziel, Minuten</translation>
    </message>
</context>
<context>
    <name>DataDeletion</name>
    <message>
        <location filename="../touchtimer/ui/settings/data_deletion.py" line="+49"/>
        <source>Export my sessions</source>
        <translation>Meine Einheiten exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON, everything (*.json)</source>
        <translation>JSON, alles (*.json)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Available once the session on screen is saved or discarded.</source>
        <translation>Verfügbar, sobald die Einheit auf dem Bildschirm gespeichert oder verworfen ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Available once your sessions have been read.</source>
        <translation>Verfügbar, sobald deine Einheiten eingelesen sind.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The export could not be saved in {0} ({1}). Nothing has been deleted; you can choose another place.</source>
        <translation>Der Export konnte nicht in {0} gespeichert werden ({1}). Es wurde nichts gelöscht; du kannst einen anderen Ort wählen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your sessions are exported to {0}.</source>
        <translation>Deine Einheiten wurden nach {0} exportiert.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Your data was deleted, but touchtimer could not start a new, empty record of sessions ({0}). Please close and start it again.</source>
        <translation>Deine Daten wurden gelöscht, aber touchtimer konnte keine neue, leere Aufzeichnung der Einheiten anlegen ({0}). Bitte schließ touchtimer und starte es neu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All your data has been deleted. touchtimer carries on with an empty history.</source>
        <translation>Alle deine Daten wurden gelöscht. touchtimer macht mit einem leeren Verlauf weiter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most of your data has been deleted, but these files could not be removed: {0}. You can remove them yourself.</source>
        <translation>Die meisten deiner Daten wurden gelöscht, aber diese Dateien konnten nicht entfernt werden: {0}. Du kannst sie selbst entfernen.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../touchtimer/ui/widgets/date_field.py" line="+81"/>
        <source>for example 2025-10-22 or %1</source>
        <translation>zum Beispiel 2025-10-22 oder %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: choose on a calendar</source>
        <translation>%1: im Kalender wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the day on a calendar</source>
        <translation>Den Tag im Kalender wählen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, as understood</source>
        <translation>%1, wie verstanden</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 is empty; type a date (%2) or choose one on the calendar</source>
        <translation>%1 ist leer; gib ein Datum ein (%2) oder wähle eins im Kalender</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: “%2” is not a date; type it like this: %3</source>
        <translation>%1: „%2“ ist kein Datum; schreib es so: %3</translation>
    </message>
</context>
<context>
    <name>DeleteDataDialog</name>
    <message>
        <location filename="../touchtimer/ui/settings/delete_data_dialog.py" line="+36"/>
        <source>Delete all my data</source>
        <extracomment>The person wants to export first; the settings dialog connects this to its export action.</extracomment>
        <translation>Alle meine Daten löschen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This removes every session, note, mood and baby profile that touchtimer keeps on this computer, and every backup of them. It cannot be undone.</source>
        <translation>Damit werden alle Einheiten, Notizen, Stimmungsangaben und Babyprofile entfernt, die touchtimer auf diesem Computer speichert, und alle Sicherungskopien davon. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kept: your settings (they hold nothing about you or your baby), and any file you saved or exported somewhere else.</source>
        <translation>Erhalten bleiben: deine Einstellungen (sie enthalten nichts über dich oder dein Baby) und alle Dateien, die du woanders gespeichert oder exportiert hast.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export my sessions first…</source>
        <translation>Erst meine Einheiten exportieren…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Also delete the routine files I added</source>
        <translation>Auch die Ablauf-Dateien löschen, die ich hinzugefügt habe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I understand this cannot be undone</source>
        <translation>Ich verstehe, dass das nicht rückgängig gemacht werden kann</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete everything</source>
        <translation>Alles löschen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Also delete the routine files I added (%1)</source>
        <translation>Auch die Ablauf-Dateien löschen, die ich hinzugefügt habe (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files to be removed: %1, from the folder %2.</source>
        <translation>Zu entfernende Dateien: %1, aus dem Ordner %2.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../touchtimer/core/file_reading.py" line="+41"/>
        <source>it is a folder, not an ordinary file</source>
        <extracomment>What a parser raises for a document nested too deeply to read (Python&apos;s json and tomllib recurse; past the interpreter&apos;s limit they raise RecursionError, not their own error).</extracomment>
        <translation>sie ist ein Ordner, keine gewöhnliche Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a pipe (FIFO), not an ordinary file</source>
        <translation>sie ist eine Pipe (FIFO), keine gewöhnliche Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a device, not an ordinary file</source>
        <translation>sie ist ein Gerät, keine gewöhnliche Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a socket, not an ordinary file</source>
        <translation>sie ist ein Socket, keine gewöhnliche Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is not a regular file, not an ordinary file</source>
        <translation>sie ist keine reguläre Datei, keine gewöhnliche Datei</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>it is a folder, not a file</source>
        <translation>sie ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is too large ({size} bytes; at most {limit})</source>
        <translation>sie ist zu groß ({size} Bytes; höchstens {limit})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>it is too large (more than {limit})</source>
        <translation>sie ist zu groß (mehr als {limit})</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../touchtimer/ui/history/labels.py" line="+14"/>
        <source>Skin-to-skin</source>
        <translation>Haut-zu-Haut-Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Massage</source>
        <translation>Massage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ended early</source>
        <translation>früher beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>done</source>
        <translation>geschafft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped early</source>
        <translation>früher beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>moved on straight away</source>
        <translation>gleich weitergegangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved on after %1</source>
        <translation>nach %1 weitergegangen</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+11"/>
        <source>not noted</source>
        <translation>nicht notiert</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>calm</source>
        <translation>ruhig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fussy</source>
        <translation>unruhig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fell asleep</source>
        <translation>eingeschlafen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cried</source>
        <translation>geweint</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of 5</source>
        <translation>%1 von 5</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>open-ended</source>
        <translation>ohne feste Dauer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <location filename="../touchtimer/core/history/days.py" line="+28"/>
        <source>For babies born early, WHO guidance is kangaroo care for 8 to 24 hours a day, as many hours as you and your care team can manage, in hospital and at home. Any time skin-to-skin counts.</source>
        <extracomment>Shown next to the totals while a baby is in the kangaroo-care period (:func:`kangaroo_note_applies`; WHO 2022 recommendations for care of the preterm or low-birth-weight infant; WHO kangaroo mother care position paper, 2023).</extracomment>
        <translation>Für zu früh geborene Babys empfiehlt die WHO die Känguru-Methode 8 bis 24 Stunden am Tag, so viele Stunden, wie du und dein Behandlungsteam schaffen, im Krankenhaus und zu Hause. Jede Zeit mit Haut-zu-Haut-Kontakt zählt.</translation>
    </message>
    <message>
        <location filename="../touchtimer/ui/history/detail_extras.py" line="+41"/>
        <source>yes</source>
        <extracomment>The shared field of a session -&gt; the name ``store.sessions.update`` takes.</extracomment>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>not said</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>once</source>
        <translation>einmal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} times</source>
        <translation>{0}-mal</translation>
    </message>
</context>
<context>
    <name>HistoryFilterBar</name>
    <message>
        <location filename="../touchtimer/ui/history/filters.py" line="+45"/>
        <source>Baby</source>
        <translation>Baby</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who held or massaged</source>
        <translation>Wer gehalten oder massiert hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind of session</source>
        <translation>Art der Einheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skin-to-skin and massage</source>
        <translation>Haut-zu-Haut-Kontakt und Massage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skin-to-skin</source>
        <translation>Haut-zu-Haut-Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Massage</source>
        <translation>Massage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Routine</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dates</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All dates</source>
        <translation>Alle Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose dates…</source>
        <translation>Zeitraum wählen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>All babies</source>
        <translation>Alle Babys</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All routines</source>
        <translation>Alle Abläufe</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../touchtimer/ui/history/model.py" line="+183"/>
        <source>skin-to-skin %1</source>
        <translation>Haut-zu-Haut-Kontakt %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 massage</source>
        <translation>1 Massage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 massages</source>
        <translation>%1 Massagen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 to %2 (next day)</source>
        <translation>%1 bis %2 (am nächsten Tag)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../touchtimer/ui/history/view.py" line="+82"/>
        <source>Past sessions, newest first</source>
        <translation>Frühere Einheiten, neueste zuerst</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save every session as JSON (for a backup) or CSV (for a spreadsheet)</source>
        <translation>Alle Einheiten als JSON (zur Sicherung) oder als CSV (für eine Tabellenkalkulation) speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add sessions from a touchtimer JSON export</source>
        <translation>Einheiten aus einem JSON-Export von touchtimer hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print summary…</source>
        <translation>Zusammenfassung drucken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print a one- or two-page summary of the chosen dates for your health visitor or doctor</source>
        <translation>Eine ein- oder zweiseitige Zusammenfassung der gewählten Tage für deine Hebamme oder deine Ärztin bzw. deinen Arzt drucken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save summary as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same summary as a PDF file, to send or print later</source>
        <translation>Dieselbe Zusammenfassung als PDF-Datei, zum Verschicken oder um sie später zu drucken</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Sessions</source>
        <translation>E&amp;inheiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Daily totals</source>
        <translation>&amp;Tagessummen</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>No sessions match these choices.</source>
        <translation>Keine Einheiten passen zu dieser Auswahl.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions you finish will appear here.</source>
        <translation>Einheiten, die du abschließt, erscheinen hier.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Deleted the session from %1 at %2.</source>
        <translation>Einheit gelöscht: %1, %2.</translation>
    </message>
    <message>
        <location filename="../touchtimer/ui/history/files.py" line="+76"/>
        <source>Could not save the export.</source>
        <translation>Der Export konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 was not imported and nothing was changed. Here is what needs fixing:</source>
        <translation>%1 wurde nicht importiert, und nichts wurde geändert. Das muss korrigiert werden:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not import %1.</source>
        <translation>%1 konnte nicht importiert werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported %1: added %2, %3 already here.</source>
        <translation>%1 importiert: %2 hinzugefügt, %3 schon vorhanden.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Could not save the summary.</source>
        <translation>Die Zusammenfassung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 could not be written.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved the summary as %1.</source>
        <translation>Zusammenfassung als %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>JSON, everything (*.json)</source>
        <translation>JSON, alles (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV für Tabellenkalkulationen (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export sessions</source>
        <translation>Einheiten exportieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import sessions</source>
        <translation>Einheiten importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>touchtimer export (*.json);;All files (*)</source>
        <translation>touchtimer-Export (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sent the summary to %1.</source>
        <translation>Zusammenfassung an %1 gesendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the printer</source>
        <translation>den Drucker</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Print the summary</source>
        <translation>Zusammenfassung drucken</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../touchtimer/ui/routines/home_page.py" line="+61"/>
        <source>Who is this time for?</source>
        <extracomment>The parent chose who the session is for (the babies&apos; ids), to be remembered for the next start.</extracomment>
        <translation>Für wen ist diese Zeit?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Baby</source>
        <translation>Baby</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a baby profile; routines that suit their age come first</source>
        <translation>Wähl ein Babyprofil; Abläufe, die zu seinem Alter passen, kommen zuerst</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+146"/>
        <source>No one chosen</source>
        <translation>Niemand gewählt</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>&amp;Baby:</source>
        <translation>&amp;Baby:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also with</source>
        <translation>Auch mit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two babies at once (twins, say): the session counts for both</source>
        <translation>Zwei Babys auf einmal (etwa Zwillinge): Die Einheit zählt für beide</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+151"/>
        <source>No one else</source>
        <translation>Niemand sonst</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>&amp;And:</source>
        <translation>&amp;Und:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bab&amp;ies…</source>
        <translation>Bab&amp;ys…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Babies</source>
        <translation>Babys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a baby, or change a baby&apos;s details</source>
        <translation>Ein Baby hinzufügen oder die Angaben eines Babys ändern</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Routines</source>
        <translation>&amp;Abläufe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Routines</source>
        <translation>Abläufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a routine, then press Enter or Continue</source>
        <translation>Wähl einen Ablauf und drück dann die Eingabetaste oder Weiter</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Continue</source>
        <extracomment>Draws the routine rows; set when the first routines arrive (:meth:`set_data`).</extracomment>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Continue with this routine</source>
        <translation>Mit diesem Ablauf weitermachen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepare the chosen routine (Enter)</source>
        <translation>Den gewählten Ablauf vorbereiten (Eingabetaste)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A moment for &amp;you…</source>
        <translation>Ein Moment für &amp;dich…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A moment for you: optional check-in</source>
        <translation>Ein Moment für dich: freiwilliges Nachfragen, wie es dir geht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An optional check-in for you, the parent</source>
        <translation>Ein freiwilliges Nachfragen für dich, wie es dir geht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Close this notice</source>
        <translation>Diesen Hinweis schließen</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>{0} and {1}</source>
        <translation>{0} und {1}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Suitable now for {0}</source>
        <translation>Jetzt passend für {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All routines (these may not fit {0} now)</source>
        <translation>Alle Abläufe (diese passen jetzt vielleicht nicht für {0})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No routines could be loaded.</source>
        <translation>Es konnten keine Abläufe geladen werden.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Note: {0}</source>
        <translation>Hinweis: {0}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Chang&amp;e this routine…</source>
        <translation>Diesen Ablauf än&amp;dern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change this routine</source>
        <translation>Diesen Ablauf ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open your own routine in the routine editor</source>
        <translation>Deinen eigenen Ablauf im Ablauf-Editor öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Make my own version…</source>
        <translation>&amp;Eigene Version erstellen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make my own version of this routine</source>
        <translation>Eine eigene Version dieses Ablaufs erstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy this routine into the editor and change what you like; the original stays as it is</source>
        <translation>Diesen Ablauf in den Editor kopieren und ändern, was du möchtest; das Original bleibt, wie es ist</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../touchtimer/core/history/import_file.py" line="+23"/>
        <source>the file is too large ({size} MB); a touchtimer export is at most {most} MB</source>
        <translation>die Datei ist zu groß ({size} MB); ein Export von touchtimer hat höchstens {most} MB</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is empty; a touchtimer export is a JSON file</source>
        <translation>die Datei ist leer; ein Export von touchtimer ist eine JSON-Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this is not a text file (it holds binary data); a touchtimer export is a JSON text file</source>
        <translation>das ist keine Textdatei (sie enthält Binärdaten); ein Export von touchtimer ist eine JSON-Textdatei</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this is not a UTF-8 text file (unreadable byte at position {position}); a touchtimer export is a JSON text file</source>
        <translation>das ist keine UTF-8-Textdatei (unlesbares Byte an Position {position}); ein Export von touchtimer ist eine JSON-Textdatei</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this is not valid JSON (line {line}, column {column}: {error})</source>
        <translation>das ist kein gültiges JSON (Zeile {line}, Spalte {column}: {error})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this JSON is nested too deeply to be a touchtimer export</source>
        <translation>dieses JSON ist zu tief verschachtelt für einen Export von touchtimer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{path} was not read: {reason}; a touchtimer export is an ordinary file of at most {most} MB</source>
        <translation>{path} wurde nicht gelesen: {reason}; ein Export von touchtimer ist eine gewöhnliche Datei mit höchstens {most} MB</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>there is no file {path}</source>
        <translation>es gibt keine Datei {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} could not be read ({why})</source>
        <translation>{path} konnte nicht gelesen werden ({why})</translation>
    </message>
    <message numerus="yes">
        <location filename="../touchtimer/core/history/import_merge.py" line="+45"/>
        <source>%n session(s)</source>
        <extracomment>in the file, but deleted here since (shared deletions are final): not brought back stored only as an interrupted checkpoint, now replaced by the file&apos;s finished copy</extracomment>
        <translation>
            <numerusform>%n Einheit</numerusform>
            <numerusform>%n Einheiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n (baby|babies)</source>
        <translation>
            <numerusform>%n Baby</numerusform>
            <numerusform>%n Babys</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added {sessions} and {babies}, already there {same}</source>
        <translation>hinzugefügt: {sessions} und {babies}, schon vorhanden: {same}</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>{line} (%n of those differ from the file; the copy already here was kept)</source>
        <translation>
            <numerusform>{line} (%n davon weicht von der Datei ab; die hier vorhandene Fassung wurde behalten)</numerusform>
            <numerusform>{line} (%n davon weichen von der Datei ab; die hier vorhandene Fassung wurde behalten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>added %n caregiver(s)</source>
        <translation>
            <numerusform>%n betreuende Person hinzugefügt</numerusform>
            <numerusform>%n betreuende Personen hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>left out %n (entry|entries) deleted here since (deleted things do not come back)</source>
        <translation>
            <numerusform>%n Eintrag ausgelassen, der hier seitdem gelöscht wurde (Gelöschtes kommt nicht zurück)</numerusform>
            <numerusform>%n Einträge ausgelassen, die hier seitdem gelöscht wurden (Gelöschtes kommt nicht zurück)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>completed %n session(s) kept here only as interrupted</source>
        <translation>
            <numerusform>%n Einheit ergänzt, die hier nur als unterbrochen vorlag</numerusform>
            <numerusform>%n Einheiten ergänzt, die hier nur als unterbrochen vorlagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{line}; {more}</source>
        <translation>{line}; {more}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>no baby with id &quot;{id}&quot; in this file or in touchtimer</source>
        <translation>kein Baby mit der ID &quot;{id}&quot; in dieser Datei oder in touchtimer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no caregiver with id &quot;{id}&quot; in this file or in touchtimer</source>
        <translation>keine betreuende Person mit der ID &quot;{id}&quot; in dieser Datei oder in touchtimer</translation>
    </message>
    <message>
        <location filename="../touchtimer/core/history/import_words.py" line="+47"/>
        <source>session {number}</source>
        <extracomment>Lists in the file, and what one item of each is called.</extracomment>
        <translation>Einheit {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stage {number}</source>
        <translation>Schritt {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>baby {number}</source>
        <translation>Baby {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>caregiver {number}</source>
        <translation>betreuende Person {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its baby {number}</source>
        <translation>ihr Baby {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its caregiver {number}</source>
        <translation>ihre betreuende Person {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its response {number}</source>
        <translation>ihre Reaktion {number}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the id</source>
        <extracomment>Each field, as a person calls it.</extracomment>
        <translation>die ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the name</source>
        <translation>der Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the date of birth</source>
        <translation>das Geburtsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the due date</source>
        <translation>der errechnete Termin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the date the profile was added</source>
        <translation>das Datum, an dem das Profil angelegt wurde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the routine&apos;s id</source>
        <translation>die ID des Ablaufs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the routine&apos;s title</source>
        <translation>der Titel des Ablaufs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the kind of session</source>
        <translation>die Art der Einheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the start</source>
        <translation>der Beginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the end</source>
        <translation>das Ende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the day</source>
        <translation>der Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the planned time</source>
        <translation>die geplante Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the time spent</source>
        <translation>die verbrachte Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how it ended</source>
        <translation>wie sie endete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>how the baby responded</source>
        <translation>wie das Baby reagiert hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the mood before</source>
        <translation>die Stimmung vorher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the mood after</source>
        <translation>die Stimmung nachher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the note</source>
        <translation>die Notiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the stages</source>
        <translation>die Schritte</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+11"/>
        <source>the babies</source>
        <translation>die Babys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sessions</source>
        <translation>die Einheiten</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>the format version</source>
        <translation>die Formatversion</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>its place</source>
        <translation>seine Stelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the title</source>
        <translation>der Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the side</source>
        <translation>die Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the format</source>
        <translation>das Format</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the export time</source>
        <translation>der Zeitpunkt des Exports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the caregivers</source>
        <translation>die betreuenden Personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who held or massaged baby</source>
        <translation>wer gehalten oder massiert hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>whether she is the mother</source>
        <translation>ob sie die Mutter ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>whether baby fed at the breast</source>
        <translation>ob das Baby an der Brust getrunken hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how many times the hold was interrupted</source>
        <translation>wie oft das Halten unterbrochen wurde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each baby&apos;s response</source>
        <translation>die Reaktion jedes Babys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>whether baby is in neonatal care</source>
        <translation>ob das Baby auf der Neugeborenenstation ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the baby&apos;s daily target</source>
        <translation>das Tagesziel des Babys</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file</source>
        <extracomment>The fields whose whole numbers are seconds (&quot;a whole number of seconds from 0 to ...&quot;).</extracomment>
        <translation>die Datei</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{either} or {other}</source>
        <extracomment>Details said as &quot;{field} is {detail}&quot; (too long, too early, not text that can be saved...).</extracomment>
        <translation>{either} oder {other}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>one of {choices}</source>
        <translation>eines von {choices}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a whole number of seconds, {low} or more</source>
        <translation>eine ganze Zahl von Sekunden, {low} oder mehr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number, {low} or more</source>
        <translation>eine ganze Zahl, {low} oder mehr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a whole number of seconds from {low} to {high}</source>
        <translation>eine ganze Zahl von Sekunden von {low} bis {high}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a whole number from {low} to {high}</source>
        <translation>eine ganze Zahl von {low} bis {high}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the field &quot;{key}&quot; is missing</source>
        <translation>es fehlt das Feld &quot;{key}&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;{value}&quot; is listed twice</source>
        <translation>&quot;{value}&quot; steht zweimal in der Liste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;{value}&quot; is the same id as {other}</source>
        <translation>&quot;{value}&quot; ist dieselbe ID wie {other}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{place}, {more}</source>
        <translation>{place}, {more}</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+26"/>
        <source>{place}: {detail}</source>
        <translation>{place}: {detail}</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>{place}: {field} is missing</source>
        <translation>{place}: es fehlt {field}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{place}: {field} must be {expected} (the file has {value})</source>
        <translation>{place}: {field} muss {expected} sein (in der Datei steht {value})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{place}: this must be {expected} (the file has {value})</source>
        <translation>{place}: das muss {expected} sein (in der Datei steht {value})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{place}: {field} is {detail}</source>
        <translation>{place}: {field} ist {detail}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{place}: this is {detail}</source>
        <translation>{place}: das ist {detail}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{place}, {field}: {detail}</source>
        <translation>{place}, {field}: {detail}</translation>
    </message>
    <message>
        <location filename="../touchtimer/core/history/import_check.py" line="+98"/>
        <source>{path}: not a field touchtimer knows; it was ignored</source>
        <extracomment>Every export version this touchtimer reads (a version 1 file imports exactly as it always did).</extracomment>
        <translation>{path}: kein Feld, das touchtimer kennt; es wurde übergangen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>text that is not empty</source>
        <translation>nicht leerer Text</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>a date like &quot;2026-01-31&quot;</source>
        <translation>ein Datum wie &quot;2026-01-31&quot;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a date and time with its UTC offset, like &quot;2026-01-31T21:05:00+00:00&quot;</source>
        <translation>ein Datum mit Uhrzeit und UTC-Versatz, wie &quot;2026-01-31T21:05:00+00:00&quot;</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+23"/>
        <location line="+18"/>
        <location filename="../touchtimer/core/history/import_v2.py" line="+76"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the session ends ({end}) before it starts ({start})</source>
        <translation>die Einheit endet ({end}), bevor sie beginnt ({start})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a list of baby ids</source>
        <translation>eine Liste von Baby-IDs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a list of stages</source>
        <translation>eine Liste von Schritten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{position} is already used by {other}</source>
        <translation>{position} wird schon verwendet von {other}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>expected a JSON object with &quot;format_version&quot;, &quot;babies&quot; and &quot;sessions&quot;, got {kind}</source>
        <translation>erwartet wird ein JSON-Objekt mit &quot;format_version&quot;, &quot;babies&quot; und &quot;sessions&quot;, gefunden: {kind}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>missing; this does not look like a touchtimer export</source>
        <translation>fehlt; das sieht nicht nach einem Export von touchtimer aus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this file is format {version}, written by a newer touchtimer; this version reads format {readable} and earlier. Please update touchtimer.</source>
        <translation>diese Datei hat Format {version} und stammt von einem neueren touchtimer; diese Version liest Format {readable} und älter. Bitte aktualisiere touchtimer.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+15"/>
        <location filename="../touchtimer/core/history/import_v2.py" line="-7"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location filename="../touchtimer/core/history/import_limits.py" line="+48"/>
        <source>too early ({day}; the earliest day touchtimer keeps is {first})</source>
        <translation>zu früh ({day}; der früheste Tag, den touchtimer speichert, ist der {first})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>too late ({day}; the latest day touchtimer keeps is {last})</source>
        <translation>zu spät ({day}; der späteste Tag, den touchtimer speichert, ist der {last})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>too early ({moment}; the earliest moment touchtimer keeps is {first})</source>
        <translation>zu früh ({moment}; der früheste Zeitpunkt, den touchtimer speichert, ist der {first})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too late ({moment}; the latest moment touchtimer keeps is {last})</source>
        <translation>zu spät ({moment}; der späteste Zeitpunkt, den touchtimer speichert, ist der {last})</translation>
    </message>
    <message>
        <location filename="../touchtimer/core/history/import_v2.py" line="-32"/>
        <source>a list of caregiver ids</source>
        <translation>eine Liste von IDs betreuender Personen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an object of baby id to response</source>
        <translation>ein Objekt von Baby-ID zu Reaktion</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>baby ids as keys</source>
        <translation>Baby-IDs als Schlüssel</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+25"/>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location filename="../touchtimer/core/limits.py" line="+40"/>
        <source>too long ({count} characters; at most {limit})</source>
        <extracomment>Characters in a session&apos;s note (the summary page and the history&apos;s note box stop here). Characters in a routine&apos;s or a stage&apos;s title (``check`` refuses longer; a session keeps them). Characters in an id (a session&apos;s, a baby&apos;s, a routine&apos;s as a session records it). Characters in a baby&apos;s name (the babies dialog and ``profiles.check_baby`` say so). Seconds in a session or a stage: a year, far past any session, well inside SQLite&apos;s integers. A stage&apos;s place in its session. The first and last day a session, a birth or a due date may fall on: every moment between them is a moment in every time zone, so no history, CSV or page ever overflows on it.</extracomment>
        <translation>zu lang ({count} Zeichen; höchstens {limit})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not text that can be saved (a lone surrogate, {code}, at character {at})</source>
        <translation>kein Text, der sich speichern lässt (ein einzelnes Ersatzzeichen, {code}, bei Zeichen {at})</translation>
    </message>
</context>
<context>
    <name>ImportResult</name>
    <message>
        <location filename="../touchtimer/ui/history/import_result.py" line="+63"/>
        <source>Close</source>
        <extracomment>The most lines of details shown at once.</extracomment>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this notice</source>
        <translation>Diesen Hinweis schließen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import details</source>
        <translation>Details zum Import</translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message numerus="yes">
        <location filename="../touchtimer/ui/history/files.py" line="-141"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Einheit</numerusform>
            <numerusform>%n Einheiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n session(s) in the file differ from the ones here; yours were kept.</source>
        <translation>
            <numerusform>%n Einheit in der Datei weicht von der hier ab; deine wurde behalten.</numerusform>
            <numerusform>%n Einheiten in der Datei weichen von denen hier ab; deine wurden behalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n session(s) kept here only as interrupted were completed from the file.</source>
        <translation>
            <numerusform>%n Einheit, die hier nur als unterbrochen gespeichert war, wurde aus der Datei ergänzt.</numerusform>
            <numerusform>%n Einheiten, die hier nur als unterbrochen gespeichert waren, wurden aus der Datei ergänzt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KangarooDetails</name>
    <message>
        <location filename="../touchtimer/ui/session/summary_details.py" line="-140"/>
        <source>Fed at the breast during the hold? (B)</source>
        <extracomment>Most interruptions the stepper counts (a long day in the neonatal unit, not a score).</extracomment>
        <translation>Beim Halten an der Brust getrunken? (B)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not said</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fed at the breast: {0}</source>
        <translation>An der Brust getrunken: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: whether baby fed at the breast during the hold (B)</source>
        <translation>Freiwillig: ob das Baby beim Halten an der Brust getrunken hat (B)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Times interrupted:</source>
        <translation>Wie oft unterbrochen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One interruption fewer</source>
        <translation>Eine Unterbrechung weniger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One fewer (−); below none it is not said</source>
        <translation>Eine weniger (−); unter keiner ist es nicht angegeben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One interruption more</source>
        <translation>Eine Unterbrechung mehr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One more time the hold was interrupted (+)</source>
        <translation>Das Halten wurde noch einmal unterbrochen (+)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>not said</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>once</source>
        <translation>einmal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0} times</source>
        <translation>{0}-mal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Times interrupted: {0}</source>
        <translation>Wie oft unterbrochen: {0}</translation>
    </message>
</context>
<context>
    <name>LanguageRow</name>
    <message>
        <location filename="../touchtimer/ui/settings/language_row.py" line="+25"/>
        <source>Follow the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of the window, the routines and the voice</source>
        <translation>Die Sprache des Fensters, der Abläufe und der Stimme</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A new choice is used from the next time touchtimer starts.</source>
        <translation>Eine neue Auswahl gilt ab dem nächsten Start von touchtimer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>touchtimer will be in %1 from the next time it starts.</source>
        <translation>Ab dem nächsten Start ist touchtimer auf %1.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../touchtimer/ui/main_window.py" line="+140"/>
        <source>Loading…</source>
        <extracomment>A session was saved to the store (the argument is the saved :class:`SessionRecord`). A discard was written, or refused by the data file (the argument is its ``DiscardResult``). Saving the finished session failed (the argument is its ``SaveResult``); it stays on the summary. The session could not be checkpointed (the argument says why); it goes on regardless. The parent&apos;s own routines folder (where the editor saves); known once the data is loaded. The session on screen, from Start until it is saved or discarded. Where the session&apos;s writes go (made with the store): a thread of its own. Sharing the history through a folder (``ui/sharing/wiring.attach_sharing``), once wired. How many times the actions were brought in line with the session (a test reads it).</extracomment>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no routine called “{0}”. Choose one below (known routines: {1}).</source>
        <translation>Es gibt keinen Ablauf namens „{0}“. Wähl unten einen aus (bekannte Abläufe: {1}).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{0} — touchtimer</source>
        <translation>{0} — touchtimer</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Keep going</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>End the session and close?</source>
        <translation>Einheit beenden und schließen?</translation>
    </message>
    <message numerus="yes">
        <location line="-169"/>
        <source>%n routine file(s) could not be read and were left out. Run “touchtimer check FILE” to see why.</source>
        <translation>
            <numerusform>%n Ablauf-Datei konnte nicht gelesen werden und wurde weggelassen. Führe „touchtimer check DATEI“ aus, um zu sehen, warum.</numerusform>
            <numerusform>%n Ablauf-Dateien konnten nicht gelesen werden und wurden weggelassen. Führe „touchtimer check DATEI“ aus, um zu sehen, warum.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+170"/>
        <source>The session so far will be saved, marked as ended early.</source>
        <translation>Die Einheit wird bis hierher gespeichert und als früher beendet markiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End and close</source>
        <translation>Beenden und schließen</translation>
    </message>
</context>
<context>
    <name>MassageWords</name>
    <message numerus="yes">
        <location filename="../touchtimer/ui/history/totals.py" line="+65"/>
        <source>Massage: %n session(s).</source>
        <translation>
            <numerusform>Massage: %n Einheit.</numerusform>
            <numerusform>Massage: %n Einheiten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Massage: %n session(s), about %1 a week.</source>
        <translation>
            <numerusform>Massage: %n Einheit, etwa %1 pro Woche.</numerusform>
            <numerusform>Massage: %n Einheiten, etwa %1 pro Woche.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MediaKeys</name>
    <message>
        <location filename="../touchtimer/ui/platform/media_keys.py" line="+199"/>
        <source>Stage done</source>
        <extracomment>What each player method does, by the session&apos;s state: the name of the window action to run. How many times touchtimer tried to go on the bus (once per session at most).</extracomment>
        <translation>Schritt geschafft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready for “{0}”</source>
        <translation>Bereit für „{0}“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} — {1} min left</source>
        <translation>{0} — noch {1} Min.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} — {1} min so far</source>
        <translation>{0} — bisher {1} Min.</translation>
    </message>
</context>
<context>
    <name>MinutesSeconds</name>
    <message>
        <location filename="../touchtimer/ui/routines/stage_editor.py" line="+79"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, minutes</source>
        <translation>%1, Minuten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> s</source>
        <translation> Sek.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, seconds</source>
        <translation>%1, Sekunden</translation>
    </message>
</context>
<context>
    <name>Mood</name>
    <message>
        <location filename="../touchtimer/ui/session/presession_page.py" line="+43"/>
        <source>Rather not say</source>
        <translation>Möchte ich nicht sagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 · very low</source>
        <translation>1 · sehr schlecht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 · low</source>
        <translation>2 · schlecht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 · okay</source>
        <translation>3 · es geht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 · good</source>
        <translation>4 · gut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 · very good</source>
        <translation>5 · sehr gut</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <location filename="../touchtimer/ui/babies/people_dialog.py" line="+40"/>
        <location line="+7"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The people who hold or massage baby. Before each session you choose who it is (W), and History shows each person&apos;s time. Any names you like.</source>
        <translation>Die Personen, die das Baby halten oder massieren. Vor jeder Einheit wählst du, wer es ist (W), und der Verlauf zeigt die Zeit jeder Person. Die Namen wählst du ganz frei.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nobody yet. Add the first person below.</source>
        <translation>Noch niemand. Füg unten die erste Person hinzu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A name, for example Mum, Dad or Grandma</source>
        <translation>Ein Name, zum Beispiel Mama, Papa oder Oma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is baby&apos;s &amp;mother</source>
        <translation>Das ist die &amp;Mutter des Babys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Her time is shown apart in History and the PDF summary, as kangaroo-care units report it</source>
        <translation>Ihre Zeit wird im Verlauf und in der PDF-Zusammenfassung getrennt gezeigt, so wie Stationen mit Känguru-Methode sie erfassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a new person with this name</source>
        <translation>Eine neue Person mit diesem Namen hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the chosen person this name</source>
        <translation>Der gewählten Person diesen Namen geben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the chosen person; their sessions stay in history</source>
        <translation>Die gewählte Person entfernen; ihre Einheiten bleiben im Verlauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is baby&apos;s mother</source>
        <translation>Das ist die Mutter des Babys</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{0} (baby&apos;s mother)</source>
        <translation>{0} (Mutter des Babys)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Remove {0}?</source>
        <translation>{0} entfernen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove {0} from the list? Their sessions stay in your history, without their name.</source>
        <translation>{0} aus der Liste entfernen? Die Einheiten bleiben in deinem Verlauf, ohne den Namen.</translation>
    </message>
</context>
<context>
    <name>PreSessionPage</name>
    <message>
        <location filename="../touchtimer/ui/session/presession_page.py" line="+67"/>
        <source>How are you feeling (optional)</source>
        <translation>Wie fühlst du dich (freiwillig)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: how you feel right now, from 1 (very low) to 5 (very good)</source>
        <translation>Freiwillig: wie du dich gerade fühlst, von 1 (sehr schlecht) bis 5 (sehr gut)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How are you &amp;feeling?</source>
        <translation>Wie &amp;fühlst du dich?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A moment for &amp;you…</source>
        <translation>Ein Moment für &amp;dich…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A moment for you: optional check-in</source>
        <translation>Ein Moment für dich: freiwilliges Nachfragen, wie es dir geht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An optional check-in for you, the parent</source>
        <translation>Ein freiwilliges Nachfragen für dich, wie es dir geht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Wait for me between stages</source>
        <translation>Zwischen den Schritten auf mich &amp;warten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait for me between stages</source>
        <translation>Zwischen den Schritten auf mich warten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When a stage ends, hold until you press Next</source>
        <translation>Wenn ein Schritt endet, warten, bis du Weiter drückst</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose &amp;another</source>
        <translation>&amp;Anderen wählen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose another routine</source>
        <translation>Einen anderen Ablauf wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to the list of routines</source>
        <translation>Zurück zur Liste der Abläufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+120"/>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location line="-120"/>
        <location line="+122"/>
        <source>Start the session</source>
        <translation>Die Einheit starten</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Start the session (Enter)</source>
        <translation>Die Einheit starten (Eingabetaste)</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Evidence notes: {0}</source>
        <translation>Hinweise zur Studienlage: {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About a minute after baby is on your chest, touchtimer shows this list again and asks you to check it, with one key.</source>
        <translation>Etwa eine Minute, nachdem dein Baby auf deiner Brust liegt, zeigt touchtimer diese Liste noch einmal und bittet dich, sie zu prüfen, mit einer einzigen Taste.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Signs your baby is enjoying it</source>
        <translation>Zeichen, dass dein Baby es genießt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signs to pause: rest your hands still</source>
        <translation>Zeichen für eine Pause: Lass deine Hände ruhig liegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signs to stop for today</source>
        <translation>Zeichen, für heute aufzuhören</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>I have read this: &amp;Start</source>
        <translation>Ich habe das gelesen: &amp;Starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have read this: start the session</source>
        <translation>Ich habe das gelesen: die Einheit starten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read this, then press Enter to start.</source>
        <translation>Lies das und drück dann die Eingabetaste, um zu starten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Enter to start anyway.</source>
        <translation>Drück die Eingabetaste, um trotzdem zu starten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready when you are.</source>
        <translation>Bereit, wenn du es bist.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This routine may not suit {0} now: {1}. You can still go ahead if you know it is right, for example if your care team has said yes.</source>
        <translation>Dieser Ablauf passt jetzt vielleicht nicht für {0}: {1}. Du kannst trotzdem weitermachen, wenn du weißt, dass es richtig ist, zum Beispiel wenn dein Behandlungsteam Ja gesagt hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>your baby</source>
        <translation>dein Baby</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These suit now:</source>
        <translation>Diese passen jetzt:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Prepare {0} instead</source>
        <translation>Stattdessen {0} vorbereiten</translation>
    </message>
</context>
<context>
    <name>Recommendation</name>
    <message>
        <location filename="../touchtimer/core/babies/ages.py" line="+189"/>
        <source>needs your care team&apos;s agreement</source>
        <translation>braucht das Einverständnis deines Behandlungsteams</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>born early: massage before the due date needs your care team&apos;s agreement</source>
        <translation>zu früh geboren: Massage vor dem errechneten Termin braucht das Einverständnis deines Behandlungsteams</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>before the due date or in neonatal care, skin-to-skin needs your care team&apos;s agreement; Kangaroo hold is written for this time</source>
        <translation>vor dem errechneten Termin oder auf der Neugeborenenstation braucht Haut-zu-Haut-Kontakt das Einverständnis deines Behandlungsteams; der Ablauf Känguru-Methode ist für diese Zeit geschrieben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>before the due date or in neonatal care, fathers and partners use Kangaroo hold, with the care team&apos;s agreement</source>
        <translation>vor dem errechneten Termin oder auf der Neugeborenenstation nutzen Väter und Partner den Ablauf Känguru-Methode, mit dem Einverständnis des Behandlungsteams</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for babies born early (preterm)</source>
        <translation>für zu früh geborene Babys</translation>
    </message>
</context>
<context>
    <name>ResumeQuestion</name>
    <message>
        <location filename="../touchtimer/ui/session/reliability_prompts.py" line="+59"/>
        <source>Continue your session?</source>
        <translation>Deine Einheit fortsetzen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” stopped unexpectedly after %2. It is saved as interrupted.</source>
        <translation>„%1“ hat nach %2 unerwartet aufgehört. Die Einheit ist als unterbrochen gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You can continue it where it stopped, or leave it as it is.</source>
        <translation>Du kannst sie dort fortsetzen, wo sie aufgehört hat, oder sie so lassen, wie sie ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave it</source>
        <translation>So lassen</translation>
    </message>
</context>
<context>
    <name>RoutineEditing</name>
    <message>
        <location filename="../touchtimer/ui/window/routine_editing.py" line="+42"/>
        <source>Import a routine file</source>
        <translation>Ablauf-Datei importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routine files (*.toml)</source>
        <translation>Ablauf-Dateien (*.toml)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Your routine is ready on Home.</source>
        <translation>Dein Ablauf ist auf der Startseite bereit.</translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <location filename="../touchtimer/ui/routines/editor.py" line="+57"/>
        <source>Edit routine</source>
        <translation>Ablauf bearbeiten</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 (my version)</source>
        <translation>%1 (meine Version)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Built-in routines stay as they are. This is your own copy of “%1”; change what you like and save it.</source>
        <translation>Eingebaute Abläufe bleiben, wie sie sind. Das ist deine eigene Kopie von „%1“; ändere, was du möchtest, und speichere sie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your routine, saved in %1.</source>
        <translation>Dein Ablauf, gespeichert in %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Evidence notes (%1) stay as in the original, with their sources.</source>
        <translation>Die Hinweise zur Studienlage (%1) bleiben wie im Original, mit ihren Quellen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>open-ended</source>
        <translation>ohne feste Dauer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no title yet)</source>
        <translation>(noch kein Titel)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Saved in your routines folder as %1</source>
        <translation>Gespeichert in deinem Ablauf-Ordner als %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Will be saved in your routines folder as %1</source>
        <translation>Wird in deinem Ablauf-Ordner gespeichert als %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New stage</source>
        <translation>Neuer Schritt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What to do, in a sentence.</source>
        <translation>Was zu tun ist, in einem Satz.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>another routine already uses “%1”; choose another file name</source>
        <translation>ein anderer Ablauf verwendet schon „%1“; wähl einen anderen Dateinamen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>  (needs a change)</source>
        <translation>  (muss geändert werden)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>One thing to change before saving:</source>
        <translation>Vor dem Speichern ist eine Sache zu ändern:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 things to change before saving:</source>
        <translation>Vor dem Speichern sind %1 Dinge zu ändern:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Replace the file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A routine file named %1 is already in your routines folder. Replace it with this routine?</source>
        <translation>In deinem Ablauf-Ordner gibt es schon eine Ablauf-Datei namens %1. Soll sie durch diesen Ablauf ersetzt werden?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not saved: choose another file name.</source>
        <translation>Nicht gespeichert: Wähl einen anderen Dateinamen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not saved: %1 already exists.</source>
        <translation>Nicht gespeichert: %1 gibt es schon.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved as %1.</source>
        <translation>Gespeichert als %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A new copy: the original stays as it was.</source>
        <translation>Eine neue Kopie: Das Original bleibt, wie es war.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not exported: %1</source>
        <translation>Nicht exportiert: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported to %1. Import it in touchtimer on another computer to use the same routine.</source>
        <translation>Exportiert nach %1. Importiere die Datei in touchtimer auf einem anderen Computer, um dort denselben Ablauf zu nutzen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export routine</source>
        <translation>Ablauf exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+41"/>
        <source>Routine files (*.toml)</source>
        <translation>Ablauf-Dateien (*.toml)</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Choose a file name</source>
        <translation>Dateinamen wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You already have a routine called “%1”. Import this one under another name:</source>
        <translation>Du hast schon einen Ablauf namens „%1“. Importiere diesen unter einem anderen Namen:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This routine file cannot be used</source>
        <translation>Diese Ablauf-Datei kann nicht verwendet werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not imported: the file needs a change (%1).</source>
        <translation>Nicht importiert: Die Datei muss geändert werden (%1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not imported.</source>
        <translation>Nicht importiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not imported: %1</source>
        <translation>Nicht importiert: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported as %1.</source>
        <translation>Importiert als %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import routine</source>
        <translation>Ablauf importieren</translation>
    </message>
    <message>
        <location filename="../touchtimer/ui/routines/editor_wording.py" line="+27"/>
        <source>{what} {problem}</source>
        <translation>{what} {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what}: {problem}</source>
        <translation>{what}: {problem}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the youngest age</source>
        <translation>das jüngste Alter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the oldest age</source>
        <translation>das älteste Alter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stage %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, prompt %1</source>
        <translation>, Hinweis %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>instruction</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>time</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>repeat time</source>
        <translation>Wiederholungsabstand</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Kurzbeschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Age band</source>
        <translation>Altersbereich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stages</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Routine</source>
        <translation>Ablauf</translation>
    </message>
</context>
<context>
    <name>RoutineEditorLayout</name>
    <message>
        <location filename="../touchtimer/ui/routines/editor_layout.py" line="+60"/>
        <source>About this copy</source>
        <extracomment>Routine-level fields that have a message label of their own. The screen space to fit in; None means the screen the dialog is on.</extracomment>
        <translation>Zu dieser Kopie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The routine&apos;s name, as shown in the list</source>
        <translation>Der Name des Ablaufs, wie er in der Liste steht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Skin-to-skin</source>
        <translation>Haut-zu-Haut-Kontakt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Massage</source>
        <translation>Massage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skin-to-skin or massage</source>
        <translation>Haut-zu-Haut-Kontakt oder Massage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Youngest age, weeks</source>
        <translation>Jüngstes Alter, Wochen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Suits babies from this many weeks</source>
        <translation>Passt für Babys ab so vielen Wochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oldest age, weeks</source>
        <translation>Ältestes Alter, Wochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suits babies up to this many weeks (104 weeks is two years)</source>
        <translation>Passt für Babys bis zu so vielen Wochen (104 Wochen sind zwei Jahre)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> weeks</source>
        <translation> Wochen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>from</source>
        <translation>ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Age band</source>
        <translation>Altersbereich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>Kurzbeschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One or two sentences about the routine</source>
        <translation>Ein oder zwei Sätze über den Ablauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Summary</source>
        <translation>&amp;Kurzbeschreibung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One item a line</source>
        <translation>Ein Punkt pro Zeile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One safety point a line</source>
        <translation>Ein Sicherheitshinweis pro Zeile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One reason a line</source>
        <translation>Ein Grund pro Zeile</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About this routine</source>
        <translation>Über diesen Ablauf</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <location line="+25"/>
        <source>Stages</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>The stages in order; choose one to change it</source>
        <translation>Die Schritte der Reihe nach; wähl einen aus, um ihn zu ändern</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Add stage</source>
        <translation>Neuer Schritt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a stage after the chosen one</source>
        <translation>Einen Schritt nach dem gewählten hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Remove stage</source>
        <translation>Schritt löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the chosen stage</source>
        <translation>Den gewählten Schritt löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move stage up</source>
        <translation>Schritt nach oben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the chosen stage earlier</source>
        <translation>Den gewählten Schritt nach vorne verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move stage down</source>
        <translation>Schritt nach unten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the chosen stage later</source>
        <translation>Den gewählten Schritt nach hinten verschieben</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Routine</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything that needs a change</source>
        <translation>Alles, was geändert werden muss</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a routine file</source>
        <translation>Ablauf-Datei importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check a routine file (from a partner, say) and add it to your routines</source>
        <translation>Eine Ablauf-Datei prüfen (etwa von deiner Partnerin oder deinem Partner) und zu deinen Abläufen hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export this routine</source>
        <translation>Diesen Ablauf exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write this routine to a file you can share</source>
        <translation>Diesen Ablauf in eine Datei schreiben, die du weitergeben kannst</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Make a copy</source>
        <translation>Kopie erstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the original as it is and make a new routine from this one</source>
        <translation>Das Original so lassen, wie es ist, und aus diesem einen neuen Ablauf erstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save routine</source>
        <translation>Ablauf speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save to your routines folder</source>
        <translation>In deinem Ablauf-Ordner speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close without saving</source>
        <translation>Schließen, ohne zu speichern</translation>
    </message>
</context>
<context>
    <name>RoutineFile</name>
    <message>
        <location filename="../touchtimer/core/routines/checker.py" line="+82"/>
        <source>needs exactly one of at_seconds, at_minutes, every_seconds, every_minutes; found {found}</source>
        <translation>braucht genau eines von at_seconds, at_minutes, every_seconds, every_minutes; gefunden: {found}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>needs exactly one of at_seconds, at_minutes, every_seconds, every_minutes</source>
        <translation>braucht genau eines von at_seconds, at_minutes, every_seconds, every_minutes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>falls at {at} s, but the stage lasts only {length} s; expected a time inside the stage</source>
        <translation>liegt bei {at} s, aber der Schritt dauert nur {length} s; erwartet wird eine Zeit innerhalb des Schritts</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>needs exactly one of minutes, seconds or open_ended = true; found {found}</source>
        <translation>braucht genau eines von minutes, seconds oder open_ended = true; gefunden: {found}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>needs exactly one of minutes, seconds or open_ended = true</source>
        <translation>braucht genau eines von minutes, seconds oder open_ended = true</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>only an open-ended stage can have a target; add open_ended = true or remove target_minutes</source>
        <translation>nur ein Schritt ohne feste Dauer kann ein Ziel haben; füge open_ended = true hinzu oder entferne target_minutes</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>got {got}; expected {version}, the only routine format this version of touchtimer reads</source>
        <translation>gefunden: {got}; erwartet wird {version}, das einzige Ablaufformat, das diese Version von touchtimer liest</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{id} is not a valid id; expected lower-case letters, digits and dashes, starting with a letter or digit (at most 64)</source>
        <translation>{id} ist keine gültige ID; erwartet werden Kleinbuchstaben, Ziffern und Bindestriche, beginnend mit einem Buchstaben oder einer Ziffer (höchstens 64)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{code} is not a language code; expected two or three lower-case letters, such as &apos;en&apos; (the default) or &apos;es&apos;</source>
        <translation>{code} ist kein Sprachcode; erwartet werden zwei oder drei Kleinbuchstaben, etwa &apos;en&apos; (die Vorgabe) oder &apos;es&apos;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{high} is below {youngest} ({low}); expected {oldest} to be at least {youngest}</source>
        <translation>{high} liegt unter {youngest} ({low}); erwartet wird, dass {oldest} mindestens {youngest} ist</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>expected a table ([cues]), got {got}</source>
        <translation>erwartet wird eine Tabelle ([cues]), gefunden: {got}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is missing; expected at least one [[stages]] table</source>
        <translation>fehlt; erwartet wird mindestens eine [[stages]]-Tabelle</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is empty; expected at least one [[stages]] table</source>
        <translation>ist leer; erwartet wird mindestens eine [[stages]]-Tabelle</translation>
    </message>
    <message>
        <location filename="../touchtimer/core/routines/fields.py" line="+39"/>
        <source>true/false</source>
        <translation>wahr/falsch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number ({value})</source>
        <translation>eine Zahl ({value})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text ({value})</source>
        <translation>Text ({value})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a table</source>
        <translation>eine Tabelle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a whole number of seconds</source>
        <extracomment>&quot;expected a whole number of seconds from ... to ...&quot;, by (whole number, unit).</extracomment>
        <translation>eine ganze Zahl von Sekunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number of seconds</source>
        <translation>eine Zahl von Sekunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number of minutes</source>
        <translation>eine ganze Zahl von Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number of minutes</source>
        <translation>eine Zahl von Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number of weeks</source>
        <translation>eine ganze Zahl von Wochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number of weeks</source>
        <translation>eine Zahl von Wochen</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../touchtimer/core/routines/translations.py" line="+112"/>
        <source>a line break</source>
        <extracomment>Text keys that must stay on one line (an id, a title, a source); other text may hold line breaks and tabs. Every character Unicode calls a control (category Cc: C0, DEL and C1), line breaks and tabs too.
----------
Control characters (C0 and DEL); the second also lets line breaks and tabs through. Searched first, so that text without any (nearly all) is not walked a character at a time at every start.</extracomment>
        <translation>einen Zeilenumbruch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a tab</source>
        <translation>einen Tabulator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the control character {code}</source>
        <translation>das Steuerzeichen {code}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contains {name} at character {position}; expected one line of plain text</source>
        <translation>enthält {name} an Zeichen {position}; erwartet wird eine Zeile einfacher Text</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>contains {name} at character {position}; expected plain text (line breaks and tabs are fine)</source>
        <translation>enthält {name} an Zeichen {position}; erwartet wird einfacher Text (Zeilenumbrüche und Tabulatoren sind in Ordnung)</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n second(s) ({figure})</source>
        <translation>
            <numerusform>%n Sekunde ({figure})</numerusform>
            <numerusform>%n Sekunden ({figure})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n hour(s) ({figure})</source>
        <translation>
            <numerusform>%n Stunde ({figure})</numerusform>
            <numerusform>%n Stunden ({figure})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n year(s) ({figure})</source>
        <translation>
            <numerusform>%n Jahr ({figure})</numerusform>
            <numerusform>%n Jahre ({figure})</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>unknown key; did you mean &apos;{key}&apos;?</source>
        <translation>unbekannter Schlüssel; meintest du &apos;{key}&apos;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown key; expected one of: {keys}</source>
        <translation>unbekannter Schlüssel; erwartet wird einer von: {keys}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is missing; expected text</source>
        <translation>fehlt; erwartet wird Text</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../touchtimer/core/routines/translations.py" line="+11"/>
        <source>expected text, got {got}</source>
        <translation>erwartet wird Text, gefunden: {got}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is empty; expected some text</source>
        <translation>ist leer; erwartet wird etwas Text</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../touchtimer/core/routines/translations.py" line="+8"/>
        <source>is {length} characters long; a title can be at most {limit} characters</source>
        <translation>ist {length} Zeichen lang; ein Titel darf höchstens {limit} Zeichen haben</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected true or false, got {got}</source>
        <translation>erwartet wird true oder false, gefunden: {got}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is missing; expected a number</source>
        <translation>fehlt; erwartet wird eine Zahl</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>expected a whole number, got {got}</source>
        <translation>erwartet wird eine ganze Zahl, gefunden: {got}</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>expected a number, got {got}</source>
        <translation>erwartet wird eine Zahl, gefunden: {got}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{value} is out of range; expected {wanted} from {low} to {high}</source>
        <translation>{value} liegt außerhalb des Bereichs; erwartet wird {wanted} von {low} bis {high}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is missing; expected one of: {options}</source>
        <translation>fehlt; erwartet wird eines von: {options}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>got {got}; expected one of: {options}; did you mean &apos;{hint}&apos;?</source>
        <translation>gefunden: {got}; erwartet wird eines von: {options}; meintest du &apos;{hint}&apos;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>got {got}; expected one of: {options}</source>
        <translation>gefunden: {got}; erwartet wird eines von: {options}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected a list of text, got {got}</source>
        <translation>erwartet wird eine Liste von Texten, gefunden: {got}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected non-empty text, got {got}</source>
        <translation>erwartet wird nicht leerer Text, gefunden: {got}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected a list of tables ([[{where}]]), got {got}</source>
        <translation>erwartet wird eine Liste von Tabellen ([[{where}]]), gefunden: {got}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected a table, got {got}</source>
        <translation>erwartet wird eine Tabelle, gefunden: {got}</translation>
    </message>
    <message>
        <location filename="../touchtimer/core/routines/files.py" line="+40"/>
        <source>does not exist</source>
        <extracomment>Routine files larger than this are refused before parsing.</extracomment>
        <translation>gibt es nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be read ({reason})</source>
        <translation>kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a usable file name</source>
        <translation>ist kein brauchbarer Dateiname</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 MiB ({bytes} bytes)</source>
        <translation>1 MiB ({bytes} Bytes)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>is {size} bytes; a routine file must be at most {limit}</source>
        <translation>ist {size} Bytes groß; eine Ablauf-Datei darf höchstens {limit} groß sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is not a text file; expected a TOML routine file in UTF-8</source>
        <translation>ist keine Textdatei; erwartet wird eine TOML-Ablauf-Datei in UTF-8</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is empty; expected a TOML routine file (see docs/routine-format.md)</source>
        <translation>ist leer; erwartet wird eine TOML-Ablauf-Datei (siehe docs/routine-format.md)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is not a text file; expected a TOML routine file</source>
        <translation>ist keine Textdatei; erwartet wird eine TOML-Ablauf-Datei</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is not valid TOML: {reason}</source>
        <translation>ist kein gültiges TOML: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is nested too deeply (lists or tables inside each other hundreds of times); a routine file is not</source>
        <translation>ist zu tief verschachtelt (Listen oder Tabellen hunderte Male ineinander); eine Ablauf-Datei ist das nicht</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>cannot be used: {reason}; a routine file is an ordinary file of at most {limit}</source>
        <translation>kann nicht verwendet werden: {reason}; eine Ablauf-Datei ist eine gewöhnliche Datei von höchstens {limit}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>is a folder; expected a file</source>
        <translation>ist ein Ordner; erwartet wird eine Datei</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is more than 1 MiB; a routine file must be at most {limit}</source>
        <translation>ist größer als 1 MiB; eine Ablauf-Datei darf höchstens {limit} groß sein</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>a built-in routine</source>
        <translation>ein mitgelieferter Ablauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{id}&apos; is already used by {other}; expected an id of its own</source>
        <translation>&apos;{id}&apos; wird schon von {other} verwendet; erwartet wird eine eigene ID</translation>
    </message>
    <message>
        <location filename="../touchtimer/core/routines/safeguards.py" line="+33"/>
        <source>baby&apos;s face can be seen; nose and mouth uncovered; head to one side, chin off the chest; breathing seen and heard, lips and tongue pink</source>
        <extracomment>The longest time a skin-to-skin routine may go without a position check.</extracomment>
        <translation>das Gesicht des Babys ist zu sehen; Nase und Mund frei; Kopf zur Seite gedreht, Kinn nicht auf der Brust; Atmung zu sehen und zu hören, Lippen und Zunge rosig</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>this open-ended skin-to-skin stage has no repeating position check; expected a prompt with kind = &quot;check&quot; that repeats at most every {limit} (every_minutes = 15 or less)</source>
        <translation>dieser Haut-zu-Haut-Schritt ohne feste Dauer hat keine sich wiederholende Lageprüfung; erwartet wird ein Hinweis mit kind = &quot;check&quot;, der sich höchstens alle {limit} wiederholt (every_minutes = 15 oder weniger)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the position check repeats only every {every}; expected at most every {limit}</source>
        <translation>die Lageprüfung wiederholt sich nur alle {every}; erwartet wird höchstens alle {limit}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the start of the routine</source>
        <translation>dem Beginn des Ablaufs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the end of stages[{index}]</source>
        <translation>dem Ende von stages[{index}]</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>goes more than {limit} without a position check (counting from {start}); expected a prompt with kind = &quot;check&quot; at least every {limit}</source>
        <translation>vergeht länger als {limit} ohne Lageprüfung (gezählt ab {start}); erwartet wird ein Hinweis mit kind = &quot;check&quot; mindestens alle {limit}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the check in stages[{index}] at {time}</source>
        <translation>der Prüfung in stages[{index}] bei {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its start</source>
        <translation>seinem Beginn</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>only a skin-to-skin routine has a stage where baby is placed on the chest; remove placing</source>
        <translation>nur ein Haut-zu-Haut-Ablauf hat einen Schritt, in dem das Baby auf die Brust gelegt wird; entferne placing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>baby is placed on the chest in one stage only, and stages[{index}] says so already; remove placing here</source>
        <translation>das Baby wird nur in einem Schritt auf die Brust gelegt, und stages[{index}] sagt das schon; entferne placing hier</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a skin-to-skin routine needs the safe-position checklist, and this one has none; expected a list of what the parent confirms, such as: {example}</source>
        <translation>ein Haut-zu-Haut-Ablauf braucht die Checkliste für eine sichere Lage, und dieser hat keine; erwartet wird eine Liste dessen, was die Eltern bestätigen, etwa: {example}</translation>
    </message>
    <message>
        <location filename="../touchtimer/core/routines/translations.py" line="-87"/>
        <source>English</source>
        <extracomment>Names of the languages touchtimer knows, for messages; other codes are shown as they are.</extracomment>
        <translation>Englisch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italian</source>
        <translation>Italienisch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Portuguese</source>
        <translation>Portugiesisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dutch</source>
        <translation>Niederländisch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Polish</source>
        <translation>Polnisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkish</source>
        <translation>Türkisch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arabic</source>
        <translation>Arabisch</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>a control character ({code})</source>
        <translation>ein Steuerzeichen ({code})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>holds {what}; expected one line of text</source>
        <translation>enthält {what}; erwartet wird eine Zeile Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>holds {what}; expected plain text</source>
        <translation>enthält {what}; erwartet wird einfacher Text</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is empty; expected the translated text</source>
        <translation>ist leer; erwartet wird der übersetzte Text</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+5"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>has placeholders that differ from the original; expected the same ones ({want})</source>
        <translation>hat andere Platzhalter als das Original; erwartet werden dieselben ({want})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>has numbers that differ from the original; expected the same numbers ({want})</source>
        <translation>hat andere Zahlen als das Original; erwartet werden dieselben Zahlen ({want})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected tables such as [translations.de], one for each language</source>
        <translation>erwartet werden Tabellen wie [translations.de], eine für jede Sprache</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;{code}&apos; is not a language code; expected two or three lower-case letters, such as &apos;es&apos; or &apos;de&apos;</source>
        <translation>&apos;{code}&apos; ist kein Sprachcode; erwartet werden zwei oder drei Kleinbuchstaben, etwa &apos;es&apos; oder &apos;de&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this routine is written in {language} already; expected a translation into another language</source>
        <translation>dieser Ablauf ist schon auf {language} geschrieben; erwartet wird eine Übersetzung in eine andere Sprache</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected a table ([{where}]) of &quot;original text&quot; = &quot;translation&quot;</source>
        <translation>erwartet wird eine Tabelle ([{where}]) aus &quot;Originaltext&quot; = &quot;Übersetzung&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>is not a text of this routine; did you mean &quot;{text}&quot; ({path})?</source>
        <translation>ist kein Text dieses Ablaufs; meintest du &quot;{text}&quot; ({path})?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not a text of this routine; expected a text exactly as the routine writes it (it may have changed)</source>
        <translation>ist kein Text dieses Ablaufs; erwartet wird ein Text genau so, wie der Ablauf ihn schreibt (vielleicht hat er sich geändert)</translation>
    </message>
</context>
<context>
    <name>RunningPage</name>
    <message>
        <location filename="../touchtimer/ui/session/running_page.py" line="+69"/>
        <source>Session state</source>
        <extracomment>How many times the words were redone (not the time): a passing second must not add to it.</extracomment>
        <translation>Stand der Einheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quiet mode (Q)</source>
        <translation>Leiser Modus (Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No voice, very soft chimes; position checks still chime. Q turns it off.</source>
        <translation>Keine Stimme, sehr leise Klänge; die Lageprüfungen klingen weiterhin. Q schaltet ihn aus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paused. Press Space, or Resume, to go on.</source>
        <translation>Pausiert. Drück die Leertaste oder Fortsetzen, um weiterzumachen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stage progress</source>
        <translation>Fortschritt des Schritts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inner ring: this stage. Outer ring: the whole routine.</source>
        <translation>Innerer Ring: dieser Schritt. Äußerer Ring: der ganze Ablauf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inner ring: this stage · outer: the whole routine</source>
        <translation>Innerer Ring: dieser Schritt · äußerer: der ganze Ablauf</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Current prompt</source>
        <translation>Aktueller Hinweis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check baby&apos;s position</source>
        <translation>Prüfe die Lage deines Babys</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>When every line is true, press Enter (or C).</source>
        <translation>Wenn jede Zeile stimmt, drück die Eingabetaste (oder C).</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+141"/>
        <source>What the evidence says</source>
        <translation>Was die Studienlage sagt</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>Show or hide what research says about this (B)</source>
        <translation>Zeigen oder verbergen, was die Forschung dazu sagt (B)</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>{0}  ·  for {1}</source>
        <translation>{0}  ·  für {1}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Hide the evidence</source>
        <translation>Studienlage verbergen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{0} is done. Press Next (or Right) when you are ready for {1}.</source>
        <translation>{0} ist geschafft. Drück Weiter (oder Pfeil rechts), wenn du bereit bist für {1}.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Next: the end — time to rest together</source>
        <translation>Als Nächstes: das Ende – Zeit, zusammen auszuruhen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next stage: {0} ({1})</source>
        <translation>Nächster Schritt: {0} ({1})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>of {0}</source>
        <translation>von {0}</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>·  stage {0} of {1}</source>
        <translation>·  Schritt {0} von {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>left side</source>
        <translation>linke Seite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>right side</source>
        <translation>rechte Seite</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Session state: {0}</source>
        <translation>Stand der Einheit: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready for the next stage</source>
        <translation>Bereit für den nächsten Schritt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Check: </source>
        <translation>Prüfe: </translation>
    </message>
    <message>
        <location filename="../touchtimer/ui/session/running_words.py" line="+34"/>
        <source>{0}
Source: {1} ({2})</source>
        <translation>{0}
Quelle: {1} ({2})</translation>
    </message>
    <message>
        <location filename="../touchtimer/ui/session/running_page.py" line="+17"/>
        <source>open-ended</source>
        <translation>ohne feste Dauer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>stage done</source>
        <translation>Schritt geschafft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>of {0} target</source>
        <translation>vom Ziel {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>so far</source>
        <translation>bisher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>about {0} min, {1}</source>
        <translation>etwa {0} Min., {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>under a minute, {0}</source>
        <translation>unter einer Minute, {0}</translation>
    </message>
    <message>
        <location filename="../touchtimer/ui/session/running_words.py" line="-15"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for you</source>
        <translation>Wartet auf dich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <location filename="../touchtimer/core/safety.py" line="+59"/>
        <source>Under 2 months: 60 or more breaths a minute, or fewer than 30.</source>
        <extracomment>Youngest first; together they cover every age without a gap.</extracomment>
        <translation>Unter 2 Monaten: 60 oder mehr Atemzüge pro Minute, oder weniger als 30.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2 to 12 months: 50 or more breaths a minute.</source>
        <translation>2 bis 12 Monate: 50 oder mehr Atemzüge pro Minute.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 year and older: 40 or more breaths a minute.</source>
        <translation>Ab 1 Jahr: 40 oder mehr Atemzüge pro Minute.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To count: while baby is calm, watch the tummy rise and fall and count the breaths for a full minute. Babies breathe unevenly, so a shorter count can mislead.</source>
        <extracomment>How to count, shown with the limits.</extracomment>
        <translation>So zählst du: Während dein Baby ruhig ist, beobachte, wie sich der Bauch hebt und senkt, und zähl die Atemzüge eine ganze Minute lang. Babys atmen unregelmäßig, deshalb kann kürzeres Zählen täuschen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Limits: WHO Integrated Management of Childhood Illness (fast breathing); Italian Journal of Pediatrics, 2017 (newborns).</source>
        <translation>Grenzwerte: WHO Integrated Management of Childhood Illness (schnelle Atmung); Italian Journal of Pediatrics, 2017 (Neugeborene).</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Emergency</source>
        <translation>Notfall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If your baby is blue, pale, floppy or not breathing, or has a pause in breathing, call your local emergency number now.</source>
        <translation>Wenn dein Baby blau, blass oder schlaff ist, nicht atmet oder eine Atempause hat, ruf jetzt deine örtliche Notrufnummer an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lips or tongue blue, grey or pale (look inside the mouth: this works for every skin colour).</source>
        <translation>Lippen oder Zunge blau, grau oder blass (schau in den Mund: Das funktioniert bei jeder Hautfarbe).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A floppy body, or baby does not respond to you.</source>
        <translation>Ein schlaffer Körper, oder dein Baby reagiert nicht auf dich.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not breathing, or a pause in breathing.</source>
        <translation>Atmet nicht, oder eine Atempause.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Struggling to breathe: grunting, flaring nostrils, or the chest or tummy sucking in with each breath.</source>
        <translation>Atemnot: Stöhnen, Nasenflügeln, oder Brust oder Bauch ziehen sich bei jedem Atemzug ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breathing too fast or too slow for baby&apos;s age (the limits are below).</source>
        <translation>Atmet zu schnell oder zu langsam für sein Alter (die Grenzwerte stehen unten).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lay baby on their back on a firm, flat surface, and uncover their face, nose and mouth.</source>
        <translation>Leg dein Baby auf den Rücken auf eine feste, flache Unterlage und mach Gesicht, Nase und Mund frei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the phone on speaker. The person who answers will tell you what to do.</source>
        <translation>Stell das Telefon auf Lautsprecher. Die Person am Telefon sagt dir, was zu tun ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If baby&apos;s position is wrong</source>
        <translation>Wenn die Lage deines Babys nicht stimmt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nose or mouth covered, or face pressed into skin, breast or clothing.</source>
        <translation>Nase oder Mund bedeckt, oder das Gesicht in Haut, Brust oder Kleidung gedrückt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chin down on the chest.</source>
        <translation>Das Kinn liegt auf der Brust.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You cannot see baby&apos;s face.</source>
        <translation>Du kannst das Gesicht deines Babys nicht sehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move baby at once: face in view, head turned to one side, nose and mouth clear, chin off the chest. Then, if anything seems wrong, call your local emergency number.</source>
        <translation>Verändere sofort die Lage deines Babys: Gesicht sichtbar, Kopf zur Seite gedreht, Nase und Mund frei, Kinn nicht auf der Brust. Wenn dann etwas nicht stimmt, ruf deine örtliche Notrufnummer an.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>In the neonatal unit: press the alarm or call the nurse first.</source>
        <extracomment>The neonatal unit&apos;s routines put the alarm and the nurse first (:func:`emergency_for`).</extracomment>
        <translation>Auf der Neugeborenenstation: Drück zuerst den Alarm oder ruf die Pflegekraft.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your emergency number: {number}</source>
        <extracomment>Emergency numbers shown as examples when the parent has not set theirs (check before each release). The line under &quot;call now&quot; with the parent&apos;s own number (``{number}``), from the settings.</extracomment>
        <translation>Deine Notrufnummer: {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your local emergency number, for example {examples}. You can save yours in Settings.</source>
        <extracomment>The line under &quot;call now&quot; when no number is set; ``{examples}`` is &quot;UK 999, US 911&quot;.</extracomment>
        <translation>Deine örtliche Notrufnummer, zum Beispiel {examples}. Du kannst deine in den Einstellungen speichern.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>touchtimer is not a treatment, and it does not replace care from your midwife, health visitor or doctor. The notes say what studies found, nothing more.</source>
        <extracomment>The longest emergency number the settings accept, and the characters it may have. Said wherever benefit notes are shown (the evidence panel) and in About.</extracomment>
        <translation>touchtimer ist keine Behandlung und ersetzt nicht die Betreuung durch deine Hebamme oder deine Ärztin bzw. deinen Arzt. Die Hinweise sagen, was Studien gefunden haben, nicht mehr.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From your own routine file, not reviewed.</source>
        <extracomment>Put with every benefit note that comes from a parent&apos;s own routine file (not a built-in routine).</extracomment>
        <translation>Aus deiner eigenen Ablauf-Datei, nicht geprüft.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Feeling sleepy? Lay baby on their back in their cot.</source>
        <extracomment>Said and shown at the end of every skin-to-skin session, however it ends.</extracomment>
        <translation>Müde? Leg dein Baby auf den Rücken in sein Bettchen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Good call. Stopping when baby has had enough, or when you feel sleepy, is always the right thing to do.</source>
        <extracomment>Shown when a session is ended before the routine&apos;s end: stopping is a good call, never a failure.</extracomment>
        <translation>Gute Entscheidung. Aufzuhören, wenn dein Baby genug hat oder wenn du müde wirst, ist immer richtig.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>How are you?</source>
        <translation>Wie geht es dir?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A moment for you. This check-in is optional: answer, skip a question, or close it at any time. There is no score and it is not a test. Mothers, fathers and partners can all feel low after a baby arrives.</source>
        <translation>Ein Moment für dich. Dieses Nachfragen ist freiwillig: Antworte, überspring eine Frage oder schließ es jederzeit. Es gibt keine Punkte, und es ist kein Test. Mütter, Väter und Partner können sich alle niedergeschlagen fühlen, wenn ein Baby da ist.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>During the past month, have you often been bothered by feeling down, depressed or hopeless?</source>
        <extracomment>The two Whooley questions (NICE), word for word.</extracomment>
        <translation>Hast du dich im letzten Monat oft durch Niedergeschlagenheit, Schwermut oder Hoffnungslosigkeit belastet gefühlt?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>During the past month, have you often been bothered by having little interest or pleasure in doing things?</source>
        <translation>Hast du dich im letzten Monat oft dadurch belastet gefühlt, dass du wenig Interesse oder Freude an deinen Tätigkeiten hattest?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Is this something you feel you need or want help with?</source>
        <extracomment>Asked only after a &quot;yes&quot; to either question above.</extracomment>
        <translation>Ist das etwas, wobei du Hilfe brauchst oder möchtest?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I feel unsafe, or I might harm myself or my baby</source>
        <extracomment>A choice the parent can make at any point, not a screening question.</extracomment>
        <translation>Ich fühle mich nicht sicher, oder ich könnte mir oder meinem Baby etwas antun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you feel unsafe or might harm yourself or your baby, call your local emergency number now.</source>
        <translation>Wenn du dich nicht sicher fühlst oder dir oder deinem Baby etwas antun könntest, ruf jetzt deine örtliche Notrufnummer an.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>If you feel unsafe or might harm yourself or your baby, call your local emergency number now. If baby is in your arms, lay them on their back in their cot while you call.</source>
        <translation>Wenn du dich nicht sicher fühlst oder dir oder deinem Baby etwas antun könntest, ruf jetzt deine örtliche Notrufnummer an. Wenn du dein Baby im Arm hast, leg es auf den Rücken in sein Bettchen, während du anrufst.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Thank you for saying so. Please talk to your midwife, health visitor or doctor soon. Many mothers, fathers and partners feel like this, and support is there for you.</source>
        <translation>Danke, dass du es sagst. Bitte sprich bald mit deiner Hebamme oder deiner Ärztin bzw. deinem Arzt. Viele Mütter, Väter und Partner fühlen sich so, und es gibt Unterstützung für dich.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Thank you. It is worth talking to your midwife, health visitor or doctor about how you have been feeling, even if it does not feel urgent. That is part of their job, for fathers and partners too.</source>
        <translation>Danke. Es lohnt sich, mit deiner Hebamme oder deiner Ärztin bzw. deinem Arzt darüber zu sprechen, wie du dich gefühlt hast, auch wenn es sich nicht dringend anfühlt. Das gehört zu ihrer Aufgabe, auch für Väter und Partner.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Thank you. If things change, your midwife, health visitor or doctor is there for you too.</source>
        <translation>Danke. Wenn sich etwas ändert, sind auch deine Hebamme oder deine Ärztin bzw. dein Arzt für dich da.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That is fine. This check-in is here whenever you want it.</source>
        <translation>Das ist in Ordnung. Dieses Nachfragen ist da, wann immer du es möchtest.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Thank you for saying. A short check-in is here for you, if you would like it.</source>
        <extracomment>A mood of this or lower (1 &quot;very low&quot;, 2 &quot;low&quot;), chosen before or after a session, offers the check-in. The one calm line that offers the check-in then (never a window that opens by itself).</extracomment>
        <translation>Danke, dass du es sagst. Ein kurzes Nachfragen, wie es dir geht, ist für dich da, wenn du möchtest.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>UK</source>
        <extracomment>Examples of local numbers, to be checked before each release; the generic crisis line comes first.</extracomment>
        <translation>Vereinigtes Königreich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>999 in an emergency; NHS 111 for urgent advice; Samaritans 116 123, day or night.</source>
        <translation>999 im Notfall; NHS 111 für dringenden Rat; Samaritans 116 123, Tag und Nacht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>US</source>
        <translation>USA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>911 in an emergency; 988 Suicide &amp; Crisis Lifeline, call or text 988, day or night; National Maternal Mental Health Hotline 1-833-852-6262, day or night (support, not a crisis line).</source>
        <translation>911 im Notfall; 988 Suicide &amp; Crisis Lifeline, Anruf oder SMS an 988, Tag und Nacht; National Maternal Mental Health Hotline 1-833-852-6262, Tag und Nacht (Unterstützung, keine Krisenhotline).</translation>
    </message>
</context>
<context>
    <name>SaveProblemDialog</name>
    <message>
        <location filename="../touchtimer/ui/session/reliability_prompts.py" line="+38"/>
        <source>This session is not saved yet</source>
        <translation>Diese Einheit ist noch nicht gespeichert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again</source>
        <translation>Noch einmal versuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as file…</source>
        <translation>Als Datei speichern…</translation>
    </message>
</context>
<context>
    <name>ScreenAwake</name>
    <message>
        <location filename="../touchtimer/ui/platform/screen_awake.py" line="+169"/>
        <source>A touchtimer session is running</source>
        <extracomment>A pause (or a wait for the parent) longer than this lets the screen blank again. Five minutes: long enough for a feed-time fumble or a nappy, short enough not to keep a forgotten screen lit.</extracomment>
        <translation>Eine touchtimer-Einheit läuft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The screen may dim during sessions: {0}.</source>
        <translation>Der Bildschirm wird während der Einheiten eventuell abgedunkelt: {0}.</translation>
    </message>
</context>
<context>
    <name>SessionAnnouncer</name>
    <message>
        <location filename="../touchtimer/ui/session/announcer.py" line="+71"/>
        <source>open-ended</source>
        <extracomment>Every sentence announced, in order, with whether it was assertive (what tests read).</extracomment>
        <translation>ohne feste Dauer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, left side</source>
        <translation>, linke Seite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, right side</source>
        <translation>, rechte Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage {0} of {1}: {2}{3}, {4}.</source>
        <translation>Schritt {0} von {1}: {2}{3}, {4}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paused.</source>
        <translation>Pausiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running again.</source>
        <translation>Läuft wieder.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The position check is still waiting. When all is right, press Enter.</source>
        <translation>Die Lageprüfung wartet noch. Wenn alles stimmt, drück die Eingabetaste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to check baby&apos;s position: the checklist is on the screen. When all of it is right, press Enter.</source>
        <translation>Zeit, die Lage deines Babys zu prüfen: Die Checkliste ist auf dem Bildschirm. Wenn alles davon stimmt, drück die Eingabetaste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Position checked. Thank you.</source>
        <translation>Lage geprüft. Danke.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The session is over.</source>
        <translation>Die Einheit ist beendet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check: {0}</source>
        <translation>Prüfe: {0}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stage done. Press Next when you are ready.</source>
        <translation>Schritt geschafft. Drück Weiter, wenn du bereit bist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{0}” is done. Press Next when you are ready for “{1}”.</source>
        <translation>„{0}“ ist geschafft. Drück Weiter, wenn du bereit bist für „{1}“.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>What just changed in the session</source>
        <translation>Was sich gerade in der Einheit geändert hat</translation>
    </message>
</context>
<context>
    <name>SessionDetail</name>
    <message>
        <location filename="../touchtimer/ui/history/detail.py" line="+71"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it ended</source>
        <translation>Wie sie endete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baby</source>
        <translation>Baby</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baby seemed</source>
        <translation>Baby wirkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your mood</source>
        <translation>Deine Stimmung</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stages</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anything you want to remember about this session</source>
        <translation>Alles, woran du dich bei dieser Einheit erinnern möchtest</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save note</source>
        <extracomment>Save note and Delete session, for the view to keep below the part that scrolls.</extracomment>
        <translation>Notiz speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete session</source>
        <translation>Einheit löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can undo this straight afterwards</source>
        <translation>Du kannst das direkt danach rückgängig machen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose a session to see it here</source>
        <translation>Wähl eine Einheit, um sie hier zu sehen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1, %2 to %3 · %4</source>
        <translation>%1, %2 bis %3 · %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(ended the next day)</source>
        <translation>(am nächsten Tag beendet)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a removed profile</source>
        <translation>ein entferntes Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not chosen</source>
        <translation>nicht gewählt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not noted</source>
        <translation>nicht notiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>before %1, after %2</source>
        <translation>vorher %1, nachher %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>left side</source>
        <translation>linke Seite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>right side</source>
        <translation>rechte Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Planned %1 · Actual %2 · %3</source>
        <translation>Geplant %1 · Tatsächlich %2 · %3</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Note saved</source>
        <translation>Notiz gespeichert</translation>
    </message>
</context>
<context>
    <name>SessionExtras</name>
    <message>
        <location filename="../touchtimer/ui/history/detail_extras.py" line="+21"/>
        <location line="+55"/>
        <location line="+92"/>
        <source>Held by</source>
        <translation>Gehalten von</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Add people in Go ▸ People… to record who held baby.</source>
        <translation>Füge unter Gehe zu ▸ Personen… Personen hinzu, um festzuhalten, wer das Baby gehalten hat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fed at the breast during the hold</source>
        <translation>Beim Halten an der Brust getrunken</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>not said</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+136"/>
        <source>Fed at the breast</source>
        <translation>An der Brust getrunken</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Times the hold was interrupted</source>
        <translation>Wie oft das Halten unterbrochen wurde</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+130"/>
        <source>Times interrupted</source>
        <translation>Wie oft unterbrochen</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Massaged by</source>
        <translation>Massiert von</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} held or massaged</source>
        <translation>{0} hat gehalten oder massiert</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>a removed profile</source>
        <translation>ein entferntes Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How {0} responded</source>
        <translation>Wie {0} reagiert hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} seemed</source>
        <translation>{0} wirkte</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Changed on the other laptop</source>
        <translation>Auf dem anderen Laptop geändert</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>this laptop</source>
        <translation>dieser Laptop</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the other laptop</source>
        <translation>der andere Laptop</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: changed on the other laptop; before, {1} had {2}.</source>
        <translation>{0}: auf dem anderen Laptop geändert; vorher hatte {1} {2}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: {1} had {2} (an earlier change).</source>
        <translation>{0}: {1} hatte {2} (eine frühere Änderung).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use this</source>
        <translation>Dies verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put this value back (shared with the other laptop too)</source>
        <translation>Diesen Wert wiederherstellen (auch mit dem anderen Laptop geteilt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep what is shown and forget the other value</source>
        <translation>Das Angezeigte behalten und den anderen Wert vergessen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baby seemed</source>
        <translation>Baby wirkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each baby seemed</source>
        <translation>Jedes Baby wirkte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your mood before</source>
        <translation>Deine Stimmung vorher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your mood after</source>
        <translation>Deine Stimmung nachher</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Baby</source>
        <translation>Baby</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no note</source>
        <translation>keine Notiz</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
</context>
<context>
    <name>SessionTray</name>
    <message>
        <location filename="../touchtimer/ui/platform/tray.py" line="+52"/>
        <location line="+53"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Next stage</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show window</source>
        <translation>Fenster zeigen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No session running</source>
        <translation>Keine Einheit läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+41"/>
        <source>Session finished</source>
        <translation>Einheit beendet</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Ready for the next stage: {0}</source>
        <translation>Bereit für den nächsten Schritt: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}, {1} of {2}</source>
        <translation>{0}, {1} von {2}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}, {1} so far</source>
        <translation>{0}, bisher {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused: {0}</source>
        <translation>Pausiert: {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Now: {0}</source>
        <translation>Jetzt: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ready when you are</source>
        <translation>Bereit, wenn du es bist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next: {0}</source>
        <translation>Als Nächstes: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take all the time you like.</source>
        <translation>Lass dir so viel Zeit, wie du magst.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../touchtimer/ui/settings/dialog.py" line="+86"/>
        <source>touchtimer settings</source>
        <extracomment>&quot;Delete all my data…&quot; was chosen (only after :meth:`offer_data_deletion`); the app asks, calmly.</extracomment>
        <translation>touchtimer-Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>Cues</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>How touchtimer tells you about stages and prompts</source>
        <translation>Wie touchtimer dir Schritte und Hinweise mitteilt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Quiet mode</source>
        <translation>Leiser Modus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a sleeping baby: nothing is spoken and chimes play very softly</source>
        <translation>Für ein schlafendes Baby: Nichts wird gesprochen, und die Klänge spielen sehr leise</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Skin-to-skin position checks always chime, softly at least, even with Silent chosen here or in quiet mode. Pausing or waiting does not delay them: baby is still on your chest.</source>
        <translation>Die Lageprüfungen beim Haut-zu-Haut-Kontakt klingen immer, zumindest leise, auch wenn hier „Stumm“ gewählt ist oder im leisen Modus. Pausieren oder Warten verschiebt sie nicht: Dein Baby liegt weiter auf deiner Brust.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Quiet mode, for a sleeping baby: nothing is spoken and chimes are very soft. During a session, Q turns it on or off.</source>
        <translation>Leiser &amp;Modus, für ein schlafendes Baby: Nichts wird gesprochen, und die Klänge sind sehr leise. Während einer Einheit schaltet Q ihn ein oder aus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The voice that speaks the prompts</source>
        <translation>Die Stimme, die die Hinweise spricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Voice</source>
        <translation>St&amp;imme</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Speaking rate</source>
        <translation>Sprechtempo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Slower to the left, faster to the right</source>
        <translation>Nach links langsamer, nach rechts schneller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaking &amp;rate</source>
        <translation>Sp&amp;rechtempo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Voice volume</source>
        <translation>Stimmlautstärke</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How loud the voice speaks</source>
        <translation>Wie laut die Stimme spricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice v&amp;olume</source>
        <translation>Stimm&amp;lautstärke</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chime volume</source>
        <translation>Klanglautstärke</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How loud the chimes play</source>
        <translation>Wie laut die Klänge spielen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test</source>
        <translation>T&amp;esten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test the chime</source>
        <translation>Klang testen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play the stage chime at this volume</source>
        <translation>Den Klang für Schritte in dieser Lautstärke abspielen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chi&amp;me volume</source>
        <translation>Klanglaut&amp;stärke</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Night (dark, dim)</source>
        <translation>Nacht (dunkel, gedimmt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colours of the window; night is dark and dim</source>
        <translation>Farben des Fensters; Nacht ist dunkel und gedimmt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;heme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily target</source>
        <translation>Tagesziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes of skin-to-skin you would like to reach each day</source>
        <translation>Minuten Haut-zu-Haut-Kontakt, die du jeden Tag erreichen möchtest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Daily target</source>
        <translation>Tages&amp;ziel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>for example 999 in the UK, 911 in the US</source>
        <translation>zum Beispiel 999 im Vereinigten Königreich, 911 in den USA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your country&apos;s emergency number</source>
        <translation>Die Notrufnummer deines Landes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown on the emergency screen (H). Left empty, it shows examples.</source>
        <translation>Wird auf dem Notfall-Bildschirm angezeigt (H). Bleibt das Feld leer, stehen dort Beispiele.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Emergency number</source>
        <translation>&amp;Notrufnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Wait for me between stages</source>
        <translation>Zwischen den Schritten auf mich &amp;warten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait for me</source>
        <translation>Auf mich warten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the end of each stage, wait until you choose Next</source>
        <translation>Am Ende jedes Schritts warten, bis du Weiter wählst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reduce motio&amp;n</source>
        <translation>Weniger &amp;Bewegung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reduce motion</source>
        <translation>Weniger Bewegung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No animations anywhere</source>
        <translation>Nirgends Animationen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Things touchtimer wants you to know</source>
        <translation>Was touchtimer dir mitteilen möchte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saving problem</source>
        <translation>Problem beim Speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why the settings could not be saved</source>
        <translation>Warum die Einstellungen nicht gespeichert werden konnten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep these settings</source>
        <translation>Diese Einstellungen speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close without changing anything</source>
        <translation>Schließen, ohne etwas zu ändern</translation>
    </message>
    <message>
        <location filename="../touchtimer/ui/settings/data_section.py" line="+19"/>
        <source>Your sessions, notes and baby profiles are kept on this computer only.</source>
        <translation>Deine Einheiten, Notizen und Babyprofile werden nur auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete all my data…</source>
        <translation>Alle meine Daten löschen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete all my data</source>
        <translation>Alle meine Daten löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove every session, note and baby profile from this computer; asks first and offers an export</source>
        <translation>Alle Einheiten, Notizen und Babyprofile von diesem Computer entfernen; fragt vorher und bietet einen Export an</translation>
    </message>
    <message>
        <location filename="../touchtimer/ui/settings/dialog.py" line="+62"/>
        <source>{0} %</source>
        <translation>{0} %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slower {0}</source>
        <translation>Langsamer {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faster {0}</source>
        <translation>Schneller {0}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} (not available)</source>
        <translation>{0} (nicht verfügbar)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Some saved settings could not be used, so their defaults are shown:</source>
        <translation>Einige gespeicherte Einstellungen konnten nicht verwendet werden, deshalb werden ihre Standardwerte angezeigt:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The settings could not be saved to {0}: {1}</source>
        <translation>Die Einstellungen konnten nicht in {0} gespeichert werden: {1}</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <location filename="../touchtimer/core/sharing/exchange.py" line="+40"/>
        <source>the shared folder could not be read ({reason}); try again later</source>
        <extracomment>Our own temporary files older than this were left by a process that died while writing. Entities in one change file: a first exchange of years of history is split into files of this size.</extracomment>
        <translation>der geteilte Ordner konnte nicht gelesen werden ({reason}); versuche es später noch einmal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the shared folder became unreadable ({reason}); try again later</source>
        <translation>der geteilte Ordner ist nicht mehr lesbar ({reason}); versuche es später noch einmal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{reason}; it was skipped</source>
        <translation>{reason}; sie wurde übersprungen</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n change(s) from the other laptop applied</source>
        <extracomment>The name this laptop last wrote into its device file (a new name is written even with nothing new). New things to tell the person, each once (a damaged file, a conflict copy, a change skipped). What changed in the store (for a window whose own store did not make the change).</extracomment>
        <translation>
            <numerusform>%n Änderung vom anderen Laptop übernommen</numerusform>
            <numerusform>%n Änderungen vom anderen Laptop übernommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n edit(s) made on both laptops (the later kept; the other is shown with the session)</source>
        <translation>
            <numerusform>%n Bearbeitung auf beiden Laptops (die spätere behalten; die andere wird bei der Einheit gezeigt)</numerusform>
            <numerusform>%n Bearbeitungen auf beiden Laptops (die spätere behalten; die andere wird bei der Einheit gezeigt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n change(s) shared</source>
        <translation>
            <numerusform>%n Änderung geteilt</numerusform>
            <numerusform>%n Änderungen geteilt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n waiting for files still on their way</source>
        <translation>
            <numerusform>%n wartet auf Dateien, die noch unterwegs sind</numerusform>
            <numerusform>%n warten auf Dateien, die noch unterwegs sind</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nothing new</source>
        <translation>nichts Neues</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{first}; {then}</source>
        <translation>{first}; {then}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this laptop</source>
        <translation>dieser Laptop</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the shared folder {folder} is not there (a USB stick not plugged in, or a sync folder not set up yet); nothing was exchanged</source>
        <translation>der geteilte Ordner {folder} ist nicht da (ein USB-Stick nicht eingesteckt oder ein Sync-Ordner noch nicht eingerichtet); es wurde nichts ausgetauscht</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>touchtimer&apos;s own data could not be written ({reason}); nothing more was exchanged</source>
        <translation>die eigenen Daten von touchtimer konnten nicht geschrieben werden ({reason}); es wurde nichts weiter ausgetauscht</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>a folder touchtimer did not make; it was ignored</source>
        <translation>ein Ordner, den touchtimer nicht angelegt hat; er wurde nicht beachtet</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a conflict copy made by a sync tool; the original is used</source>
        <translation>eine Konfliktkopie eines Sync-Programms; das Original wird verwendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a file touchtimer writes; it was ignored</source>
        <translation>keine Datei, die touchtimer schreibt; sie wurde nicht beachtet</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>%n change(s) in {file} from {laptop} could not be used and (was|were) skipped ({reason})</source>
        <translation>
            <numerusform>%n Änderung in {file} von {laptop} konnte nicht verwendet werden und wurde übersprungen ({reason})</numerusform>
            <numerusform>%n Änderungen in {file} von {laptop} konnten nicht verwendet werden und wurden übersprungen ({reason})</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>In the shared folder, {name} from {laptop}: {why}.</source>
        <translation>Im geteilten Ordner, {name} von {laptop}: {why}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the shared folder, {name}: {why}.</source>
        <translation>Im geteilten Ordner, {name}: {why}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the other laptop</source>
        <translation>der andere Laptop</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the shared folder went away during the exchange; what was read is kept, and this laptop&apos;s changes are shared next time</source>
        <extracomment>The most a laptop&apos;s name file can be (a name of 80 characters, as JSON, with room to spare).</extracomment>
        <translation>der geteilte Ordner ist während des Austauschs verschwunden; was gelesen wurde, bleibt erhalten, und die Änderungen dieses Laptops werden beim nächsten Mal geteilt</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>this laptop&apos;s changes could not be written to the shared folder ({reason}); they are kept here and shared at the next exchange</source>
        <translation>die Änderungen dieses Laptops konnten nicht in den geteilten Ordner geschrieben werden ({reason}); sie bleiben hier und werden beim nächsten Austausch geteilt</translation>
    </message>
    <message>
        <location filename="../touchtimer/core/sharing/segments.py" line="+104"/>
        <source>it is too large ({size} MB)</source>
        <extracomment>A change file larger than this is not read (this touchtimer writes at most about 5 MB).</extracomment>
        <translation>sie ist zu groß ({size} MB)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is incomplete (cut short, perhaps still being copied)</source>
        <translation>sie ist unvollständig (abgeschnitten, vielleicht wird sie noch kopiert)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it is damaged (not whole lines of text)</source>
        <translation>sie ist beschädigt (keine vollständigen Textzeilen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is not a touchtimer change file</source>
        <translation>sie ist keine Änderungsdatei von touchtimer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it was written by a newer touchtimer; update touchtimer to read it</source>
        <translation>sie wurde von einem neueren touchtimer geschrieben; aktualisiere touchtimer, um sie zu lesen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it belongs to another laptop&apos;s folder or number (moved or copied by hand)</source>
        <translation>sie gehört zum Ordner oder zur Nummer eines anderen Laptops (von Hand verschoben oder kopiert)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is incomplete or damaged (its checksum does not match)</source>
        <translation>sie ist unvollständig oder beschädigt (ihre Prüfsumme stimmt nicht)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is incomplete (fewer changes than it announces)</source>
        <translation>sie ist unvollständig (weniger Änderungen, als sie ankündigt)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line {line}: {reason}</source>
        <translation>Zeile {line}: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not a change</source>
        <translation>keine Änderung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a change without an id or fields</source>
        <translation>eine Änderung ohne ID oder Felder</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the field {name} is not [value, stamp]</source>
        <translation>das Feld {name} ist nicht [Wert, Stempel]</translation>
    </message>
    <message>
        <location filename="../touchtimer/ui/sharing/service.py" line="+178"/>
        <source>touchtimer&apos;s data could not be opened to share it ({reason})</source>
        <extracomment>A burst of folder changes (a sync tool writing several files) becomes one exchange this long after the last of them. A result arrived (on the GUI thread): the argument is the :class:`SyncResult`. Something to tell the person once (a problem, a skipped file). When the last exchange ended (the clock&apos;s wall time), for &quot;last shared at&quot;.</extracomment>
        <translation>die Daten von touchtimer konnten zum Teilen nicht geöffnet werden ({reason})</translation>
    </message>
    <message>
        <location filename="../touchtimer/core/sharing/routine_files.py" line="+95"/>
        <source>{id} is not a routine id</source>
        <extracomment>A routine file larger than this is not shared (a routine is a few kilobytes).</extracomment>
        <translation>{id} ist keine ID eines Ablaufs</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the routine file is too large</source>
        <translation>die Ablauf-Datei ist zu groß</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the routine file does not pass the checks ({problem})</source>
        <translation>die Ablauf-Datei besteht die Prüfung nicht ({problem})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the routine file&apos;s id does not match its name</source>
        <translation>die ID der Ablauf-Datei passt nicht zu ihrem Namen</translation>
    </message>
    <message>
        <location filename="../touchtimer/core/storage/shared_apply.py" line="+92"/>
        <source>a change of an unknown kind ({kind})</source>
        <extracomment>Writes (``text``) or removes (``None``) a routine file; returns ``False`` if it could not. Reads a routine file&apos;s current text (``None``: no such file). The field an entity cannot be made without.</extracomment>
        <translation>eine Änderung einer unbekannten Art ({kind})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{kind} {id}: {why}</source>
        <translation>{kind} {id}: {why}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a routine file is removed by an empty text, not a tombstone</source>
        <translation>eine Ablauf-Datei wird durch einen leeren Text entfernt, nicht durch eine Löschmarke</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>a routine file that is not text</source>
        <translation>eine Ablauf-Datei, die kein Text ist</translation>
    </message>
</context>
<context>
    <name>SharingDialog</name>
    <message>
        <location filename="../touchtimer/ui/sharing/dialog.py" line="+53"/>
        <source>Share history through a folder</source>
        <translation>Verlauf über einen Ordner teilen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep one history on two laptops, one for each parent, say. Choose a folder both laptops see: one kept in step by Syncthing, Nextcloud or Dropbox, a network share, or a USB stick carried between them. touchtimer writes only its own files there and opens no network connection.</source>
        <translation>Ein gemeinsamer Verlauf auf zwei Laptops, zum Beispiel einem für jeden Elternteil. Wähl einen Ordner, den beide Laptops sehen: einen, den Syncthing, Nextcloud oder Dropbox abgleicht, eine Netzwerkfreigabe oder einen USB-Stick, den du zwischen den beiden hin- und herträgst. touchtimer schreibt dort nur seine eigenen Dateien und baut keine Netzwerkverbindung auf.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not shared: no folder chosen</source>
        <translation>Nicht geteilt: kein Ordner gewählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared folder</source>
        <translation>Geteilter Ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose folder…</source>
        <translation>Ordner &amp;wählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+100"/>
        <source>Choose the folder both laptops see</source>
        <translation>Den Ordner wählen, den beide Laptops sehen</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>S&amp;top sharing</source>
        <translation>Teilen &amp;beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This laptop stops sharing; its history stays as it is</source>
        <translation>Dieser Laptop hört auf zu teilen; sein Verlauf bleibt, wie er ist</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This laptop&apos;s name</source>
        <translation>Name dieses Laptops</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the other laptop names this one, for example Dad&apos;s laptop</source>
        <translation>Wie der andere Laptop diesen nennt, zum Beispiel Papas Laptop</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Share now</source>
        <translation>&amp;Jetzt teilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exchange with the folder now (it also happens by itself)</source>
        <translation>Jetzt mit dem Ordner abgleichen (das passiert auch von selbst)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How the last exchange went</source>
        <translation>Wie der letzte Abgleich gelaufen ist</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>touchtimer shares by itself when it starts, after each saved session and when the folder changes. A session still running is shared once it is saved.</source>
        <translation>touchtimer teilt von selbst: beim Start, nach jeder gespeicherten Einheit und wenn sich der Ordner ändert. Eine Einheit, die noch läuft, wird geteilt, sobald sie gespeichert ist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This laptop&apos;s &amp;name</source>
        <translation>&amp;Name dieses Laptops</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Sharing is off. This laptop&apos;s history stays on this laptop.</source>
        <translation>Teilen ist aus. Der Verlauf dieses Laptops bleibt auf diesem Laptop.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not shared yet since touchtimer started.</source>
        <translation>Seit dem Start von touchtimer noch nicht geteilt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last shared at {0}: {1}.</source>
        <translation>Zuletzt geteilt um {0}: {1}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not shared at {0}: {1}.</source>
        <translation>Nicht geteilt um {0}: {1}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+8"/>
        <source>Sharing…</source>
        <translation>Wird geteilt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sharing waits until the session on screen is saved.</source>
        <translation>Das Teilen wartet, bis die Einheit auf dem Bildschirm gespeichert ist.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../touchtimer/ui/shortcuts_dialog.py" line="+26"/>
        <location line="+1"/>
        <location line="+26"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, keys %2</source>
        <translation>%1, Tasten %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Every keyboard shortcut in touchtimer</source>
        <translation>Alle Tastenkürzel in touchtimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this list (Esc)</source>
        <translation>Diese Liste schließen (Esc)</translation>
    </message>
</context>
<context>
    <name>SleepQuestion</name>
    <message>
        <location filename="../touchtimer/ui/session/reliability_prompts.py" line="-70"/>
        <source>The computer was asleep</source>
        <translation>Der Computer war im Ruhezustand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The computer slept for %1 during this session.</source>
        <translation>Der Computer war während dieser Einheit %1 im Ruhezustand.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you stayed together, that time can count. Should it?</source>
        <translation>Wenn ihr zusammengeblieben seid, kann diese Zeit mitzählen. Soll sie?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, count it</source>
        <translation>Ja, mitzählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, leave it out</source>
        <translation>Nein, weglassen</translation>
    </message>
</context>
<context>
    <name>StageEditor</name>
    <message>
        <location filename="../touchtimer/ui/routines/stage_editor.py" line="+32"/>
        <location line="+108"/>
        <source>Stage</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Stage title</source>
        <translation>Titel des Schritts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A short name, shown large during the session</source>
        <translation>Ein kurzer Name, der während der Einheit groß angezeigt wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage &amp;title</source>
        <translation>Titel des &amp;Schritts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instruction</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do in this stage, in a sentence or two</source>
        <translation>Was in diesem Schritt zu tun ist, in ein oder zwei Sätzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Instruction</source>
        <translation>A&amp;nleitung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lasts</source>
        <translation>Dauert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed length</source>
        <translation>Feste Dauer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The stage ends by itself after this time</source>
        <translation>Der Schritt endet nach dieser Zeit von selbst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open-ended, aim for</source>
        <translation>Ohne feste Dauer, Ziel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open-ended</source>
        <translation>Ohne feste Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stage counts up until you move on; the target is only a guide</source>
        <translation>Der Schritt zählt hoch, bis du weitergehst; das Ziel ist nur ein Anhaltspunkt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stage length</source>
        <translation>Dauer des Schritts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no target</source>
        <translation>kein Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target minutes</source>
        <translation>Ziel in Minuten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A time to aim for; 0 means no target</source>
        <translation>Eine Zeit als Ziel; 0 heißt kein Ziel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Both or no side</source>
        <translation>Beide oder keine Seite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Which side of the body this stage is for</source>
        <translation>Für welche Körperseite dieser Schritt ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Side</source>
        <translation>S&amp;eite</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+29"/>
        <source>Prompts</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Gentle prompts shown and spoken during the stage</source>
        <translation>Sanfte Hinweise, die während des Schritts angezeigt und gesprochen werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Add prompt</source>
        <translation>Neuer Hinweis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a prompt to this stage</source>
        <translation>Diesem Schritt einen Hinweis hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Remove prompt</source>
        <translation>Hinweis löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the chosen prompt</source>
        <translation>Den gewählten Hinweis löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prompt text</source>
        <translation>Text des Hinweises</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What the prompt says</source>
        <translation>Was der Hinweis sagt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>once, at</source>
        <translation>einmal, bei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every</source>
        <translation>alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt timing</source>
        <translation>Zeitpunkt des Hinweises</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Once at a time into the stage, or again and again at a steady interval</source>
        <translation>Einmal zu einem Zeitpunkt im Schritt oder immer wieder in gleichem Abstand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt time</source>
        <translation>Zeit des Hinweises</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety check (its own sound)</source>
        <translation>Sicherheitsprüfung (eigener Klang)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety check</source>
        <translation>Sicherheitsprüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety checks get a distinct, gentle sound</source>
        <translation>Sicherheitsprüfungen bekommen einen eigenen, sanften Klang</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>What needs a change in this stage</source>
        <translation>Was in diesem Schritt geändert werden muss</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Stage %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>every %1</source>
        <translation>alle %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>at %1</source>
        <translation>bei %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no text yet)</source>
        <translation>(noch kein Text)</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Slow breaths, soft hands.</source>
        <translation>Langsam atmen, sanfte Hände.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+1"/>
        <source>  (needs a change)</source>
        <translation>  (muss geändert werden)</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../touchtimer/core/startup.py" line="+71"/>
        <source>The session &quot;{title}&quot; that began {began} had finished, but touchtimer stopped before it was saved; it is kept as interrupted, with what you wrote, until you save it.</source>
        <extracomment>How long recording interrupted sessions waits for a lock another program holds, at start (the window is on screen meanwhile; :func:`try_again` goes on trying later). Why interrupted sessions could not be recorded yet (plain words), or &quot;&quot;.</extracomment>
        <translation>Die Einheit „{title}“, die am {began} begann, war fertig, aber touchtimer wurde beendet, bevor sie gespeichert war; sie bleibt als unterbrochen erhalten, mit dem, was du geschrieben hast, bis du sie speicherst.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The session &quot;{title}&quot; that began {began} stopped unexpectedly; it is saved as interrupted after {length}.</source>
        <translation>Die Einheit „{title}“, die am {began} begann, wurde unerwartet beendet; sie ist nach {length} als unterbrochen gespeichert.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>another program is using the file of saved sessions just now</source>
        <translation>ein anderes Programm verwendet gerade die Datei der gespeicherten Einheiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../touchtimer/core/storage/repair.py" line="+245"/>
        <source>the disk is full</source>
        <translation>die Festplatte ist voll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the data folder cannot be written</source>
        <translation>in den Datenordner kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A session that stopped unexpectedly last time will be recorded once it can be: {why}. touchtimer tries again by itself.</source>
        <translation>Eine Einheit, die letztes Mal unerwartet beendet wurde, wird eingetragen, sobald es geht: {why}. touchtimer versucht es von selbst wieder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file of saved sessions could not be written ({error})</source>
        <translation>die Datei der gespeicherten Einheiten konnte nicht geschrieben werden ({error})</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>touchtimer can save to its data folder again; everything you do from now on is saved as usual.</source>
        <translation>touchtimer kann wieder in seinen Datenordner speichern; alles, was du ab jetzt machst, wird wie gewohnt gespeichert.</translation>
    </message>
    <message>
        <location filename="../touchtimer/core/storage/leftovers.py" line="+62"/>
        <source>A file left beside touchtimer&apos;s file of saved sessions ({leftover}) belonged to another database; it was not applied. Both are kept, unchanged, as {name} in {folder}. Nothing was lost.</source>
        <extracomment>SQLite&apos;s lock bytes in the database file (PENDING, RESERVED, SHARED) and in the ``-shm``.</extracomment>
        <translation>Eine Datei neben der Datei der gespeicherten Einheiten von touchtimer ({leftover}) gehörte zu einer anderen Datenbank; sie wurde nicht angewendet. Beide bleiben unverändert als {name} in {folder} erhalten. Nichts ist verloren gegangen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>touchtimer stopped in the middle of a change last time, and finishing it removed sessions or babies; the file as it was is kept, unchanged, as {name} in {folder}, so nothing is lost.</source>
        <translation>touchtimer wurde letztes Mal mitten in einer Änderung beendet, und deren Abschluss hat Einheiten oder Babys entfernt; die Datei, wie sie war, bleibt unverändert als {name} in {folder} erhalten, es geht also nichts verloren.</translation>
    </message>
    <message>
        <location filename="../touchtimer/core/storage/repair.py" line="-115"/>
        <source>it could not be read ({error})</source>
        <translation>sie konnte nicht gelesen werden ({error})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>it is not a touchtimer database (its first bytes are not those of an SQLite file)</source>
        <translation>sie ist keine Datenbank von touchtimer (ihre ersten Bytes sind nicht die einer SQLite-Datei)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>it failed SQLite&apos;s integrity check ({found})</source>
        <translation>sie hat die Integritätsprüfung von SQLite nicht bestanden ({found})</translation>
    </message>
    <message>
        <location filename="../touchtimer/core/storage/migrations.py" line="+103"/>
        <location filename="../touchtimer/core/storage/repair.py" line="+3"/>
        <source>its schema version ({version}) is not one any touchtimer writes</source>
        <extracomment>A file up to this many schema versions ahead is a newer touchtimer&apos;s (&quot;please update&quot;); beyond that the number is damage (one flipped byte in the header makes 3 into 16,777,219).</extracomment>
        <translation>ihre Schemaversion ({version}) schreibt kein touchtimer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this data was written by a newer touchtimer (schema {version}); this version reads up to schema {latest}. Please update touchtimer.</source>
        <translation>diese Daten wurden von einem neueren touchtimer geschrieben (Schema {version}); diese Version liest bis Schema {latest}. Bitte aktualisiere touchtimer.</translation>
    </message>
    <message>
        <location filename="../touchtimer/core/storage/repair.py" line="+5"/>
        <source>it holds tables touchtimer did not write</source>
        <translation>sie enthält Tabellen, die touchtimer nicht geschrieben hat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its &apos;{table}&apos; table is missing</source>
        <translation>ihr fehlt die Tabelle &apos;{table}&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its &apos;{table}&apos; table lacks {columns}</source>
        <translation>ihrer Tabelle &apos;{table}&apos; fehlt {columns}</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>touchtimer is not allowed to write there (the folder or the file is read-only)</source>
        <translation>touchtimer darf dort nicht schreiben (der Ordner oder die Datei ist schreibgeschützt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another program is using the file just now</source>
        <translation>ein anderes Programm verwendet die Datei gerade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk reported an error reading or writing it</source>
        <translation>die Festplatte hat beim Lesen oder Schreiben einen Fehler gemeldet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file cannot be opened</source>
        <translation>die Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> ({detail})</source>
        <translation> ({detail})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>touchtimer cannot save to {path}: {why}{detail}. Your sessions are shown, but nothing can be saved there until that is put right; nothing has been moved or changed. touchtimer tries again by itself, and a session you do meanwhile stays open with &quot;try again&quot; and &quot;save as file&quot;.</source>
        <translation>touchtimer kann nicht in {path} speichern: {why}{detail}. Deine Einheiten werden angezeigt, aber dort kann nichts gespeichert werden, bis das behoben ist; nichts wurde verschoben oder geändert. touchtimer versucht es von selbst wieder, und eine Einheit, die du in der Zwischenzeit machst, bleibt mit „Erneut versuchen“ und „Als Datei speichern“ offen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>touchtimer cannot open its file of saved sessions, {path}: {why}{detail}. Nothing there has been moved or changed, and touchtimer tries again by itself. A session you do meanwhile stays open with &quot;try again&quot; and &quot;save as file&quot;; save each one as a file to keep it.</source>
        <translation>touchtimer kann seine Datei der gespeicherten Einheiten nicht öffnen, {path}: {why}{detail}. Dort wurde nichts verschoben oder geändert, und touchtimer versucht es von selbst wieder. Eine Einheit, die du in der Zwischenzeit machst, bleibt mit „Erneut versuchen“ und „Als Datei speichern“ offen; speichere jede als Datei, um sie zu behalten.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>the file is read-only</source>
        <translation>die Datei ist schreibgeschützt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is a folder, not an ordinary file; nothing was read from it</source>
        <translation>es ist ein Ordner, keine gewöhnliche Datei; daraus wurde nichts gelesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is a pipe or a device, not an ordinary file; nothing was read from it</source>
        <translation>es ist eine Pipe oder ein Gerät, keine gewöhnliche Datei; daraus wurde nichts gelesen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>touchtimer&apos;s file of saved sessions could not be used: {reason}. It has been kept, unchanged, as {copy} in {folder}, and a fresh file was started. {sessions} and {babies} were copied from it.</source>
        <translation>Die Datei der gespeicherten Einheiten von touchtimer konnte nicht verwendet werden: {reason}. Sie bleibt unverändert als {copy} in {folder} erhalten, und eine neue Datei wurde angelegt. Daraus übernommen: {sessions} und {babies}.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Einheit</numerusform>
            <numerusform>%n Einheiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n baby profile(s)</source>
        <translation>
            <numerusform>%n Babyprofil</numerusform>
            <numerusform>%n Babyprofile</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some parts could not be read and are only in the kept copy.</source>
        <translation>Einige Teile konnten nicht gelesen werden und sind nur in der aufbewahrten Kopie.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Until then, nothing is changed in that file; save each session as a file to keep it.</source>
        <translation>Bis dahin wird in dieser Datei nichts geändert; speichere jede Einheit als Datei, um sie zu behalten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it could not be opened ({why})</source>
        <translation>sie konnte nicht geöffnet werden ({why})</translation>
    </message>
    <message>
        <location filename="../touchtimer/core/storage/store.py" line="+56"/>
        <source>cannot use {path}: {reason}</source>
        <extracomment>How long a statement waits for a lock another program holds before it fails as busy.</extracomment>
        <translation>{path} kann nicht verwendet werden: {reason}</translation>
    </message>
    <message>
        <location line="+214"/>
        <source>cannot create {path}: {reason}</source>
        <extracomment>The message as given (:class:`~touchtimer.core.i18n.Words`: shown in the reader&apos;s language). The fault seam: tests make statements fail here as the machine would. Where every committed write is announced; a replacing store takes it over. This laptop&apos;s device id, logical clock and local edits recorded for sharing. While the file could be opened only for reading (a full disk, a read-only folder, a lock held by another program): tried before each write, so a write goes to the file again as soon as it can (see ``repair.try_again``). Applying other laptops&apos; changes, and what is waiting to be shared (``core/sharing``).</extracomment>
        <translation>{path} kann nicht angelegt werden: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot open {path}: {reason}</source>
        <translation>{path} kann nicht geöffnet werden: {reason}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cannot copy {path} aside before updating it: {reason}</source>
        <translation>{path} kann vor der Aktualisierung nicht beiseitekopiert werden: {reason}</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <location filename="../touchtimer/ui/history/report_pdf.py" line="+84"/>
        <source>%1, born %2</source>
        <extracomment>The share of the page width of each column: when, length, routine, baby, mood, note. The parent&apos;s own mood ratings and private notes: only when the parent chooses (off by default).</extracomment>
        <translation>%1, geboren am %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> at %1+%2 weeks</source>
        <translation> mit %1+%2 Wochen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; corrected age %1</source>
        <translation>; korrigiertes Alter %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; age %1</source>
        <translation>; Alter %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no baby chosen</source>
        <translation>kein Baby gewählt</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Skin-to-skin with the mother: %1; with others: %2.</source>
        <translation>Haut-zu-Haut-Kontakt mit der Mutter: %1; mit anderen: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../touchtimer/ui/history/totals.py" line="+17"/>
        <source>Not recorded who held: %1.</source>
        <translation>Nicht erfasst, wer gehalten hat: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By person (a session two people shared counts for each): %1.</source>
        <translation>Nach Person (eine Einheit, die sich zwei Personen geteilt haben, zählt für beide): %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Skin-to-skin and baby massage: summary</source>
        <translation>Haut-zu-Haut-Kontakt und Babymassage: Zusammenfassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2 (%3 days)</source>
        <translation>%1 bis %2 (%3 Tage)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sessions with no baby chosen: %1 of %2, marked in the list.</source>
        <translation>Einheiten ohne gewähltes Baby: %1 von %2, in der Liste markiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Days with some skin-to-skin: %1 of %2.</source>
        <translation>Tage mit etwas Haut-zu-Haut-Kontakt: %1 von %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest skin-to-skin session: %1.</source>
        <translation>Längste Einheit mit Haut-zu-Haut-Kontakt: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The parent&apos;s own daily target: %1 min.</source>
        <translation>Das eigene Tagesziel der Eltern: %1 Min.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Skin-to-skin minutes each day; the dashed line is the daily target.</source>
        <translation>Minuten Haut-zu-Haut-Kontakt pro Tag; die gestrichelte Linie ist das Tagesziel.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The %1 most recent of %2 sessions; the full list is in a CSV export.</source>
        <translation>Die %1 neuesten von %2 Einheiten; die vollständige Liste steht in einem CSV-Export.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routine</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baby seemed</source>
        <translation>Baby wirkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent&apos;s mood*</source>
        <translation>Stimmung der Eltern*</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent&apos;s note</source>
        <translation>Notiz der Eltern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>* Before → after: the parent&apos;s own 1–5 rating of how they felt (1 very low, 5 very good), not a score.</source>
        <translation>* Vorher → nachher: die eigene Einschätzung der Eltern von 1 bis 5, wie sie sich fühlten (1 sehr schlecht, 5 sehr gut), keine Bewertung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A parent&apos;s own record, made with touchtimer on %1. Times are local (%2). Not a medical record.</source>
        <translation>Eigene Aufzeichnung der Eltern, erstellt mit touchtimer am %1. Zeiten in Ortszeit (%2). Keine medizinische Dokumentation.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>touchtimer summary</source>
        <translation>touchtimer-Zusammenfassung</translation>
    </message>
</context>
<context>
    <name>SummaryOptionsDialog</name>
    <message>
        <location filename="../touchtimer/ui/history/summary_options.py" line="+50"/>
        <source>Print a summary</source>
        <translation>Zusammenfassung drucken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A one- or two-page summary of your sessions, for your health visitor or doctor. Your mood ratings and notes are yours: they are left out unless you tick them.</source>
        <translation>Eine Zusammenfassung deiner Einheiten auf ein oder zwei Seiten, für deine Hebamme oder deine Ärztin bzw. deinen Arzt. Deine Stimmungsangaben und Notizen gehören dir: Sie werden weggelassen, außer du setzt dort ein Häkchen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+39"/>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>The first day in the summary</source>
        <translation>Der erste Tag in der Zusammenfassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+40"/>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>The last day in the summary</source>
        <translation>Der letzte Tag in der Zusammenfassung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Include my &amp;mood ratings</source>
        <translation>Meine &amp;Stimmungsangaben einbeziehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your own 1–5 rating of how you felt before and after each session: not a score or a test</source>
        <translation>Deine eigene Einschätzung (1–5), wie du dich vor und nach jeder Einheit gefühlt hast: keine Bewertung und kein Test</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include my &amp;notes</source>
        <translation>Meine &amp;Notizen einbeziehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The notes you wrote after each session</source>
        <translation>Die Notizen, die du nach jeder Einheit geschrieben hast</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;First day</source>
        <translation>&amp;Erster Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last day</source>
        <translation>&amp;Letzter Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Choose where to save…</source>
        <translation>Speicher&amp;ort wählen…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>That day is still to come: choose today or an earlier day.</source>
        <translation>Dieser Tag liegt noch in der Zukunft: Wähl heute oder einen früheren Tag.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first day comes after the last one: choose an earlier first day.</source>
        <translation>Der erste Tag liegt nach dem letzten: Wähl einen früheren ersten Tag.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Choose a printer…</source>
        <translation>&amp;Drucker wählen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save summary</source>
        <translation>Zusammenfassung speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../touchtimer/ui/session/summary_page.py" line="+72"/>
        <location line="+196"/>
        <source>How did your baby respond? (optional)</source>
        <extracomment>The response, the mood or the note changed (read :attr:`answers`); not when the page fills itself.</extracomment>
        <translation>Wie hat dein Baby reagiert? (freiwillig)</translation>
    </message>
    <message>
        <location line="-190"/>
        <source>&amp;Calm</source>
        <translation>&amp;Ruhig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>F&amp;ussy</source>
        <translation>&amp;Unruhig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fell &amp;asleep</source>
        <translation>Einge&amp;schlafen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C&amp;ried</source>
        <translation>&amp;Geweint</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+186"/>
        <source>Your baby was mostly: {0}</source>
        <translation>Dein Baby war meistens: {0}</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>About the hold (optional)</source>
        <translation>Zum Halten (freiwillig)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How are you feeling now (optional)</source>
        <translation>Wie fühlst du dich jetzt (freiwillig)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: how you feel now, from 1 (very low) to 5 (very good)</source>
        <translation>Freiwillig: wie du dich jetzt fühlst, von 1 (sehr schlecht) bis 5 (sehr gut)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How are you feeling &amp;now?</source>
        <translation>Wie fühlst du dich &amp;jetzt?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anything you want to remember about this session (optional)</source>
        <translation>Alles, woran du dich bei dieser Einheit erinnern möchtest (freiwillig)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A note for yourself (optional)</source>
        <translation>Eine Notiz für dich (freiwillig)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote</source>
        <translation>N&amp;otiz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A moment for &amp;you…</source>
        <translation>Ein Moment für &amp;dich…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A moment for you: optional check-in</source>
        <translation>Ein Moment für dich: freiwilliges Nachfragen, wie es dir geht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An optional check-in for you, the parent</source>
        <translation>Ein freiwilliges Nachfragen für dich, wie es dir geht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discard this session</source>
        <translation>Diese Einheit verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not keep this session (asks first)</source>
        <translation>Diese Einheit nicht behalten (fragt vorher)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+142"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>Save this session</source>
        <translation>Diese Einheit speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this session in your history (Enter)</source>
        <translation>Diese Einheit in deinem Verlauf behalten (Eingabetaste)</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Well done: {0}</source>
        <translation>Gut gemacht: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session ended: {0}</source>
        <translation>Einheit beendet: {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>For {0}</source>
        <translation>Für {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time together: {0}</source>
        <translation>Gemeinsame Zeit: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} of {1} stages done</source>
        <translation>{0} von {1} Schritten geschafft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} moved on early</source>
        <translation>{0} früher weitergegangen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} stopped early</source>
        <translation>{0} früher beendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} not reached</source>
        <translation>{0} nicht erreicht</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>How did your babies respond? (optional)</source>
        <translation>Wie haben deine Babys reagiert? (freiwillig)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your babies were mostly: {0}</source>
        <translation>Deine Babys waren meistens: {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}. {1}: {2}</source>
        <translation>{0}. {1}: {2}</translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <location filename="../touchtimer/ui/widgets/text_dialog.py" line="+46"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close this screen (Esc)</source>
        <translation>Diesen Bildschirm schließen (Esc)</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../touchtimer/ui/widgets/texts.py" line="+38"/>
        <source>Daily target</source>
        <translation>Tagesziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before you begin</source>
        <translation>Bevor du anfängst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it safe</source>
        <translation>So bleibt es sicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not today if…</source>
        <translation>Heute nicht, wenn…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{0}”</source>
        <translation>„{0}“</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahre</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Skin-to-skin</source>
        <translation>Haut-zu-Haut-Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Massage</source>
        <translation>Massage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>high certainty</source>
        <translation>hohe Sicherheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moderate certainty</source>
        <translation>mittlere Sicherheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low certainty</source>
        <translation>niedrige Sicherheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>very low certainty</source>
        <translation>sehr niedrige Sicherheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>guidance, not a trial result</source>
        <translation>Empfehlung, kein Studienergebnis</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{0} h {1} min</source>
        <translation>{0} Std. {1} Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} h</source>
        <translation>{0} Std.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} s</source>
        <translation>{0} Sek.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} min {1} s</source>
        <translation>{0} Min. {1} Sek.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} min</source>
        <translation>{0} Min.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>open-ended</source>
        <translation>ohne feste Dauer</translation>
    </message>
    <message>
        <location filename="../touchtimer/cli/ages.py" line="+51"/>
        <location filename="../touchtimer/ui/widgets/texts.py" line="+15"/>
        <source>for babies from %1</source>
        <translation>für Babys, die mindestens %1 alt sind</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../touchtimer/ui/widgets/texts.py" line="+2"/>
        <source>for babies up to %1</source>
        <translation>für Babys, die höchstens %1 alt sind</translation>
    </message>
    <message>
        <location filename="../touchtimer/ui/widgets/texts.py" line="+5"/>
        <source>birth</source>
        <translation>ab Geburt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} to {1}</source>
        <translation>{0} bis {1}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} and {1}</source>
        <translation>{0} und {1}</translation>
    </message>
</context>
<context>
    <name>Totals</name>
    <message>
        <location filename="../touchtimer/ui/history/totals.py" line="-43"/>
        <source>No sessions recorded in these %1 days.</source>
        <translation>In diesen %1 Tagen wurden keine Einheiten erfasst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skin-to-skin: %1 in all, about %2 a day.</source>
        <translation>Haut-zu-Haut-Kontakt: insgesamt %1, etwa %2 pro Tag.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No massage sessions in these %1 days.</source>
        <translation>Keine Massage-Einheiten in diesen %1 Tagen.</translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <location line="+51"/>
        <source>Skin-to-skin each day</source>
        <translation>Haut-zu-Haut-Kontakt pro Tag</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the last 7 days</source>
        <translation>Die letzten 7 Tage zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the last 30 days</source>
        <translation>Die letzten 30 Tage zeigen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Daily target</source>
        <translation>Tagesziel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily target for skin-to-skin, in minutes</source>
        <translation>Tagesziel für Haut-zu-Haut-Kontakt, in Minuten</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{0}&apos;s own daily target (Go ▸ Babies… changes it)</source>
        <translation>Eigenes Tagesziel von {0} (zu ändern unter Gehe zu ▸ Babys…)</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../touchtimer/ui/widgets/undo_bar.py" line="+18"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>UnsavedQuestion</name>
    <message>
        <location filename="../touchtimer/ui/session/reliability_prompts.py" line="+39"/>
        <source>Save your session?</source>
        <translation>Deine Einheit speichern?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” had finished, but touchtimer stopped before it was saved.</source>
        <translation>„%1“ war fertig, aber touchtimer wurde beendet, bevor die Einheit gespeichert war.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your answers and your note were kept. Save it now, with them?</source>
        <translation>Deine Antworten und deine Notiz sind erhalten geblieben. Jetzt mit ihnen speichern?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save it now?</source>
        <translation>Jetzt speichern?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you leave it, it stays in your history as interrupted.</source>
        <translation>Wenn du sie so lässt, bleibt sie als unterbrochen in deinem Verlauf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save it</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave it</source>
        <translation>So lassen</translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <location filename="../touchtimer/ui/platform/voice.py" line="+241"/>
        <source>the speech service did not start within {0} seconds</source>
        <extracomment>The limits a :class:`Voice` gets when it is given none (the benchmarks shorten them). The text just handed to the speech engine. Why the voice is silent (&quot;&quot; once it works again, which does not happen within a run). The engine told its voices (see :meth:`voice_names`). The engine started or stopped saying something.</extracomment>
        <translation>der Sprachdienst ist nicht innerhalb von {0} Sekunden gestartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the speech service stopped answering (nothing for {0} seconds)</source>
        <translation>der Sprachdienst antwortet nicht mehr (seit {0} Sekunden nichts)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the speech helper stopped unexpectedly ({0})</source>
        <translation>das Sprach-Hilfsprogramm wurde unerwartet beendet ({0})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> (on Linux, install the libpulse0 package)</source>
        <translation> (unter Linux das Paket libpulse0 installieren)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the speech module could not be loaded</source>
        <translation>das Sprachmodul konnte nicht geladen werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no speech engine is installed (on Linux, install speech-dispatcher)</source>
        <translation>es ist keine Sprachausgabe installiert (unter Linux speech-dispatcher installieren)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the speech engine “{0}” is not installed</source>
        <translation>die Sprachausgabe „{0}“ ist nicht installiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>speech-dispatcher is not installed (on Linux, install the speech-dispatcher and speech-dispatcher-espeak-ng packages)</source>
        <translation>speech-dispatcher ist nicht installiert (unter Linux die Pakete speech-dispatcher und speech-dispatcher-espeak-ng installieren)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>speech-dispatcher could not be started ({0})</source>
        <translation>speech-dispatcher konnte nicht gestartet werden ({0})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no {0} voice is installed</source>
        <translation>es ist keine Stimme für {0} installiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (on Linux, install the speech-dispatcher-espeak-ng package)</source>
        <translation> (unter Linux das Paket speech-dispatcher-espeak-ng installieren)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the speech service took the words but never said them (is there a working sound output?)</source>
        <translation>der Sprachdienst hat den Text angenommen, aber nie gesprochen (gibt es eine funktionierende Tonausgabe?)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the speech engine failed to start ({0})</source>
        <translation>die Sprachausgabe konnte nicht starten ({0})</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../touchtimer/ui/window/menus.py" line="+33"/>
        <location line="+133"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Pause or resume the session</source>
        <translation>Die Einheit pausieren oder fortsetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+133"/>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Go on to the next stage</source>
        <translation>Zum nächsten Schritt weitergehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go back to the start of this or the last stage</source>
        <translation>Zurück zum Anfang dieses oder des vorigen Schritts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+1 &amp;min</source>
        <translation>+1 &amp;Min.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a minute to this stage</source>
        <translation>Diesem Schritt eine Minute hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;End…</source>
        <translation>&amp;Beenden…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End the session early (asks first)</source>
        <translation>Die Einheit früher beenden (fragt vorher)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help: baby unwell?</source>
        <translation>&amp;Hilfe: Baby unwohl?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do if your baby needs help now</source>
        <translation>Was zu tun ist, wenn dein Baby jetzt Hilfe braucht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All &amp;checked</source>
        <translation>Alles &amp;stimmt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baby&apos;s position is right: every line on the screen is true</source>
        <translation>Die Lage deines Babys stimmt: Jede Zeile auf dem Bildschirm trifft zu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quiet mode</source>
        <translation>&amp;Leiser Modus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a sleeping baby: no voice, very soft chimes (position checks still chime)</source>
        <translation>Für ein schlafendes Baby: keine Stimme, sehr leise Klänge (die Lageprüfungen klingen weiterhin)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Who is holding baby</source>
        <translation>&amp;Wer hält das Baby</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before the start: each person, everyone together, or nobody recorded</source>
        <translation>Vor dem Start: jede Person, alle zusammen oder niemand notiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fed at the &amp;breast</source>
        <translation>An der &amp;Brust getrunken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After skin-to-skin: baby fed at the breast during the hold: yes, no, not said</source>
        <translation>Nach dem Haut-zu-Haut-Kontakt: Baby hat beim Halten an der Brust getrunken: ja, nein, nicht angegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One more &amp;interruption</source>
        <translation>Eine &amp;Unterbrechung mehr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After skin-to-skin: the hold was interrupted one more time</source>
        <translation>Nach dem Haut-zu-Haut-Kontakt: das Halten wurde noch einmal unterbrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One &amp;fewer interruption</source>
        <translation>Eine Unterbrechung &amp;weniger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After skin-to-skin: one interruption fewer (below none: not said)</source>
        <translation>Nach dem Haut-zu-Haut-Kontakt: eine Unterbrechung weniger (unter keiner: nicht angegeben)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A moment for &amp;you…</source>
        <translation>Ein Moment für &amp;dich…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An optional check-in for you, the parent: two questions, no score, nothing kept</source>
        <translation>Ein freiwilliges Nachfragen für dich, wie es dir geht: zwei Fragen, keine Punkte, nichts wird gespeichert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Full screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fill the screen, or leave full screen</source>
        <translation>Den ganzen Bildschirm füllen oder das Vollbild verlassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>List every keyboard shortcut</source>
        <translation>Alle Tastenkürzel auflisten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Larger text</source>
        <translation>&amp;Größere Schrift</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make all text larger</source>
        <translation>Alle Texte größer anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Smaller text</source>
        <translation>&amp;Kleinere Schrift</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make all text smaller</source>
        <translation>Alle Texte kleiner anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Normal text size</source>
        <translation>&amp;Normale Schriftgröße</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set text to its normal size</source>
        <translation>Texte wieder in normaler Größe anzeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow the &amp;system</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Light or night, as the system is set</source>
        <translation>Hell oder Nacht, je nachdem, wie das System eingestellt ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The light theme, for daytime</source>
        <translation>Das helle Farbschema, für den Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Night (dim)</source>
        <translation>&amp;Nacht (gedimmt)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A dim, warm theme for a dark room</source>
        <translation>Ein gedimmtes, warmes Farbschema für einen dunklen Raum</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reduce motion</source>
        <translation>&amp;Weniger Bewegung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep everything still</source>
        <translation>Nichts bewegt sich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Home</source>
        <translation>&amp;Startseite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a routine</source>
        <translation>Einen Ablauf wählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Make my own version…</source>
        <translation>&amp;Eigene Version erstellen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the chosen routine into the routine editor and change what you like</source>
        <translation>Den gewählten Ablauf in den Ablauf-Editor kopieren und ändern, was du möchtest</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import a routine file…</source>
        <translation>Ablauf-Datei &amp;importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a routine file (from a partner, say) to your routines</source>
        <translation>Eine Ablauf-Datei (etwa von deiner Partnerin oder deinem Partner) zu deinen Abläufen hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>touchtimer &amp;schließen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close touchtimer</source>
        <translation>touchtimer schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About touchtimer</source>
        <translation>&amp;Über touchtimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version, licence, credits, where your data lives</source>
        <translation>Version, Lizenz, Mitwirkende, wo deine Daten liegen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Session</source>
        <translation>&amp;Einheit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Routines</source>
        <translation>&amp;Abläufe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start &amp;next</source>
        <translation>&amp;Nächsten starten</translation>
    </message>
</context>
<context>
    <name>WindowSession</name>
    <message>
        <location filename="../touchtimer/ui/window/session_flow.py" line="+131"/>
        <source>End the session?</source>
        <translation>Einheit beenden?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End now? What you have done so far is kept, marked as ended early.</source>
        <translation>Jetzt beenden? Was du bisher gemacht hast, bleibt erhalten und wird als früher beendet markiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End session</source>
        <translation>Einheit beenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep going</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard this session?</source>
        <translation>Diese Einheit verwerfen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This session will not be kept in your history.</source>
        <translation>Diese Einheit wird nicht in deinem Verlauf behalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Session saved.</source>
        <translation>Einheit gespeichert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This session could not be saved ({0}). Please try Save again.</source>
        <translation>Diese Einheit konnte nicht gespeichert werden ({0}). Bitte versuch es noch einmal mit Speichern.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Session discarded.</source>
        <translation>Einheit verworfen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The data file can&apos;t be written, so this session stays in History as interrupted; it won&apos;t be offered again.</source>
        <translation>Die Datendatei kann nicht geschrieben werden, deshalb bleibt diese Einheit im Verlauf als unterbrochen; sie wird nicht noch einmal angeboten.</translation>
    </message>
</context>
<context>
    <name>WindowTheme</name>
    <message>
        <location filename="../touchtimer/ui/window/theme.py" line="+70"/>
        <source>Text size {0}%</source>
        <translation>Textgröße {0} %</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Quiet mode: no voice, very soft chimes.</source>
        <translation>Leiser Modus: keine Stimme, sehr leise Klänge.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quiet mode is off.</source>
        <translation>Leiser Modus ist aus.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Settings could not be saved ({0}).</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden ({0}).</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../touchtimer/core/i18n.py" line="+192"/>
        <source>{first} {then}</source>
        <extracomment>The language the program&apos;s own words (and the built-in routines&apos; own text) are written in. Every language touchtimer ships, with its name in that language (as Settings lists it). The values of the ``language`` setting: &quot;system&quot; follows the desktop. An English plural that is not &quot;+s&quot;: ``&quot;%n (baby|babies)&quot;`` (the core&apos;s own texts only).</extracomment>
        <translation>{first} {then}</translation>
    </message>
</context>
</TS>
