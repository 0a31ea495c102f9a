<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
    <context>
        <name>AddDuoCommand</name>
        <message>
            <source>Add duo</source>
            <translation>Duo toevoegen</translation>
        </message>
        <message>
            <source>Add duo %1</source>
            <translation>Duo %1 toevoegen</translation>
        </message>
    </context>
    <context>
        <name>AddFamilyCommand</name>
        <message>
            <source>Add family %1</source>
            <translation>Gezin %1 toevoegen</translation>
        </message>
    </context>
    <context>
        <name>AddMemberCommand</name>
        <message>
            <source>Add household member %1</source>
            <translation>Gezinslid %1 toevoegen</translation>
        </message>
    </context>
    <context>
        <name>AddOrganisationCommand</name>
        <message>
            <source>Add organisation %1</source>
            <translation>Organisatie %1 toevoegen</translation>
        </message>
    </context>
    <context>
        <name>AddWorkerCommand</name>
        <message>
            <source>Add worker %1</source>
            <translation>Medewerker %1 toevoegen</translation>
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <source>Open this database file.</source>
            <translation>Dit databasebestand openen.</translation>
        </message>
        <message>
            <source>DuoCoach</source>
            <translation>DuoCoach</translation>
        </message>
        <message>
            <source>Duo coaching in Dutch youth and family care.</source>
            <translation>Duo-coaching in de Nederlandse jeugd- en gezinszorg.</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>BESTAND</translation>
        </message>
        <message>
            <source>Open the database, show the main window until it has been painted, then quit. Exit status 0 when all went well.</source>
            <translation>De database openen, het hoofdvenster tonen tot het getekend is en dan stoppen. Afsluitcode 0 als alles goed ging.</translation>
        </message>
        <message>
            <source>The main window was not shown within %1 seconds.</source>
            <translation>Het hoofdvenster werd niet binnen %1 seconden getoond.</translation>
        </message>
    </context>
    <context>
        <name>ArchiveOrganisationCommand</name>
        <message>
            <source>Archive organisation %1</source>
            <translation>Organisatie %1 archiveren</translation>
        </message>
        <message>
            <source>Restore organisation %1</source>
            <translation>Organisatie %1 terugzetten</translation>
        </message>
    </context>
    <context>
        <name>ArchiveWorkerCommand</name>
        <message>
            <source>Archive worker %1</source>
            <translation>Medewerker %1 archiveren</translation>
        </message>
    </context>
    <context>
        <name>AssignDuoCommand</name>
        <message>
            <source>Assign %1 to %2</source>
            <translation>%1 aan %2 koppelen</translation>
        </message>
    </context>
    <context>
        <name>AssignDuoDialog</name>
        <message>
            <source>Assign a Duo to %1</source>
            <translation>Een duo koppelen aan %1</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <comment>district, city</comment>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>speaks %1 at home</source>
            <translation>spreekt thuis %1</translation>
        </message>
        <message>
            <source>trusted person wished: %1</source>
            <translation>gewenste vertrouwenspersoon: %1</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1 · %2&lt;/b&gt;&lt;br&gt;%3</source>
            <translation>&lt;b&gt;%1 · %2&lt;/b&gt;&lt;br&gt;%3</translation>
        </message>
        <message>
            <source>Duo and reasons</source>
            <translation>Duo en redenen</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Punten</translation>
        </message>
        <message>
            <source>Starts on:</source>
            <translation>Begint op:</translation>
        </message>
        <message>
            <source>Assign Duo</source>
            <translation>Duo koppelen</translation>
        </message>
        <message>
            <source>Current duo: %1, since %2.</source>
            <translation>Huidig duo: %1, sinds %2.</translation>
        </message>
        <message>
            <source>The family has no duo on this day.</source>
            <translation>Het gezin heeft op deze dag geen duo.</translation>
        </message>
        <message>
            <source>No duo works together on this day; form a duo first.</source>
            <translation>Er werkt op deze dag geen duo samen; vorm eerst een duo.</translation>
        </message>
        <message>
            <source>%1. %2 — current duo</source>
            <translation>%1. %2 — huidig duo</translation>
        </message>
        <message>
            <source>%1. %2</source>
            <translation>%1. %2</translation>
        </message>
        <message>
            <source>Choose a duo in the list.</source>
            <translation>Kies een duo in de lijst.</translation>
        </message>
        <message>
            <source>This duo already works with the family.</source>
            <translation>Dit duo werkt al met het gezin.</translation>
        </message>
    </context>
    <context>
        <name>AssignmentStore</name>
        <message>
            <source>An assignment needs a start date.</source>
            <translation>Een koppeling heeft een begindatum nodig.</translation>
        </message>
        <message>
            <source>The duo %1 does not work together on %2.</source>
            <translation>Het duo %1 werkt op %2 niet samen.</translation>
        </message>
        <message>
            <source>There is no family with number %1.</source>
            <translation>Er is geen gezin met nummer %1.</translation>
        </message>
        <message>
            <source>A closed family cannot be assigned a duo.</source>
            <translation>Aan een afgesloten gezin kan geen duo worden gekoppeld.</translation>
        </message>
        <message>
            <source>The family already has an assignment starting after %1.</source>
            <translation>Het gezin heeft al een koppeling die na %1 begint.</translation>
        </message>
        <message>
            <source>There is no assignment with number %1.</source>
            <translation>Er is geen koppeling met nummer %1.</translation>
        </message>
        <message>
            <source>Ending an assignment needs a date.</source>
            <translation>Het beëindigen van een koppeling heeft een datum nodig.</translation>
        </message>
        <message>
            <source>The assignment of %1 cannot end before it starts on %2.</source>
            <translation>De koppeling van %1 kan niet eindigen voordat die begint op %2.</translation>
        </message>
        <message>
            <source>The assignment of %1 is no longer there and cannot be restored.</source>
            <translation>De koppeling van %1 bestaat niet meer en kan niet worden teruggezet.</translation>
        </message>
        <message>
            <source>The assignment of %1 cannot be undone: the duo already has visits with the family.</source>
            <translation>De koppeling van %1 kan niet ongedaan worden gemaakt: het duo heeft al huisbezoeken bij het gezin.</translation>
        </message>
    </context>
    <context>
        <name>CaseloadChart</name>
        <message>
            <source>Families</source>
            <translation>Gezinnen</translation>
        </message>
        <message>
            <source>Active families</source>
            <translation>Actieve gezinnen</translation>
        </message>
        <message>
            <source>Free places</source>
            <translation>Vrije plaatsen</translation>
        </message>
        <message>
            <source>Above the maximum</source>
            <translation>Boven het maximum</translation>
        </message>
        <message>
            <source>There are no workers to show yet.</source>
            <translation>Er zijn nog geen medewerkers om te tonen.</translation>
        </message>
        <message>
            <source>The %1 fullest caseloads of %2 workers</source>
            <translation>De %1 volste caseloads van %2 medewerkers</translation>
        </message>
        <message>
            <source>Caseloads of all workers (%1)</source>
            <translation>Caseloads van alle medewerkers (%1)</translation>
        </message>
        <message>
            <source>%1 — active families: %2, maximum: %3</source>
            <translation>%1 — actieve gezinnen: %2, maximum: %3</translation>
        </message>
    </context>
    <context>
        <name>CaseloadModel</name>
        <message>
            <source>%1 (archived)</source>
            <translation>%1 (gearchiveerd)</translation>
        </message>
        <message>
            <source>%1 too many</source>
            <translation>%1 te veel</translation>
        </message>
        <message>
            <source>Full</source>
            <translation>Vol</translation>
        </message>
        <message>
            <source>Over-full: %1 active families against a maximum of %2.</source>
            <translation>Overvol: %1 actieve gezinnen bij een maximum van %2.</translation>
        </message>
        <message>
            <source>Full: no room for another family (maximum %1).</source>
            <translation>Vol: geen ruimte voor nog een gezin (maximum %1).</translation>
        </message>
        <message>
            <source>Room for %1 more (maximum %2).</source>
            <translation>Ruimte voor nog %1 (maximum %2).</translation>
        </message>
        <message>
            <source>%1 is archived but still has families.</source>
            <translation>%1 is gearchiveerd maar heeft nog gezinnen.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisatie</translation>
        </message>
        <message>
            <source>Active families</source>
            <translation>Actieve gezinnen</translation>
        </message>
        <message>
            <source>Maximum</source>
            <translation>Maximum</translation>
        </message>
        <message>
            <source>Free places</source>
            <translation>Vrije plaatsen</translation>
        </message>
    </context>
    <context>
        <name>CaseloadPage</name>
        <message>
            <source>&amp;Organisation:</source>
            <translation>&amp;Organisatie:</translation>
        </message>
        <message>
            <source>The %1 fullest</source>
            <translation>De %1 volste</translation>
        </message>
        <message>
            <source>&amp;Chart shows:</source>
            <translation>&amp;Grafiek toont:</translation>
        </message>
        <message>
            <source>All organisations</source>
            <translation>Alle organisaties</translation>
        </message>
        <message>
            <source>Workers: %1 · over-full: %2 · full: %3</source>
            <translation>Medewerkers: %1 · overvol: %2 · vol: %3</translation>
        </message>
    </context>
    <context>
        <name>CheckCommand</name>
        <message>
            <source>Check a database for damage and broken references, without changing it.</source>
            <translation>Een database controleren op schade en verbroken verwijzingen, zonder iets te veranderen.</translation>
        </message>
        <message>
            <source>The database %1 is intact (format %2).</source>
            <translation>De database %1 is in orde (formaat %2).</translation>
        </message>
        <message numerus="yes">
            <source>The database %1 is damaged: %2 (problems found: %n).</source>
            <translation>
                <numerusform>De database %1 is beschadigd: %2 (gevonden problemen: %n).</numerusform>
                <numerusform>De database %1 is beschadigd: %2 (gevonden problemen: %n).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Command</name>
        <message>
            <source>Show this help.</source>
            <translation>Deze hulp tonen.</translation>
        </message>
        <message>
            <source>Usage: duocoach-cli %1 %2</source>
            <translation>Gebruik: duocoach-cli %1 %2</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <source>Unknown command "%1".</source>
            <translation>Onbekende opdracht "%1".</translation>
        </message>
        <message>
            <source>Usage: duocoach-cli COMMAND [ARGUMENTS]</source>
            <translation>Gebruik: duocoach-cli OPDRACHT [ARGUMENTEN]</translation>
        </message>
        <message>
            <source>Commands:</source>
            <translation>Opdrachten:</translation>
        </message>
        <message>
            <source>"duocoach-cli COMMAND --help" tells more.</source>
            <translation>"duocoach-cli OPDRACHT --help" vertelt meer.</translation>
        </message>
    </context>
    <context>
        <name>CsvReader</name>
        <message>
            <source>The file %1 does not exist.</source>
            <translation>Het bestand %1 bestaat niet.</translation>
        </message>
        <message>
            <source>%1 is a folder, not a CSV file.</source>
            <translation>%1 is een map, geen CSV-bestand.</translation>
        </message>
        <message>
            <source>The file %1 is larger than %2 MB; split it into smaller files.</source>
            <translation>Het bestand %1 is groter dan %2 MB; splits het in kleinere bestanden.</translation>
        </message>
        <message>
            <source>The file %1 cannot be read: %2</source>
            <translation>Het bestand %1 kan niet worden gelezen: %2</translation>
        </message>
        <message>
            <source>There is not enough memory to read %1.</source>
            <translation>Er is niet genoeg geheugen om %1 te lezen.</translation>
        </message>
        <message>
            <source>The quote that opens this cell is never closed.</source>
            <translation>Het aanhalingsteken waarmee deze cel begint, wordt nergens gesloten.</translation>
        </message>
        <message>
            <source>This cell has a stray quote: a cell with quotes in it must be enclosed in quotes, with each quote inside doubled.</source>
            <translation>Deze cel bevat een los aanhalingsteken: een cel met aanhalingstekens moet tussen aanhalingstekens staan, met elk aanhalingsteken erin verdubbeld.</translation>
        </message>
        <message>
            <source>This cell is not UTF-8 text; save the file as CSV in UTF-8 (in Excel: "CSV UTF-8") and import it again.</source>
            <translation>Deze cel is geen UTF-8-tekst; sla het bestand op als CSV in UTF-8 (in Excel: "CSV UTF-8") en importeer het opnieuw.</translation>
        </message>
        <message>
            <source>The file %1 is empty; it needs a header row with the column names.</source>
            <translation>Het bestand %1 is leeg; het heeft een kopregel met de kolomnamen nodig.</translation>
        </message>
    </context>
    <context>
        <name>CsvTable</name>
        <message>
            <source>This cell lies in a column without a name in the header row.</source>
            <translation>Deze cel staat in een kolom zonder naam in de kopregel.</translation>
        </message>
        <message>
            <source>The column "%1" is not known; the known columns are %2.</source>
            <translation>De kolom "%1" is onbekend; de bekende kolommen zijn %2.</translation>
        </message>
        <message>
            <source>The column "%1" appears twice.</source>
            <translation>De kolom "%1" komt twee keer voor.</translation>
        </message>
        <message>
            <source>%1, row 1: the required column "%2" is missing.</source>
            <translation>%1, rij 1: de verplichte kolom "%2" ontbreekt.</translation>
        </message>
        <message>
            <source>This cell lies beyond the last column of the header row.</source>
            <translation>Deze cel staat voorbij de laatste kolom van de kopregel.</translation>
        </message>
        <message>
            <source>%1, row %2: %3</source>
            <translation>%1, rij %2: %3</translation>
        </message>
        <message>
            <source>%1, row %2, column %3: %4</source>
            <translation>%1, rij %2, kolom %3: %4</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>"%1" is a folder, not a DuoCoach database.</source>
            <translation>"%1" is een map, geen DuoCoach-database.</translation>
        </message>
        <message>
            <source>The database "%1" does not exist.</source>
            <translation>De database "%1" bestaat niet.</translation>
        </message>
        <message>
            <source>The database "%1" cannot be read.</source>
            <translation>De database "%1" kan niet worden gelezen.</translation>
        </message>
        <message>
            <source>"%1" is not a DuoCoach database.</source>
            <translation>"%1" is geen DuoCoach-database.</translation>
        </message>
        <message>
            <source>The folder for "%1" does not exist.</source>
            <translation>De map voor "%1" bestaat niet.</translation>
        </message>
        <message>
            <source>The database "%1" cannot be written: the file is read-only.</source>
            <translation>In de database "%1" kan niet worden geschreven: het bestand is alleen-lezen.</translation>
        </message>
        <message>
            <source>The database "%1" cannot be written: its folder is read-only.</source>
            <translation>In de database "%1" kan niet worden geschreven: de map is alleen-lezen.</translation>
        </message>
        <message>
            <source>The database "%1" cannot be created: %2</source>
            <translation>De database "%1" kan niet worden aangemaakt: %2</translation>
        </message>
        <message>
            <source>The database "%1" cannot be opened: %2</source>
            <translation>De database "%1" kan niet worden geopend: %2</translation>
        </message>
        <message>
            <source>The database "%1" is locked by another program.</source>
            <translation>De database "%1" is vergrendeld door een ander programma.</translation>
        </message>
        <message>
            <source>The database "%1" is damaged and cannot be read.</source>
            <translation>De database "%1" is beschadigd en kan niet worden gelezen.</translation>
        </message>
        <message>
            <source>"%1" is a database of another program, not of DuoCoach.</source>
            <translation>"%1" is een database van een ander programma, niet van DuoCoach.</translation>
        </message>
        <message>
            <source>The database "%1" was written by a newer version of DuoCoach (format %2; this version reads up to format %3).</source>
            <translation>De database "%1" is geschreven door een nieuwere versie van DuoCoach (formaat %2; deze versie leest tot en met formaat %3).</translation>
        </message>
        <message>
            <source>The database "%1" cannot be opened for writing: %2</source>
            <translation>De database "%1" kan niet worden geopend om te schrijven: %2</translation>
        </message>
        <message>
            <source>Could not make a backup copy of "%1" before upgrading it: %2</source>
            <translation>Er kon geen reservekopie van "%1" worden gemaakt vóór het bijwerken: %2</translation>
        </message>
        <message>
            <source>The database "%1" is in use by another program; nothing was saved. Try again in a moment.</source>
            <translation>De database "%1" is in gebruik door een ander programma; er is niets opgeslagen. Probeer het zo nog eens.</translation>
        </message>
        <message>
            <source>The database "%1" cannot be written; nothing was saved.</source>
            <translation>In de database "%1" kan niet worden geschreven; er is niets opgeslagen.</translation>
        </message>
        <message>
            <source>The database "%1" could not be written (is the disk full?); nothing was saved.</source>
            <translation>In de database "%1" kon niet worden geschreven (is de schijf vol?); er is niets opgeslagen.</translation>
        </message>
        <message>
            <source>The database "%1" is damaged.</source>
            <translation>De database "%1" is beschadigd.</translation>
        </message>
        <message>
            <source>The database "%1" reported an error: %2</source>
            <translation>De database "%1" meldde een fout: %2</translation>
        </message>
        <message>
            <source>Row %1 of table %2 refers to a missing row in %3.</source>
            <translation>Rij %1 van tabel %2 verwijst naar een ontbrekende rij in %3.</translation>
        </message>
    </context>
    <context>
        <name>DemoCommand</name>
        <message>
            <source>Fill an empty database with fictitious families, workers, duos and a year of visits.</source>
            <translation>Een lege database vullen met verzonnen gezinnen, medewerkers, duo's en een jaar aan huisbezoeken.</translation>
        </message>
        <message>
            <source>Number of families (default 120).</source>
            <translation>Aantal gezinnen (standaard 120).</translation>
        </message>
        <message>
            <source>Random seed; the same seed gives the same data.</source>
            <translation>Startwaarde voor het toeval; dezelfde waarde geeft dezelfde gegevens.</translation>
        </message>
        <message>
            <source>Reference date (YYYY-MM-DD) the year of visits ends on.</source>
            <translation>Peildatum (JJJJ-MM-DD) waarop het jaar aan huisbezoeken eindigt.</translation>
        </message>
        <message>
            <source>Print what was created as JSON.</source>
            <translation>Wat is aangemaakt als JSON tonen.</translation>
        </message>
        <message>
            <source>--seed needs a whole number.</source>
            <translation>--seed heeft een geheel getal nodig.</translation>
        </message>
        <message>
            <source>--today needs a date like 2026-03-01.</source>
            <translation>--today heeft een datum nodig zoals 2026-03-01.</translation>
        </message>
        <message>
            <source>Created %1 families, %2 workers, %3 duos and %4 visits in %5 s.</source>
            <translation>%1 gezinnen, %2 medewerkers, %3 duo's en %4 huisbezoeken aangemaakt in %5 s.</translation>
        </message>
        <message>
            <source>--families needs a whole number from 1 to %1.</source>
            <translation>--families heeft een geheel getal van 1 tot en met %1 nodig.</translation>
        </message>
    </context>
    <context>
        <name>DemoDataOffer</name>
        <message>
            <source>Load demo data?</source>
            <translation>Demogegevens laden?</translation>
        </message>
        <message>
            <source>This database is empty. Do you want to load demo data to try DuoCoach?

The families, workers and visits in the demo data are fictitious. Use a separate database for real families.</source>
            <translation>Deze database is leeg. Wilt u demogegevens laden om DuoCoach uit te proberen?

De gezinnen, medewerkers en huisbezoeken in de demogegevens zijn verzonnen. Gebruik een aparte database voor echte gezinnen.</translation>
        </message>
        <message>
            <source>Load demo data</source>
            <translation>Demogegevens laden</translation>
        </message>
    </context>
    <context>
        <name>DemoGenerator</name>
        <message>
            <source>The database "%1" already holds families or workers; demo data is only added to an empty database.</source>
            <translation>De database "%1" bevat al gezinnen of medewerkers; demogegevens worden alleen aan een lege database toegevoegd.</translation>
        </message>
        <message>
            <source>The number of demo families must be between 1 and %1.</source>
            <translation>Het aantal demogezinnen moet tussen 1 en %1 liggen.</translation>
        </message>
    </context>
    <context>
        <name>DisplayText</name>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>Both</source>
            <translation>Beiden</translation>
        </message>
        <message>
            <source>Trusted person only</source>
            <translation>Alleen vertrouwenspersoon</translation>
        </message>
        <message>
            <source>Professional only</source>
            <translation>Alleen professional</translation>
        </message>
        <message>
            <source>Neither</source>
            <translation>Geen van beiden</translation>
        </message>
    </context>
    <context>
        <name>DomainText</name>
        <message>
            <source>Community organisation</source>
            <translation>Zelforganisatie</translation>
        </message>
        <message>
            <source>Care provider</source>
            <translation>Zorgaanbieder</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Gemeente</translation>
        </message>
        <message>
            <source>Trusted person</source>
            <translation>Vertrouwenspersoon</translation>
        </message>
        <message>
            <source>Professional</source>
            <translation>Professional</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Vrouw</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Man</translation>
        </message>
        <message>
            <source>No preference</source>
            <translation>Geen voorkeur</translation>
        </message>
        <message>
            <source>Referred</source>
            <translation>Aangemeld</translation>
        </message>
        <message>
            <source>Intake</source>
            <translation>Intake</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actief</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Afgesloten</translation>
        </message>
        <message>
            <source>Parent</source>
            <translation>Ouder</translation>
        </message>
        <message>
            <source>Child</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Gepland</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Uitgevoerd</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Afgezegd</translation>
        </message>
        <message>
            <source>No-show</source>
            <translation>Niet aangetroffen</translation>
        </message>
        <message>
            <source>Other</source>
            <comment>gender</comment>
            <translation>Anders</translation>
        </message>
        <message>
            <source>Other</source>
            <comment>household member role</comment>
            <translation>Overig</translation>
        </message>
    </context>
    <context>
        <name>DuoDialog</name>
        <message>
            <source>Duo %1</source>
            <translation>Duo %1</translation>
        </message>
        <message>
            <source>New Duo</source>
            <translation>Nieuw duo</translation>
        </message>
        <message>
            <source>Trusted person:</source>
            <translation>Vertrouwenspersoon:</translation>
        </message>
        <message>
            <source>Professional:</source>
            <translation>Professional:</translation>
        </message>
        <message>
            <source>Working together from:</source>
            <translation>Werkt samen vanaf:</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Opslaan</translation>
        </message>
        <message>
            <source>Form Duo</source>
            <translation>Duo vormen</translation>
        </message>
        <message>
            <source>Choose a trusted person</source>
            <translation>Kies een vertrouwenspersoon</translation>
        </message>
        <message>
            <source>Choose a professional</source>
            <translation>Kies een professional</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>%1 — %2 (%3)</source>
            <comment>name, organisation, languages</comment>
            <translation>%1 — %2 (%3)</translation>
        </message>
        <message>
            <source>Choose the trusted person of the duo.</source>
            <translation>Kies de vertrouwenspersoon van het duo.</translation>
        </message>
        <message>
            <source>Choose the professional of the duo.</source>
            <translation>Kies de professional van het duo.</translation>
        </message>
    </context>
    <context>
        <name>DuoListModel</name>
        <message>
            <source>Trusted person</source>
            <translation>Vertrouwenspersoon</translation>
        </message>
        <message>
            <source>Professional</source>
            <translation>Professional</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Van</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Tot en met</translation>
        </message>
    </context>
    <context>
        <name>DuoStore</name>
        <message>
            <source>A duo needs a trusted person.</source>
            <translation>Een duo heeft een vertrouwenspersoon nodig.</translation>
        </message>
        <message>
            <source>A duo needs a professional.</source>
            <translation>Een duo heeft een professional nodig.</translation>
        </message>
        <message>
            <source>%1 is not a trusted person.</source>
            <translation>%1 is geen vertrouwenspersoon.</translation>
        </message>
        <message>
            <source>%1 is not a professional.</source>
            <translation>%1 is geen professional.</translation>
        </message>
        <message>
            <source>%1 is no longer active.</source>
            <translation>%1 is niet meer actief.</translation>
        </message>
        <message>
            <source>A duo needs a start date.</source>
            <translation>Een duo heeft een begindatum nodig.</translation>
        </message>
        <message>
            <source>A duo cannot end before it starts.</source>
            <translation>Een duo kan niet eindigen voordat het begint.</translation>
        </message>
        <message>
            <source>There is no duo with number %1.</source>
            <translation>Er is geen duo met nummer %1.</translation>
        </message>
        <message>
            <source>%1 cannot be both the trusted person and the professional of a duo.</source>
            <translation>%1 kan niet tegelijk vertrouwenspersoon en professional van een duo zijn.</translation>
        </message>
        <message>
            <source>The duo %1 has already worked with families, so its members stay; form a new duo instead.</source>
            <translation>Het duo %1 heeft al met gezinnen gewerkt, dus de leden blijven; vorm in plaats daarvan een nieuw duo.</translation>
        </message>
        <message>
            <source>The duo cannot start after its first work with a family, on %1.</source>
            <translation>Het duo kan niet later beginnen dan het eerste werk met een gezin, op %1.</translation>
        </message>
        <message>
            <source>The duo %1 still works with families after %2; assign them another duo first.</source>
            <translation>Het duo %1 werkt na %2 nog met gezinnen; koppel hen eerst aan een ander duo.</translation>
        </message>
        <message>
            <source>The duo %1 cannot be removed: it has worked with families.</source>
            <translation>Het duo %1 kan niet worden verwijderd: het heeft met gezinnen gewerkt.</translation>
        </message>
        <message>
            <source>The duo %1 cannot be put back: another program changed the database in the meantime.</source>
            <translation>Het duo %1 kan niet worden teruggezet: een ander programma heeft de database intussen gewijzigd.</translation>
        </message>
    </context>
    <context>
        <name>EditCommand</name>
        <message>
            <source>Undo</source>
            <translation>Ongedaan maken</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Opnieuw</translation>
        </message>
        <message>
            <source>"%1" could not be undone: %2</source>
            <translation>"%1" kon niet ongedaan worden gemaakt: %2</translation>
        </message>
        <message>
            <source>"%1" could not be redone: %2</source>
            <translation>"%1" kon niet opnieuw worden gedaan: %2</translation>
        </message>
    </context>
    <context>
        <name>EditDuoCommand</name>
        <message>
            <source>Edit duo</source>
            <translation>Duo bewerken</translation>
        </message>
        <message>
            <source>Edit duo %1</source>
            <translation>Duo %1 bewerken</translation>
        </message>
    </context>
    <context>
        <name>EditFamilyCommand</name>
        <message>
            <source>Close family %1</source>
            <translation>Dossier van gezin %1 afsluiten</translation>
        </message>
        <message>
            <source>Edit family %1</source>
            <translation>Gezin %1 bewerken</translation>
        </message>
    </context>
    <context>
        <name>EditMemberCommand</name>
        <message>
            <source>Edit household member %1</source>
            <translation>Gezinslid %1 bewerken</translation>
        </message>
    </context>
    <context>
        <name>EditOrganisationCommand</name>
        <message>
            <source>Edit organisation %1</source>
            <translation>Organisatie %1 bewerken</translation>
        </message>
    </context>
    <context>
        <name>EditWorkerCommand</name>
        <message>
            <source>Edit worker %1</source>
            <translation>Medewerker %1 bewerken</translation>
        </message>
    </context>
    <context>
        <name>EndDuoCommand</name>
        <message>
            <source>End duo %1</source>
            <translation>Duo %1 beëindigen</translation>
        </message>
    </context>
    <context>
        <name>FamilyActions</name>
        <message>
            <source>New Family…</source>
            <translation>Nieuw gezin…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Bewerken…</translation>
        </message>
        <message>
            <source>Close File…</source>
            <translation>Dossier afsluiten…</translation>
        </message>
        <message>
            <source>Add Household Member…</source>
            <translation>Gezinslid toevoegen…</translation>
        </message>
        <message>
            <source>Assign Duo…</source>
            <translation>Duo koppelen…</translation>
        </message>
        <message>
            <source>Double-click a member to correct them; right-click to remove.</source>
            <translation>Dubbelklik op een gezinslid om het te verbeteren; klik met rechts om het te verwijderen.</translation>
        </message>
        <message>
            <source>Edit Family</source>
            <translation>Gezin bewerken</translation>
        </message>
        <message>
            <source>Close File</source>
            <translation>Dossier afsluiten</translation>
        </message>
        <message>
            <source>Add Household Member</source>
            <translation>Gezinslid toevoegen</translation>
        </message>
        <message>
            <source>Edit Household Member</source>
            <translation>Gezinslid bewerken</translation>
        </message>
        <message>
            <source>Remove Household Member</source>
            <translation>Gezinslid verwijderen</translation>
        </message>
        <message>
            <source>Edit %1…</source>
            <translation>%1 bewerken…</translation>
        </message>
        <message>
            <source>Remove %1</source>
            <translation>%1 verwijderen</translation>
        </message>
        <message>
            <source>Assign Duo</source>
            <translation>Duo koppelen</translation>
        </message>
    </context>
    <context>
        <name>FamilyDetailPane</name>
        <message>
            <source>Select a family in the list to see its household, duo and visits.</source>
            <translation>Kies een gezin in de lijst om de gezinsleden, het duo en de huisbezoeken te zien.</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Gezin</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>Adres:</translation>
        </message>
        <message>
            <source>District:</source>
            <translation>Wijk:</translation>
        </message>
        <message>
            <source>Home languages:</source>
            <translation>Thuistalen:</translation>
        </message>
        <message>
            <source>Preferred trusted person:</source>
            <translation>Voorkeur vertrouwenspersoon:</translation>
        </message>
        <message>
            <source>Referred by:</source>
            <translation>Aangemeld door:</translation>
        </message>
        <message>
            <source>Closed:</source>
            <translation>Afgesloten:</translation>
        </message>
        <message>
            <source>Household</source>
            <translation>Gezinsleden</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Voornaam</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>Birth year</source>
            <translation>Geboortejaar</translation>
        </message>
        <message>
            <source>Duo</source>
            <translation>Duo</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Van</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Tot en met</translation>
        </message>
        <message>
            <source>Date and time</source>
            <translation>Datum en tijd</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duur</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Aanwezig</translation>
        </message>
        <message>
            <source>No visits yet.</source>
            <translation>Nog geen huisbezoeken.</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>Referred on %1</source>
            <translation>Aangemeld op %1</translation>
        </message>
        <message>
            <source>%1, referred on %2</source>
            <translation>%1, aangemeld op %2</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>Onbekend</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>postcode and city</comment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <comment>street, then postcode and city</comment>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; since %2</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; sinds %2</translation>
        </message>
        <message>
            <source>No duo: the family's file is closed.</source>
            <translation>Geen duo: het dossier van het gezin is afgesloten.</translation>
        </message>
        <message>
            <source>No duo is assigned at the moment.</source>
            <translation>Er is op dit moment geen duo gekoppeld.</translation>
        </message>
        <message>
            <source>Latest visits (%1 of %2)</source>
            <translation>Laatste huisbezoeken (%1 van %2)</translation>
        </message>
        <message>
            <source>Visits (%1)</source>
            <translation>Huisbezoeken (%1)</translation>
        </message>
    </context>
    <context>
        <name>FamilyDialog</name>
        <message>
            <source>Family %1</source>
            <translation>Gezin %1</translation>
        </message>
        <message>
            <source>New Family</source>
            <translation>Nieuw gezin</translation>
        </message>
        <message>
            <source>Street and house number</source>
            <translation>Straat en huisnummer</translation>
        </message>
        <message>
            <source>1234 AB</source>
            <translation>1234 AB</translation>
        </message>
        <message>
            <source>Neighbourhood or district</source>
            <translation>Buurt of wijk</translation>
        </message>
        <message>
            <source>For example the neighbourhood team or the GP</source>
            <translation>Bijvoorbeeld het wijkteam of de huisarts</translation>
        </message>
        <message>
            <source>Why the support ends</source>
            <translation>Waarom de ondersteuning stopt</translation>
        </message>
        <message>
            <source>Family name:</source>
            <translation>Familienaam:</translation>
        </message>
        <message>
            <source>Street:</source>
            <translation>Straat:</translation>
        </message>
        <message>
            <source>Postcode:</source>
            <translation>Postcode:</translation>
        </message>
        <message>
            <source>City:</source>
            <translation>Plaats:</translation>
        </message>
        <message>
            <source>District:</source>
            <translation>Wijk:</translation>
        </message>
        <message>
            <source>Home languages:</source>
            <translation>Thuistalen:</translation>
        </message>
        <message>
            <source>Trusted person wished:</source>
            <translation>Gewenste vertrouwenspersoon:</translation>
        </message>
        <message>
            <source>Referred by:</source>
            <translation>Aangemeld door:</translation>
        </message>
        <message>
            <source>Referred on:</source>
            <translation>Aangemeld op:</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <source>Closed on:</source>
            <translation>Afgesloten op:</translation>
        </message>
        <message>
            <source>Closing reason:</source>
            <translation>Reden van afsluiten:</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Opslaan</translation>
        </message>
        <message>
            <source>Add Family</source>
            <translation>Gezin toevoegen</translation>
        </message>
        <message>
            <source>Close the File of %1</source>
            <translation>Het dossier van %1 afsluiten</translation>
        </message>
        <message>
            <source>Close File</source>
            <translation>Dossier afsluiten</translation>
        </message>
    </context>
    <context>
        <name>FamilyImporter</name>
        <message>
            <source>The family %1 already appears in row %2.</source>
            <translation>Het gezin %1 staat al in rij %2.</translation>
        </message>
        <message>
            <source>The family name is empty.</source>
            <translation>De familienaam is leeg.</translation>
        </message>
        <message>
            <source>The referral date is empty.</source>
            <translation>De aanmelddatum is leeg.</translation>
        </message>
        <message>
            <source>The family %1 (referred on %2) is already in the database.</source>
            <translation>Het gezin %1 (aangemeld op %2) staat al in de database.</translation>
        </message>
    </context>
    <context>
        <name>FamilyListModel</name>
        <message>
            <source>Waiting for a duo</source>
            <translation>Wacht op een duo</translation>
        </message>
        <message>
            <source>Case code</source>
            <translation>Casuscode</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>Familienaam</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Plaats</translation>
        </message>
        <message>
            <source>District</source>
            <translation>Wijk</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Duo</source>
            <translation>Duo</translation>
        </message>
    </context>
    <context>
        <name>FamilyPage</name>
        <message>
            <source>Search by case code, family name or district</source>
            <translation>Zoek op casuscode, familienaam of wijk</translation>
        </message>
        <message>
            <source>There are no families in this database yet.</source>
            <translation>Er staan nog geen gezinnen in deze database.</translation>
        </message>
        <message>
            <source>No family matches "%1".</source>
            <translation>Geen gezin past bij "%1".</translation>
        </message>
        <message>
            <source>Families: %1</source>
            <translation>Gezinnen: %1</translation>
        </message>
        <message>
            <source>Found: %1</source>
            <translation>Gevonden: %1</translation>
        </message>
    </context>
    <context>
        <name>FamilyStore</name>
        <message>
            <source>There is no family with number %1.</source>
            <translation>Er is geen gezin met nummer %1.</translation>
        </message>
        <message>
            <source>There is no family with case code %1.</source>
            <translation>Er is geen gezin met casuscode %1.</translation>
        </message>
        <message>
            <source>The family %1 cannot be removed: it already has household members, a duo or visits.</source>
            <translation>Het gezin %1 kan niet worden verwijderd: het heeft al gezinsleden, een duo of huisbezoeken.</translation>
        </message>
        <message>
            <source>The family %1 cannot be put back: another program changed the database in the meantime.</source>
            <translation>Het gezin %1 kan niet worden teruggezet: een ander programma heeft de database intussen gewijzigd.</translation>
        </message>
        <message>
            <source>There is no household member with number %1.</source>
            <translation>Er is geen gezinslid met nummer %1.</translation>
        </message>
        <message>
            <source>%1 cannot be removed: the visit log records that %1 was present.</source>
            <translation>%1 kan niet worden verwijderd: het bezoeklogboek vermeldt dat %1 aanwezig was.</translation>
        </message>
        <message>
            <source>%1 cannot be put back: another program changed the database in the meantime.</source>
            <translation>%1 kan niet worden teruggezet: een ander programma heeft de database intussen gewijzigd.</translation>
        </message>
    </context>
    <context>
        <name>Handover</name>
        <message>
            <source>Choose a new duo for the family %1.</source>
            <translation>Kies een nieuw duo voor het gezin %1.</translation>
        </message>
        <message>
            <source>The duo chosen for the family %1 ends as well; choose another duo.</source>
            <translation>Het duo dat voor het gezin %1 is gekozen, stopt ook; kies een ander duo.</translation>
        </message>
        <message>
            <source>%1 is no longer active.</source>
            <translation>%1 is niet meer actief.</translation>
        </message>
        <message>
            <source>Archiving needs a date.</source>
            <translation>Archiveren heeft een datum nodig.</translation>
        </message>
        <message>
            <source>%1 is archived already.</source>
            <translation>%1 is al gearchiveerd.</translation>
        </message>
        <message>
            <source>Ending a duo needs a date.</source>
            <translation>Het beëindigen van een duo heeft een datum nodig.</translation>
        </message>
        <message>
            <source>The duo %1 has ended already.</source>
            <translation>Het duo %1 is al beëindigd.</translation>
        </message>
    </context>
    <context>
        <name>HandoverDialog</name>
        <message>
            <source>Archive %1</source>
            <translation>%1 archiveren</translation>
        </message>
        <message>
            <source>End the Duo %1</source>
            <translation>Het duo %1 beëindigen</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Gezin</translation>
        </message>
        <message>
            <source>Duo now</source>
            <translation>Duo nu</translation>
        </message>
        <message>
            <source>New duo</source>
            <translation>Nieuw duo</translation>
        </message>
        <message>
            <source>Handover on:</source>
            <translation>Overdracht op:</translation>
        </message>
        <message>
            <source>%1 has no families to hand over. Archiving ends the duos %1 is in; they stay in the history.</source>
            <translation>%1 heeft geen gezinnen om over te dragen. Archiveren beëindigt de duo's waarin %1 zit; ze blijven in de geschiedenis.</translation>
        </message>
        <message>
            <source>%1 still works with the families below. Choose the duo that takes over each family; the best match is suggested. The handover and the archiving are one step, which Undo takes back as a whole.</source>
            <translation>%1 werkt nog met de gezinnen hieronder. Kies per gezin het duo dat het overneemt; de beste match is voorgesteld. De overdracht en het archiveren zijn één stap, die Ongedaan maken in zijn geheel terugdraait.</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>Archiveren</translation>
        </message>
        <message>
            <source>Hand Over and Archive</source>
            <translation>Overdragen en archiveren</translation>
        </message>
        <message>
            <source>The duo %1 has no families to hand over.</source>
            <translation>Het duo %1 heeft geen gezinnen om over te dragen.</translation>
        </message>
        <message>
            <source>The duo %1 still works with the families below. Choose the duo that takes over each family; the best match is suggested.</source>
            <translation>Het duo %1 werkt nog met de gezinnen hieronder. Kies per gezin het duo dat het overneemt; de beste match is voorgesteld.</translation>
        </message>
        <message>
            <source>End Duo</source>
            <translation>Duo beëindigen</translation>
        </message>
        <message>
            <source>Hand Over and End Duo</source>
            <translation>Overdragen en duo beëindigen</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>Choose a duo</source>
            <translation>Kies een duo</translation>
        </message>
        <message>
            <source>%1 (%2 points)</source>
            <translation>%1 (%2 punten)</translation>
        </message>
        <message>
            <source>No other duo can take over %1; form a new duo first.</source>
            <translation>Geen ander duo kan %1 overnemen; vorm eerst een nieuw duo.</translation>
        </message>
        <message>
            <source>Choose the duo that takes over %1.</source>
            <translation>Kies het duo dat %1 overneemt.</translation>
        </message>
    </context>
    <context>
        <name>ImportCommand</name>
        <message>
            <source>Import families or workers from a CSV file, all or nothing.</source>
            <translation>Gezinnen of medewerkers uit een CSV-bestand importeren, alles of niets.</translation>
        </message>
        <message>
            <source>CSV file with families (see docs/import-format.md).</source>
            <translation>CSV-bestand met gezinnen (zie docs/import-format.md).</translation>
        </message>
        <message>
            <source>CSV file with trusted persons and professionals.</source>
            <translation>CSV-bestand met vertrouwenspersonen en professionals.</translation>
        </message>
        <message>
            <source>Usage: duocoach-cli %1 %2</source>
            <translation>Gebruik: duocoach-cli %1 %2</translation>
        </message>
        <message>
            <source>The database %1 does not exist; create it first with "duocoach-cli init %1".</source>
            <translation>De database %1 bestaat niet; maak hem eerst aan met "duocoach-cli init %1".</translation>
        </message>
        <message>
            <source>Workers imported from %1: %2 (trusted persons: %3, professionals: %4).</source>
            <translation>Medewerkers geïmporteerd uit %1: %2 (vertrouwenspersonen: %3, professionals: %4).</translation>
        </message>
        <message>
            <source>New organisations: %1.</source>
            <translation>Nieuwe organisaties: %1.</translation>
        </message>
        <message>
            <source>Families imported from %1: %2.</source>
            <translation>Gezinnen geïmporteerd uit %1: %2.</translation>
        </message>
        <message>
            <source>Case code: %1.</source>
            <translation>Casuscode: %1.</translation>
        </message>
        <message>
            <source>Case codes: %1 to %2.</source>
            <translation>Casuscodes: %1 tot en met %2.</translation>
        </message>
    </context>
    <context>
        <name>ImportFamiliesCommand</name>
        <message>
            <source>Import families from %1</source>
            <translation>Gezinnen importeren uit %1</translation>
        </message>
    </context>
    <context>
        <name>ImportFields</name>
        <message>
            <source>The language "%1" is not known; use a code like ar or a name like Arabic, separated by |.</source>
            <translation>De taal "%1" is onbekend; gebruik een code zoals ar of een naam zoals Arabisch, gescheiden door |.</translation>
        </message>
        <message>
            <source>"%1" is not a date like 2026-03-01 or 01-03-2026.</source>
            <translation>"%1" is geen datum zoals 2026-03-01 of 01-03-2026.</translation>
        </message>
        <message>
            <source>The date "%1" does not exist.</source>
            <translation>De datum "%1" bestaat niet.</translation>
        </message>
        <message>
            <source>The gender "%1" is not female, male or other.</source>
            <translation>Het geslacht "%1" is niet female, male of other.</translation>
        </message>
        <message>
            <source>The wish "%1" is not empty, none, female or male.</source>
            <translation>De wens "%1" is niet leeg, none, female of male.</translation>
        </message>
        <message>
            <source>The role "%1" is not trusted_person or professional.</source>
            <translation>De rol "%1" is niet trusted_person of professional.</translation>
        </message>
        <message>
            <source>"%1" is not a whole number from %2 to %3.</source>
            <translation>"%1" is geen geheel getal van %2 tot en met %3.</translation>
        </message>
    </context>
    <context>
        <name>ImportFlow</name>
        <message>
            <source>Import Families</source>
            <translation>Gezinnen importeren</translation>
        </message>
        <message>
            <source>The file %1 holds no families.</source>
            <translation>Het bestand %1 bevat geen gezinnen.</translation>
        </message>
        <message>
            <source>Families in %1: %2. Import them? Each gets a new case code; Undo takes the whole import back.</source>
            <translation>Gezinnen in %1: %2. Importeren? Elk gezin krijgt een nieuwe casuscode; Ongedaan maken draait de hele import terug.</translation>
        </message>
        <message>
            <source>Families imported from %1: %2.</source>
            <translation>Gezinnen geïmporteerd uit %1: %2.</translation>
        </message>
        <message>
            <source>Import Workers</source>
            <translation>Medewerkers importeren</translation>
        </message>
        <message>
            <source>The file %1 holds no workers.</source>
            <translation>Het bestand %1 bevat geen medewerkers.</translation>
        </message>
        <message>
            <source>Workers in %1: %2 (trusted persons: %3, professionals: %4).</source>
            <translation>Medewerkers in %1: %2 (vertrouwenspersonen: %3, professionals: %4).</translation>
        </message>
        <message>
            <source>New organisations: %1.</source>
            <translation>Nieuwe organisaties: %1.</translation>
        </message>
        <message>
            <source>Import them? Undo takes the whole import back.</source>
            <translation>Importeren? Ongedaan maken draait de hele import terug.</translation>
        </message>
        <message>
            <source>Workers imported from %1: %2.</source>
            <translation>Medewerkers geïmporteerd uit %1: %2.</translation>
        </message>
    </context>
    <context>
        <name>ImportWorkersCommand</name>
        <message>
            <source>Import workers from %1</source>
            <translation>Medewerkers importeren uit %1</translation>
        </message>
    </context>
    <context>
        <name>InitCommand</name>
        <message>
            <source>Create an empty DuoCoach database, or upgrade an older one.</source>
            <translation>Een lege DuoCoach-database aanmaken, of een oudere bijwerken.</translation>
        </message>
        <message>
            <source>Created the database %1 (format %2).</source>
            <translation>De database %1 is aangemaakt (formaat %2).</translation>
        </message>
        <message>
            <source>Upgraded the database %1 to format %2; the old file was kept as %3.</source>
            <translation>De database %1 is bijgewerkt naar formaat %2; het oude bestand is bewaard als %3.</translation>
        </message>
        <message>
            <source>The database %1 is up to date (format %2).</source>
            <translation>De database %1 is bij de tijd (formaat %2).</translation>
        </message>
    </context>
    <context>
        <name>Languages</name>
        <message>
            <source>Dutch</source>
            <translation>Nederlands</translation>
        </message>
        <message>
            <source>Arabic</source>
            <translation>Arabisch</translation>
        </message>
        <message>
            <source>Turkish</source>
            <translation>Turks</translation>
        </message>
        <message>
            <source>Tamazight</source>
            <translation>Tamazight</translation>
        </message>
        <message>
            <source>Sranan Tongo</source>
            <translation>Sranantongo</translation>
        </message>
        <message>
            <source>Papiamento</source>
            <translation>Papiaments</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Engels</translation>
        </message>
        <message>
            <source>French</source>
            <translation>Frans</translation>
        </message>
        <message>
            <source>Polish</source>
            <translation>Pools</translation>
        </message>
        <message>
            <source>Tigrinya</source>
            <translation>Tigrinya</translation>
        </message>
        <message>
            <source>Somali</source>
            <translation>Somalisch</translation>
        </message>
        <message>
            <source>Persian</source>
            <translation>Perzisch</translation>
        </message>
        <message>
            <source>Dari</source>
            <translation>Dari</translation>
        </message>
        <message>
            <source>Ukrainian</source>
            <translation>Oekraïens</translation>
        </message>
        <message>
            <source>Bulgarian</source>
            <translation>Bulgaars</translation>
        </message>
        <message>
            <source>Urdu</source>
            <translation>Urdu</translation>
        </message>
        <message>
            <source>Kurdish</source>
            <translation>Koerdisch</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Bestand</translation>
        </message>
        <message>
            <source>&amp;Open Database…</source>
            <translation>Database &amp;openen…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Afsluiten</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Instellingen</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Taal</translation>
        </message>
        <message>
            <source>System Language</source>
            <translation>Systeemtaal</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;About DuoCoach</source>
            <translation>&amp;Over DuoCoach</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>Over &amp;Qt</translation>
        </message>
        <message>
            <source>Open Database</source>
            <translation>Database openen</translation>
        </message>
        <message>
            <source>Demo data loaded. All names in it are fictitious.</source>
            <translation>Demogegevens geladen. Alle namen erin zijn verzonnen.</translation>
        </message>
        <message>
            <source>DuoCoach databases (*.sqlite *.db);;All files (*)</source>
            <translation>DuoCoach-databases (*.sqlite *.db);;Alle bestanden (*)</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Taal</translation>
        </message>
        <message>
            <source>The new language takes effect after DuoCoach is restarted.</source>
            <translation>De nieuwe taal gaat in wanneer DuoCoach opnieuw is gestart.</translation>
        </message>
        <message>
            <source>About DuoCoach</source>
            <translation>Over DuoCoach</translation>
        </message>
        <message>
            <source>&lt;h3&gt;DuoCoach %1&lt;/h3&gt;&lt;p&gt;Duo coaching in Dutch youth and family care: a trusted person from a community organisation and a professional from a care provider visit a family together.&lt;/p&gt;&lt;p&gt;This version shows families, workers, duos and the visit log.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;DuoCoach %1&lt;/h3&gt;&lt;p&gt;Duo-coaching in de Nederlandse jeugd- en gezinszorg: een vertrouwenspersoon van een zelforganisatie en een professional van een zorgaanbieder bezoeken samen een gezin.&lt;/p&gt;&lt;p&gt;Deze versie toont gezinnen, medewerkers, duo's en het bezoeklogboek.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Families: %1 · Workers: %2 · Duos: %3 · Visits: %4</source>
            <translation>Gezinnen: %1 · Medewerkers: %2 · Duo's: %3 · Huisbezoeken: %4</translation>
        </message>
        <message>
            <source>Import &amp;Families…</source>
            <translation>&amp;Gezinnen importeren…</translation>
        </message>
        <message>
            <source>Import &amp;Workers…</source>
            <translation>&amp;Medewerkers importeren…</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>Be&amp;werken</translation>
        </message>
        <message>
            <source>Import Families</source>
            <translation>Gezinnen importeren</translation>
        </message>
        <message>
            <source>Import Workers</source>
            <translation>Medewerkers importeren</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>CSV-bestanden (*.csv *.txt);;Alle bestanden (*)</translation>
        </message>
    </context>
    <context>
        <name>Matcher</name>
        <message>
            <source>Speaks %1 with the family</source>
            <translation>Spreekt %1 met het gezin</translation>
        </message>
        <message>
            <source>Speaks only Dutch with the family, not %1</source>
            <translation>Spreekt alleen Nederlands met het gezin, geen %1</translation>
        </message>
        <message>
            <source>Speaks none of the family's languages (%1)</source>
            <translation>Spreekt geen van de talen van het gezin (%1)</translation>
        </message>
        <message>
            <source>The professional also speaks %1</source>
            <translation>De professional spreekt ook %1</translation>
        </message>
        <message>
            <source>Works in %1</source>
            <translation>Werkt in %1</translation>
        </message>
        <message>
            <source>Works in the same city (%1)</source>
            <translation>Werkt in dezelfde plaats (%1)</translation>
        </message>
        <message>
            <source>Trusted person is a woman, as the family wishes</source>
            <translation>De vertrouwenspersoon is een vrouw, zoals het gezin wenst</translation>
        </message>
        <message>
            <source>Trusted person is a man, as the family wishes</source>
            <translation>De vertrouwenspersoon is een man, zoals het gezin wenst</translation>
        </message>
        <message>
            <source>The family asked for a woman as trusted person</source>
            <translation>Het gezin vroeg om een vrouw als vertrouwenspersoon</translation>
        </message>
        <message>
            <source>The family asked for a man as trusted person</source>
            <translation>Het gezin vroeg om een man als vertrouwenspersoon</translation>
        </message>
        <message numerus="yes">
            <source>%1: caseload full (%2 of %n)</source>
            <translation>
                <numerusform>%1: caseload vol (%2 van %n)</numerusform>
                <numerusform>%1: caseload vol (%2 van %n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: %2 of %n places free</source>
            <translation>
                <numerusform>%1: %2 van %n plaats vrij</numerusform>
                <numerusform>%1: %2 van %n plaatsen vrij</numerusform>
            </translation>
        </message>
        <message>
            <source>Works with this family now</source>
            <translation>Werkt nu met dit gezin</translation>
        </message>
        <message>
            <source>Worked with this family before</source>
            <translation>Werkte eerder met dit gezin</translation>
        </message>
        <message>
            <source>%1 worked with this family before, in another duo</source>
            <translation>%1 werkte eerder met dit gezin, in een ander duo</translation>
        </message>
        <message>
            <source>The family %1 is closed; a closed family is not assigned a duo.</source>
            <translation>Het gezin %1 is afgesloten; aan een afgesloten gezin wordt geen duo gekoppeld.</translation>
        </message>
    </context>
    <context>
        <name>MemberDialog</name>
        <message>
            <source>Household Member of %1</source>
            <translation>Gezinslid van %1</translation>
        </message>
        <message>
            <source>New Household Member of %1</source>
            <translation>Nieuw gezinslid van %1</translation>
        </message>
        <message>
            <source>Leave empty if not known</source>
            <translation>Leeg laten als het niet bekend is</translation>
        </message>
        <message>
            <source>First name:</source>
            <translation>Voornaam:</translation>
        </message>
        <message>
            <source>Role:</source>
            <translation>Rol:</translation>
        </message>
        <message>
            <source>Birth year:</source>
            <translation>Geboortejaar:</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Opslaan</translation>
        </message>
        <message>
            <source>Add Member</source>
            <translation>Gezinslid toevoegen</translation>
        </message>
    </context>
    <context>
        <name>Migrations</name>
        <message>
            <source>Could not start upgrading the database "%1" (%2).</source>
            <translation>Het bijwerken van de database "%1" kon niet beginnen (%2).</translation>
        </message>
        <message>
            <source>Upgrading the database "%1" to format %2 failed; it was left at format %3 (%4).</source>
            <translation>Het bijwerken van de database "%1" naar formaat %2 is mislukt; hij is op formaat %3 gebleven (%4).</translation>
        </message>
    </context>
    <context>
        <name>OrganisationDialog</name>
        <message>
            <source>Organisation %1</source>
            <translation>Organisatie %1</translation>
        </message>
        <message>
            <source>New Organisation</source>
            <translation>Nieuwe organisatie</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Naam:</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Soort:</translation>
        </message>
        <message>
            <source>City:</source>
            <translation>Plaats:</translation>
        </message>
        <message>
            <source>&lt;b&gt;Contact person&lt;/b&gt; for the joint work</source>
            <translation>&lt;b&gt;Aanspreekpunt&lt;/b&gt; voor de samenwerking</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>Telefoon:</translation>
        </message>
        <message>
            <source>E-mail:</source>
            <translation>E-mail:</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Opslaan</translation>
        </message>
        <message>
            <source>Add Organisation</source>
            <translation>Organisatie toevoegen</translation>
        </message>
    </context>
    <context>
        <name>OrganisationListModel</name>
        <message>
            <source>%1 is archived.</source>
            <translation>%1 is gearchiveerd.</translation>
        </message>
        <message>
            <source>%1 (archived)</source>
            <translation>%1 (gearchiveerd)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Plaats</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Aanspreekpunt</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefoon</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
    </context>
    <context>
        <name>OrganisationStore</name>
        <message>
            <source>An organisation named "%1" already exists.</source>
            <translation>Er bestaat al een organisatie met de naam "%1".</translation>
        </message>
        <message>
            <source>There is no organisation with number %1.</source>
            <translation>Er is geen organisatie met nummer %1.</translation>
        </message>
        <message>
            <source>%1 still has active workers; archive them first.</source>
            <translation>%1 heeft nog actieve medewerkers; archiveer hen eerst.</translation>
        </message>
        <message>
            <source>%1 cannot be removed: workers belong to it.</source>
            <translation>%1 kan niet worden verwijderd: er horen medewerkers bij.</translation>
        </message>
        <message>
            <source>%1 cannot be put back: another program changed the database in the meantime.</source>
            <translation>%1 kan niet worden teruggezet: een ander programma heeft de database intussen gewijzigd.</translation>
        </message>
    </context>
    <context>
        <name>ReactivateWorkerCommand</name>
        <message>
            <source>Reactivate worker %1</source>
            <translation>Medewerker %1 weer actief maken</translation>
        </message>
    </context>
    <context>
        <name>RemoveMemberCommand</name>
        <message>
            <source>Remove household member %1</source>
            <translation>Gezinslid %1 verwijderen</translation>
        </message>
    </context>
    <context>
        <name>ReopenDuoCommand</name>
        <message>
            <source>Restore duo %1</source>
            <translation>Duo %1 terugzetten</translation>
        </message>
    </context>
    <context>
        <name>StatsCommand</name>
        <message>
            <source>Count organisations, workers, duos, families and visits.</source>
            <translation>Organisaties, medewerkers, duo's, gezinnen en huisbezoeken tellen.</translation>
        </message>
        <message>
            <source>Print the counts as JSON.</source>
            <translation>De aantallen als JSON tonen.</translation>
        </message>
        <message>
            <source>The database %1 uses an older format; run "duocoach-cli init %1" to upgrade it first.</source>
            <translation>De database %1 heeft een ouder formaat; werk hem eerst bij met "duocoach-cli init %1".</translation>
        </message>
        <message>
            <source>Organisations:      %1</source>
            <translation>Organisaties:       %1</translation>
        </message>
        <message>
            <source>Workers:            %1 (%2 trusted persons, %3 professionals, %4 active)</source>
            <translation>Medewerkers:        %1 (%2 vertrouwenspersonen, %3 professionals, %4 actief)</translation>
        </message>
        <message>
            <source>Duos:               %1</source>
            <translation>Duo's:              %1</translation>
        </message>
        <message>
            <source>Families:           %1 (%2 referred, %3 intake, %4 active, %5 closed)</source>
            <translation>Gezinnen:           %1 (%2 aangemeld, %3 intake, %4 actief, %5 afgesloten)</translation>
        </message>
        <message>
            <source>Household members:  %1</source>
            <translation>Gezinsleden:        %1</translation>
        </message>
        <message>
            <source>Assignments:        %1</source>
            <translation>Koppelingen:        %1</translation>
        </message>
        <message>
            <source>Visits:             %1 (%2 planned, %3 done, %4 cancelled, %5 no-show)</source>
            <translation>Huisbezoeken:       %1 (%2 gepland, %3 uitgevoerd, %4 afgezegd, %5 niet aangetroffen)</translation>
        </message>
    </context>
    <context>
        <name>SuggestCommand</name>
        <message>
            <source>Rank the duos that could take on a family, with the reasons.</source>
            <translation>De duo's rangschikken die een gezin kunnen oppakken, met de redenen.</translation>
        </message>
        <message>
            <source>Case code of the family, e.g. G-2026-0042.</source>
            <translation>Casuscode van het gezin, bijvoorbeeld G-2026-0042.</translation>
        </message>
        <message>
            <source>Show at most N duos (default %1; 0 shows all).</source>
            <translation>Hoogstens N duo's tonen (standaard %1; 0 toont alle).</translation>
        </message>
        <message>
            <source>Rank as on this date (YYYY-MM-DD) instead of today.</source>
            <translation>Rangschikken zoals op deze datum (JJJJ-MM-DD) in plaats van vandaag.</translation>
        </message>
        <message>
            <source>Print the ranking as JSON.</source>
            <translation>De rangschikking als JSON tonen.</translation>
        </message>
        <message>
            <source>Usage: duocoach-cli %1 %2</source>
            <translation>Gebruik: duocoach-cli %1 %2</translation>
        </message>
        <message>
            <source>--limit needs a whole number of at least 0.</source>
            <translation>--limit heeft een geheel getal van minstens 0 nodig.</translation>
        </message>
        <message>
            <source>--today needs a date like 2026-03-01.</source>
            <translation>--today heeft een datum nodig zoals 2026-03-01.</translation>
        </message>
        <message>
            <source>The database %1 uses an older format; run "duocoach-cli init %1" to upgrade it first.</source>
            <translation>De database %1 heeft een ouder formaat; werk hem eerst bij met "duocoach-cli init %1".</translation>
        </message>
        <message>
            <source>No duo is available for %1: no duo works together on %2 with both members active.</source>
            <translation>Er is geen duo beschikbaar voor %1: geen duo werkt op %2 samen met beide leden actief.</translation>
        </message>
        <message>
            <source>Duos for %1, best first:</source>
            <translation>Duo's voor %1, beste eerst:</translation>
        </message>
        <message>
            <source>score %1</source>
            <translation>score %1</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>The postcode "%1" is not a Dutch postcode like 1234 AB.</source>
            <translation>De postcode "%1" is geen Nederlandse postcode zoals 1234 AB.</translation>
        </message>
        <message>
            <source>The postcode "%1" does not exist: SA, SD and SS are never used.</source>
            <translation>De postcode "%1" bestaat niet: SA, SD en SS worden nooit gebruikt.</translation>
        </message>
        <message>
            <source>The e-mail address "%1" is not valid.</source>
            <translation>Het e-mailadres "%1" is niet geldig.</translation>
        </message>
        <message>
            <source>The birth year %1 is not between 1900 and %2.</source>
            <translation>Het geboortejaar %1 ligt niet tussen 1900 en %2.</translation>
        </message>
        <message>
            <source>An organisation needs a name.</source>
            <translation>Een organisatie heeft een naam nodig.</translation>
        </message>
        <message>
            <source>A worker needs a name.</source>
            <translation>Een medewerker heeft een naam nodig.</translation>
        </message>
        <message>
            <source>%1 needs an organisation.</source>
            <translation>%1 heeft een organisatie nodig.</translation>
        </message>
        <message>
            <source>The maximum caseload of %1 must be between 1 and 50 families.</source>
            <translation>De maximale caseload van %1 moet tussen 1 en 50 gezinnen liggen.</translation>
        </message>
        <message>
            <source>The language "%1" of %2 is not known.</source>
            <translation>De taal "%1" van %2 is onbekend.</translation>
        </message>
        <message>
            <source>A family needs a family name.</source>
            <translation>Een gezin heeft een familienaam nodig.</translation>
        </message>
        <message>
            <source>The family %1 needs a referral date.</source>
            <translation>Het gezin %1 heeft een aanmelddatum nodig.</translation>
        </message>
        <message>
            <source>The language "%1" of the family %2 is not known.</source>
            <translation>De taal "%1" van het gezin %2 is onbekend.</translation>
        </message>
        <message>
            <source>A closed family needs a closing reason.</source>
            <translation>Een afgesloten gezin heeft een reden van afsluiten nodig.</translation>
        </message>
        <message>
            <source>The closing date lies before the referral date.</source>
            <translation>De afsluitdatum ligt vóór de aanmelddatum.</translation>
        </message>
        <message>
            <source>A household member needs a first name.</source>
            <translation>Een gezinslid heeft een voornaam nodig.</translation>
        </message>
        <message>
            <source>A visit needs a date and time.</source>
            <translation>Een huisbezoek heeft een datum en tijd nodig.</translation>
        </message>
        <message>
            <source>A visit lasts between 5 minutes and 10 hours.</source>
            <translation>Een huisbezoek duurt tussen 5 minuten en 10 uur.</translation>
        </message>
    </context>
    <context>
        <name>VisitListModel</name>
        <message>
            <source>Date and time</source>
            <translation>Datum en tijd</translation>
        </message>
        <message>
            <source>Case code</source>
            <translation>Casuscode</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Gezin</translation>
        </message>
        <message>
            <source>Duo</source>
            <translation>Duo</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duur</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Aanwezig</translation>
        </message>
    </context>
    <context>
        <name>VisitLogPage</name>
        <message>
            <source>Visit log</source>
            <translation>Bezoeklogboek</translation>
        </message>
        <message>
            <source>Visits: %1</source>
            <translation>Huisbezoeken: %1</translation>
        </message>
    </context>
    <context>
        <name>VisitStore</name>
        <message>
            <source>This duo is not assigned to the family on %1.</source>
            <translation>Dit duo is op %1 niet aan het gezin gekoppeld.</translation>
        </message>
        <message>
            <source>A person present at the visit is not a member of the family.</source>
            <translation>Iemand die bij het huisbezoek aanwezig was, hoort niet bij het gezin.</translation>
        </message>
        <message>
            <source>There is no visit with number %1.</source>
            <translation>Er is geen huisbezoek met nummer %1.</translation>
        </message>
    </context>
    <context>
        <name>WaitingListModel</name>
        <message>
            <source>Referred on %1, waiting since then for a duo.</source>
            <translation>Aangemeld op %1, wacht sindsdien op een duo.</translation>
        </message>
        <message>
            <source>The family's wish about the trusted person's gender</source>
            <translation>De wens van het gezin over het geslacht van de vertrouwenspersoon</translation>
        </message>
        <message>
            <source>Case code</source>
            <translation>Casuscode</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>Familienaam</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Plaats</translation>
        </message>
        <message>
            <source>District</source>
            <translation>Wijk</translation>
        </message>
        <message>
            <source>Home languages</source>
            <translation>Thuistalen</translation>
        </message>
        <message>
            <source>Preferred trusted person</source>
            <translation>Voorkeur vertrouwenspersoon</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Referred on</source>
            <translation>Aangemeld op</translation>
        </message>
        <message>
            <source>Days waiting</source>
            <translation>Dagen wachtend</translation>
        </message>
    </context>
    <context>
        <name>WaitingListPage</name>
        <message>
            <source>Double-click a family to open it on the Families page.</source>
            <translation>Dubbelklik op een gezin om het te openen op de pagina Gezinnen.</translation>
        </message>
        <message>
            <source>No family is waiting for a duo.</source>
            <translation>Er wacht geen gezin op een duo.</translation>
        </message>
        <message>
            <source>Families waiting for a duo: %1 · longest wait: 1 day</source>
            <translation>Gezinnen die op een duo wachten: %1 · langste wachttijd: 1 dag</translation>
        </message>
        <message>
            <source>Families waiting for a duo: %1 · longest wait: %2 days</source>
            <translation>Gezinnen die op een duo wachten: %1 · langste wachttijd: %2 dagen</translation>
        </message>
    </context>
    <context>
        <name>WorkerActions</name>
        <message>
            <source>New Worker…</source>
            <translation>Nieuwe medewerker…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Bewerken…</translation>
        </message>
        <message>
            <source>Archive…</source>
            <translation>Archiveren…</translation>
        </message>
        <message>
            <source>New Duo…</source>
            <translation>Nieuw duo…</translation>
        </message>
        <message>
            <source>End Duo…</source>
            <translation>Duo beëindigen…</translation>
        </message>
        <message>
            <source>New Organisation…</source>
            <translation>Nieuwe organisatie…</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>Archiveren</translation>
        </message>
        <message>
            <source>Reactivate</source>
            <translation>Weer actief maken</translation>
        </message>
        <message>
            <source>Restore Duo</source>
            <translation>Duo terugzetten</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Terugzetten</translation>
        </message>
        <message>
            <source>Edit Worker</source>
            <translation>Medewerker bewerken</translation>
        </message>
        <message>
            <source>Archive Worker</source>
            <translation>Medewerker archiveren</translation>
        </message>
        <message>
            <source>Reactivate Worker</source>
            <translation>Medewerker weer actief maken</translation>
        </message>
        <message>
            <source>Edit Duo</source>
            <translation>Duo bewerken</translation>
        </message>
        <message>
            <source>End Duo</source>
            <translation>Duo beëindigen</translation>
        </message>
        <message>
            <source>Edit Organisation</source>
            <translation>Organisatie bewerken</translation>
        </message>
        <message>
            <source>Archive Organisation</source>
            <translation>Organisatie archiveren</translation>
        </message>
        <message>
            <source>Restore Organisation</source>
            <translation>Organisatie terugzetten</translation>
        </message>
    </context>
    <context>
        <name>WorkerDialog</name>
        <message>
            <source>Worker %1</source>
            <translation>Medewerker %1</translation>
        </message>
        <message>
            <source>New Worker</source>
            <translation>Nieuwe medewerker</translation>
        </message>
        <message>
            <source>Where the worker knows the neighbourhood</source>
            <translation>Waar de medewerker de buurt kent</translation>
        </message>
        <message>
            <source> families</source>
            <translation> gezinnen</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Naam:</translation>
        </message>
        <message>
            <source>Role:</source>
            <translation>Rol:</translation>
        </message>
        <message>
            <source>Organisation:</source>
            <translation>Organisatie:</translation>
        </message>
        <message>
            <source>Languages:</source>
            <translation>Talen:</translation>
        </message>
        <message>
            <source>District:</source>
            <translation>Wijk:</translation>
        </message>
        <message>
            <source>Gender:</source>
            <translation>Geslacht:</translation>
        </message>
        <message>
            <source>At most:</source>
            <translation>Hoogstens:</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>Telefoon:</translation>
        </message>
        <message>
            <source>E-mail:</source>
            <translation>E-mail:</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Opslaan</translation>
        </message>
        <message>
            <source>Add Worker</source>
            <translation>Medewerker toevoegen</translation>
        </message>
        <message>
            <source>Choose an organisation</source>
            <translation>Kies een organisatie</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>organisation name and kind</comment>
            <translation>%1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>WorkerImporter</name>
        <message>
            <source>%1 of %2 already appears in row %3.</source>
            <translation>%1 van %2 staat al in rij %3.</translation>
        </message>
        <message>
            <source>The name is empty.</source>
            <translation>De naam is leeg.</translation>
        </message>
        <message>
            <source>The role is empty; use trusted_person or professional.</source>
            <translation>De rol is leeg; gebruik trusted_person of professional.</translation>
        </message>
        <message>
            <source>The organisation is empty.</source>
            <translation>De organisatie is leeg.</translation>
        </message>
        <message>
            <source>The gender is empty; use female, male or other.</source>
            <translation>Het geslacht is leeg; gebruik female, male of other.</translation>
        </message>
        <message>
            <source>%1 of %2 is already in the database.</source>
            <translation>%1 van %2 staat al in de database.</translation>
        </message>
    </context>
    <context>
        <name>WorkerListModel</name>
        <message>
            <source>%1 is no longer active.</source>
            <translation>%1 is niet meer actief.</translation>
        </message>
        <message>
            <source>%1 of at most %2 families</source>
            <translation>%1 van hoogstens %2 gezinnen</translation>
        </message>
        <message>
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisatie</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Talen</translation>
        </message>
        <message>
            <source>District</source>
            <translation>Wijk</translation>
        </message>
        <message>
            <source>Caseload</source>
            <translation>Caseload</translation>
        </message>
    </context>
    <context>
        <name>WorkerStore</name>
        <message>
            <source>The organisation of %1 does not exist.</source>
            <translation>De organisatie van %1 bestaat niet.</translation>
        </message>
        <message>
            <source>There is no worker with number %1.</source>
            <translation>Er is geen medewerker met nummer %1.</translation>
        </message>
        <message>
            <source>The role of %1 cannot change: %1 is in a duo as %2.</source>
            <translation>De rol van %1 kan niet veranderen: %1 zit in een duo als %2.</translation>
        </message>
        <message>
            <source>The organisation %1 is archived; restore it before %2.</source>
            <translation>De organisatie %1 is gearchiveerd; zet die terug vóór %2.</translation>
        </message>
        <message>
            <source>%1 still works with families; hand them over to another duo first.</source>
            <translation>%1 werkt nog met gezinnen; draag ze eerst over aan een ander duo.</translation>
        </message>
        <message>
            <source>%1 cannot be removed: %1 is in a duo.</source>
            <translation>%1 kan niet worden verwijderd: %1 zit in een duo.</translation>
        </message>
        <message>
            <source>%1 cannot be put back: another program changed the database in the meantime.</source>
            <translation>%1 kan niet worden teruggezet: een ander programma heeft de database intussen gewijzigd.</translation>
        </message>
    </context>
    <context>
        <name>WorkersPage</name>
        <message>
            <source>Trusted persons and professionals</source>
            <translation>Vertrouwenspersonen en professionals</translation>
        </message>
        <message>
            <source>Duos</source>
            <translation>Duo's</translation>
        </message>
        <message>
            <source>Organisations</source>
            <translation>Organisaties</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>Families</source>
            <translation>Gezinnen</translation>
        </message>
        <message>
            <source>Workers &amp; duos</source>
            <translation>Medewerkers en duo's</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Huisbezoeken</translation>
        </message>
        <message>
            <source>Caseload</source>
            <translation>Caseload</translation>
        </message>
        <message>
            <source>Waiting list</source>
            <translation>Wachtlijst</translation>
        </message>
    </context>
</TS>
