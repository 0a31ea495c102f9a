<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AccessLog</name>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>File closed</source>
        <translation>Dossier afgesloten</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Geëxporteerd</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Afgedrukt</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Geïmporteerd</translation>
    </message>
    <message>
        <source>Access log viewed</source>
        <translation>Toegangslog bekeken</translation>
    </message>
    <message>
        <source>Removed (retention)</source>
        <translation>Verwijderd (bewaartermijn)</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Toegestaan</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coördinator</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
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
        <source>Command line</source>
        <translation>Opdrachtregel</translation>
    </message>
    <message>
        <source>family details</source>
        <translation>gezinsgegevens</translation>
    </message>
    <message>
        <source>household member</source>
        <translation>gezinslid</translation>
    </message>
    <message>
        <source>duo assignment</source>
        <translation>koppeling aan duo</translation>
    </message>
    <message>
        <source>home visit</source>
        <translation>huisbezoek</translation>
    </message>
    <message>
        <source>visit report</source>
        <translation>verslag</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>doel</translation>
    </message>
    <message>
        <source>interim evaluation</source>
        <translation>tussenevaluatie</translation>
    </message>
    <message>
        <source>safety concern</source>
        <translation>veiligheidszorg</translation>
    </message>
    <message>
        <source>follow-up action</source>
        <translation>vervolgactie</translation>
    </message>
    <message>
        <source>note for the trusted person only</source>
        <translation>notitie alleen voor de vertrouwenspersoon</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>toestemming</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV-bestand</translation>
    </message>
    <message>
        <source>supervision package</source>
        <translation>supervisiepakket</translation>
    </message>
    <message>
        <source>visit log (CSV)</source>
        <translation>bezoeklogboek (CSV)</translation>
    </message>
    <message>
        <source>calendar (iCalendar)</source>
        <translation>agenda (iCalendar)</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>PDF-rapport</translation>
    </message>
    <message>
        <source>no consent for supervision export</source>
        <translation>geen toestemming voor supervisie-export</translation>
    </message>
    <message>
        <source>only the family&apos;s trusted person may do this</source>
        <translation>alleen de vertrouwenspersoon van het gezin mag dit</translation>
    </message>
    <message>
        <source>only the coordinator may do this</source>
        <translation>alleen de coördinator mag dit</translation>
    </message>
    <message>
        <source>log of one user</source>
        <translation>log van één gebruiker</translation>
    </message>
    <message>
        <source>log of everyone</source>
        <translation>log van iedereen</translation>
    </message>
    <message>
        <source>retention period ended</source>
        <translation>bewaartermijn verstreken</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>ongedaan gemaakt</translation>
    </message>
    <message>
        <source>redone</source>
        <translation>opnieuw gedaan</translation>
    </message>
    <message>
        <source>copy of the whole database</source>
        <translation>kopie van de hele database</translation>
    </message>
    <message>
        <source>EMERGENCY ACCESS</source>
        <translation>NOODTOEGANG</translation>
    </message>
    <message>
        <source>support deployed</source>
        <translation>ingezette ondersteuning</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>verwijzing</translation>
    </message>
    <message>
        <source>case consultation</source>
        <translation>casuïstiekoverleg</translation>
    </message>
    <message>
        <source>network map</source>
        <translation>netwerkkaart</translation>
    </message>
    <message>
        <source>debrief request</source>
        <translation>verzoek om nabespreking</translation>
    </message>
    <message>
        <source>calendar (iCalendar) with the families&apos; addresses</source>
        <translation>agenda (iCalendar) met de adressen van de gezinnen</translation>
    </message>
    <message>
        <source>the supervisor&apos;s feedback</source>
        <translation>de feedback van de supervisor</translation>
    </message>
</context>
<context>
    <name>AccessLogChain</name>
    <message>
        <source>entry %1 was added outside DuoCoach (it has no place in the chain, and entries after it have)</source>
        <translation>regel %1 is buiten DuoCoach toegevoegd (hij heeft geen plaats in de keten, de regels erna wel)</translation>
    </message>
    <message>
        <source>entry %1 was deleted</source>
        <translation>regel %1 is verwijderd</translation>
    </message>
    <message>
        <source>the chain breaks at entry %1: it was changed, or an entry between %2 and %1 was deleted or added</source>
        <translation>de keten breekt bij regel %1: die is veranderd, of tussen %2 en %1 is een regel verwijderd of toegevoegd</translation>
    </message>
    <message>
        <source>the chain breaks at entry %1, its first: it was changed, or an entry before it was deleted</source>
        <translation>de keten breekt bij regel %1, de eerste: die is veranderd, of een regel ervoor is verwijderd</translation>
    </message>
    <message>
        <source>the newest entries were removed: the seal beside the database names entry %1, which is no longer in the log</source>
        <translation>de nieuwste regels zijn verwijderd: het zegel naast de database noemt regel %1, die niet meer in de toegangslog staat</translation>
    </message>
    <message>
        <source>the log was rewritten: entry %1 no longer has the hash the seal beside the database holds</source>
        <translation>de toegangslog is herschreven: regel %1 heeft niet meer de hash die het zegel naast de database bewaart</translation>
    </message>
    <message>
        <source>entry %1 was added outside DuoCoach (it has no place in the chain)</source>
        <translation>regel %1 is buiten DuoCoach toegevoegd (hij heeft geen plaats in de keten)</translation>
    </message>
</context>
<context>
    <name>AccessLogDialog</name>
    <message>
        <source>Access Log</source>
        <translation>Toegangslog</translation>
    </message>
    <message>
        <source>Only the coordinator can read the access log.</source>
        <translation>Alleen de coördinator kan het toegangslog lezen.</translation>
    </message>
    <message>
        <source>Access Log: %1</source>
        <translation>Toegangslog: %1</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>het begin</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Wie:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Van:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>tot en met:</translation>
    </message>
    <message>
        <source>Scroll down for more entries.</source>
        <translation>Scrol omlaag voor meer regels.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies).</source>
        <translation>
            <numerusform>%n regel.</numerusform>
            <numerusform>%n regels.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone who created, opened, changed, exported or printed this family&apos;s file, and who was refused. DuoCoach only ever adds to the log.</source>
        <translation>Iedereen die het dossier van dit gezin aanmaakte, opende, wijzigde, exporteerde of afdrukte, en wie werd geweigerd. DuoCoach voegt alleen toe aan de toegangslog.</translation>
    </message>
    <message>
        <source>Everything done with families&apos; files, by everyone or by one user. DuoCoach only ever adds to the log.</source>
        <translation>Alles wat met dossiers van gezinnen is gedaan, door iedereen of door één gebruiker. DuoCoach voegt alleen toe aan de toegangslog.</translation>
    </message>
    <message>
        <source>The log&apos;s chain could not be checked: %1</source>
        <translation>De keten van de toegangslog kon niet worden gecontroleerd: %1</translation>
    </message>
    <message>
        <source>The server keeps this log: no team login can change it.</source>
        <translation>De server bewaart deze toegangslog: geen teamaccount kan hem veranderen.</translation>
    </message>
    <message>
        <source>⚠ The log was changed outside DuoCoach: %1. Entries before it are as they were written; tell your privacy officer.</source>
        <translation>⚠ De toegangslog is buiten DuoCoach veranderd: %1. De regels daarvoor zijn zoals ze geschreven zijn; meld het aan uw privacyfunctionaris.</translation>
    </message>
    <message>
        <source>✔ The log is intact up to entry %1: every entry is in its hash chain, and the chain ends where its seal says.</source>
        <translation>✔ De toegangslog is intact tot en met regel %1: elke regel staat in de hashketen, en de keten eindigt waar het zegel zegt.</translation>
    </message>
    <message>
        <source>The log has no chained entries yet.</source>
        <translation>De toegangslog heeft nog geen regels in de keten.</translation>
    </message>
</context>
<context>
    <name>AccessLogModel</name>
    <message>
        <source>%1 (account %2)</source>
        <translation>%1 (account %2)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation>Casuscode</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>AddConfidentialNoteCommand</name>
    <message>
        <source>Add note for the trusted person only</source>
        <translation>Notitie alleen voor de vertrouwenspersoon toevoegen</translation>
    </message>
</context>
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
    <message>
        <source>the duo %1</source>
        <translation>het duo %1</translation>
    </message>
</context>
<context>
    <name>AddEvaluationCommand</name>
    <message>
        <source>Evaluation of %1</source>
        <translation>Evaluatie van %1</translation>
    </message>
</context>
<context>
    <name>AddFamilyCommand</name>
    <message>
        <source>Add family %1</source>
        <translation>Gezin %1 toevoegen</translation>
    </message>
    <message>
        <source>the family %1 (%2)</source>
        <translation>het gezin %1 (%2)</translation>
    </message>
</context>
<context>
    <name>AddFollowUpCommand</name>
    <message>
        <source>Add follow-up action &quot;%1&quot;</source>
        <translation>Vervolgactie &quot;%1&quot; toevoegen</translation>
    </message>
    <message>
        <source>the follow-up action &quot;%1&quot;</source>
        <translation>vervolgactie &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>AddGoalCommand</name>
    <message>
        <source>Add goal &quot;%1&quot;</source>
        <translation>Doel &quot;%1&quot; toevoegen</translation>
    </message>
    <message>
        <source>the goal &quot;%1&quot;</source>
        <translation>het doel &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>AddMemberCommand</name>
    <message>
        <source>Add household member %1</source>
        <translation>Gezinslid %1 toevoegen</translation>
    </message>
    <message>
        <source>the household member %1</source>
        <translation>gezinslid %1</translation>
    </message>
</context>
<context>
    <name>AddOrganisationCommand</name>
    <message>
        <source>Add organisation %1</source>
        <translation>Organisatie %1 toevoegen</translation>
    </message>
    <message>
        <source>the organisation %1</source>
        <translation>de organisatie %1</translation>
    </message>
</context>
<context>
    <name>AddSupportCommand</name>
    <message>
        <source>Add support &quot;%1&quot;</source>
        <translation>Ondersteuning „%1” toevoegen</translation>
    </message>
    <message>
        <source>the support &quot;%1&quot;</source>
        <translation>de ondersteuning „%1”</translation>
    </message>
</context>
<context>
    <name>AddTrainingCommand</name>
    <message>
        <source>Add training &quot;%1&quot;</source>
        <translation>Scholing &quot;%1&quot; toevoegen</translation>
    </message>
    <message>
        <source>the training &quot;%1&quot;</source>
        <translation>de scholing &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>AddWorkerCommand</name>
    <message>
        <source>Add worker %1</source>
        <translation>Medewerker %1 toevoegen</translation>
    </message>
    <message>
        <source>the worker %1</source>
        <translation>medewerker %1</translation>
    </message>
</context>
<context>
    <name>AdvanceReferralCommand</name>
    <message>
        <source>Referral to %1: %2</source>
        <translation>Verwijzing naar %1: %2</translation>
    </message>
    <message>
        <source>the referral to %1</source>
        <translation>de verwijzing naar %1</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>DuoCoach</source>
        <translation>DuoCoach</translation>
    </message>
    <message>
        <source>Duo coaching in Dutch youth and family care.</source>
        <translation>Duo-coaching in de Nederlandse jeugd- en gezinszorg.</translation>
    </message>
    <message>
        <source>Open the database, show the main window until it has been painted, then quit. Exit status 0 when all went well.</source>
        <translation>De database openen, het hoofdvenster tonen tot het getekend is en dan stoppen. Afsluitcode 0 als alles goed ging.</translation>
    </message>
    <message>
        <source>The main window was not shown within %1 seconds.</source>
        <translation>Het hoofdvenster werd niet binnen %1 seconden getoond.</translation>
    </message>
    <message>
        <source>Open this supervision package to review it, without a database.</source>
        <translation>Dit supervisiepakket openen om het te bekijken, zonder database.</translation>
    </message>
    <message>
        <source>PACKAGE</source>
        <translation>PAKKET</translation>
    </message>
    <message>
        <source>A supervision package (.duosup) to review, as --review.</source>
        <translation>Een supervisiepakket (.duosup) om te bekijken, zoals --review.</translation>
    </message>
    <message>
        <source>Open this database: a file, or a team server as postgresql://user@host:port/database.</source>
        <translation>Deze database openen: een bestand, of een teamserver als postgresql://gebruiker@host:poort/database.</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRES</translation>
    </message>
    <message>
        <source>The database on this computer is opened instead.</source>
        <translation>In plaats daarvan wordt de database op deze computer geopend.</translation>
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
    <message>
        <source>the organisation %1</source>
        <translation>de organisatie %1</translation>
    </message>
</context>
<context>
    <name>ArchiveWorkerCommand</name>
    <message>
        <source>Archive worker %1</source>
        <translation>Medewerker %1 archiveren</translation>
    </message>
    <message>
        <source>the worker %1</source>
        <translation>medewerker %1</translation>
    </message>
</context>
<context>
    <name>AssignDuoCommand</name>
    <message>
        <source>Assign %1 to %2</source>
        <translation>%1 aan %2 koppelen</translation>
    </message>
    <message>
        <source>Assign %1 to %2; intake begins</source>
        <translation>%1 koppelen aan %2; intake begint</translation>
    </message>
    <message>
        <source>the family %1</source>
        <translation>het gezin %1</translation>
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
    <name>AttachedPackage</name>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>De export is geannuleerd; er is niets geschreven.</translation>
    </message>
    <message>
        <source>Could not build the package: %1</source>
        <translation>Het pakket kon niet worden gemaakt: %1</translation>
    </message>
    <message>
        <source>the database is in the middle of a change.</source>
        <translation>de database is midden in een wijziging.</translation>
    </message>
    <message>
        <source>out of memory.</source>
        <translation>onvoldoende geheugen.</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Geannuleerd; er is niets veranderd.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Bezig met annuleren…</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>No backup of &quot;%1&quot; could be made: &quot;%2&quot; is a file, not a folder.</source>
        <translation>Er kon geen reservekopie van &quot;%1&quot; worden gemaakt: &quot;%2&quot; is een bestand, geen map.</translation>
    </message>
    <message>
        <source>No backup of &quot;%1&quot; could be made: the folder &quot;%2&quot; cannot be created.</source>
        <translation>Er kon geen reservekopie van &quot;%1&quot; worden gemaakt: de map &quot;%2&quot; kan niet worden aangemaakt.</translation>
    </message>
    <message>
        <source>No backup of &quot;%1&quot; could be made: %2</source>
        <translation>Er kon geen reservekopie van &quot;%1&quot; worden gemaakt: %2</translation>
    </message>
    <message>
        <source>the copy could not be flushed to the disk.</source>
        <translation>de kopie kon niet naar de schijf worden weggeschreven.</translation>
    </message>
    <message>
        <source>the copy could not be renamed.</source>
        <translation>de kopie kon niet worden hernoemd.</translation>
    </message>
    <message>
        <source>The old backup &quot;%1&quot; could not be removed.</source>
        <translation>De oude reservekopie &quot;%1&quot; kon niet worden verwijderd.</translation>
    </message>
    <message>
        <source>The backup &quot;%1&quot; is damaged and cannot be restored.</source>
        <translation>De reservekopie &quot;%1&quot; is beschadigd en kan niet worden teruggezet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the database itself, not a backup of it.</source>
        <translation>&quot;%1&quot; is de database zelf, geen reservekopie ervan.</translation>
    </message>
    <message>
        <source>The backup cannot be restored while &quot;%1&quot; is open in another program. Close it there first.</source>
        <translation>De reservekopie kan niet worden teruggezet zolang &quot;%1&quot; in een ander programma open is. Sluit de database daar eerst.</translation>
    </message>
    <message>
        <source>The backup cannot be restored: %1</source>
        <translation>De reservekopie kan niet worden teruggezet: %1</translation>
    </message>
    <message>
        <source>The backup cannot be restored: &quot;%1&quot; could not be copied aside first.</source>
        <translation>De reservekopie kan niet worden teruggezet: &quot;%1&quot; kon niet eerst apart worden gekopieerd.</translation>
    </message>
    <message>
        <source>The backup &quot;%1&quot; cannot be read: %2</source>
        <translation>De reservekopie &quot;%1&quot; kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>The backup could not be restored; &quot;%1&quot; is unchanged: %2</source>
        <translation>De reservekopie kon niet worden teruggezet; &quot;%1&quot; is ongewijzigd: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a server database: its backups are made on the server (pg_dump), or copied to a file with &quot;duocoach-cli copy&quot;.</source>
        <translation>&quot;%1&quot; is een database op een server: de back-ups daarvan worden op de server gemaakt (pg_dump), of met &quot;duocoach-cli copy&quot; naar een bestand gekopieerd.</translation>
    </message>
    <message>
        <source>A backup file is restored into a database file, not into a server; &quot;duocoach-cli copy&quot; copies a file to a server.</source>
        <translation>Een back-up wordt teruggezet in een databasebestand, niet op een server; &quot;duocoach-cli copy&quot; kopieert een bestand naar een server.</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>The period of the calendar export needs a first and a last day, the last not before the first.</source>
        <translation>De periode van de agenda-export heeft een eerste en een laatste dag nodig, de laatste niet vóór de eerste.</translation>
    </message>
    <message>
        <source>A calendar export is for one duo or one worker, not both.</source>
        <translation>Een agenda-export is voor één duo of één medewerker, niet voor beide.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; has no identity for its calendar events; open it once in DuoCoach, or run &quot;duocoach-cli init&quot; on it, to upgrade it.</source>
        <translation>De database &quot;%1&quot; heeft geen identiteit voor de agenda-afspraken; open hem een keer in DuoCoach, of voer er &quot;duocoach-cli init&quot; op uit, om hem bij te werken.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; has no duo with number %2.</source>
        <translation>De database &quot;%1&quot; heeft geen duo met nummer %2.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; has no worker with number %2.</source>
        <translation>De database &quot;%1&quot; heeft geen medewerker met nummer %2.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; holds visit %2 with a start that is not a time (&quot;%3&quot;).</source>
        <translation>De database &quot;%1&quot; bevat huisbezoek %2 met een begin dat geen tijdstip is (&quot;%3&quot;).</translation>
    </message>
    <message>
        <source>%1 – Home visit</source>
        <comment>calendar event; %1 is the case code</comment>
        <translation>%1 – Huisbezoek</translation>
    </message>
    <message>
        <source>Could not write the calendar file &quot;%1&quot; (%2).</source>
        <translation>Het agendabestand &quot;%1&quot; kon niet worden geschreven (%2).</translation>
    </message>
    <message>
        <source>The calendar export was cancelled; nothing was written.</source>
        <translation>De export naar de agenda is geannuleerd; er is niets geschreven.</translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message>
        <source>Export to Calendar</source>
        <translation>Exporteren naar agenda</translation>
    </message>
    <message>
        <source>Puts the home visits of a duo or a worker in a calendar: the file opens in Outlook, Google Calendar and Thunderbird. Export to the same file again and import it again, and the visits there are updated. Each visit is named only by the family&apos;s case code.</source>
        <translation>Zet de huisbezoeken van een duo of een medewerker in een agenda: het bestand opent in Outlook, Google Agenda en Thunderbird. Exporteer opnieuw naar hetzelfde bestand en importeer het opnieuw, dan worden de huisbezoeken daar bijgewerkt. Elk huisbezoek heeft alleen de casuscode van het gezin als naam.</translation>
    </message>
    <message>
        <source>&amp;Duo:</source>
        <translation>&amp;Duo:</translation>
    </message>
    <message>
        <source>&amp;Worker:</source>
        <translation>&amp;Medewerker:</translation>
    </message>
    <message>
        <source>%1 (ended)</source>
        <translation>%1 (beëindigd)</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (gearchiveerd)</translation>
    </message>
    <message>
        <source>home-visits</source>
        <translation>huisbezoeken</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <comment>period: from one day to another, both included</comment>
        <translation>&amp;tot en met</translation>
    </message>
    <message>
        <source>Visits of:</source>
        <translation>Huisbezoeken van:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>Best&amp;and:</translation>
    </message>
    <message>
        <source>Choose the file to write the calendar to.</source>
        <translation>Kies het bestand om de agenda in te schrijven.</translation>
    </message>
    <message>
        <source>There is no duo to export the visits of.</source>
        <translation>Er is geen duo waarvan de huisbezoeken kunnen worden geëxporteerd.</translation>
    </message>
    <message>
        <source>There is no worker to export the visits of.</source>
        <translation>Er is geen medewerker waarvan de huisbezoeken kunnen worden geëxporteerd.</translation>
    </message>
    <message>
        <source>The last day of the period lies before the first.</source>
        <translation>De laatste dag van de periode ligt vóór de eerste.</translation>
    </message>
    <message>
        <source>The file %1 exists and is not a calendar from DuoCoach. Replace it?</source>
        <translation>Het bestand %1 bestaat al en is geen agenda van DuoCoach. Vervangen?</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) written to %1.</source>
        <translation>
            <numerusform>%n huisbezoek geschreven naar %1.</numerusform>
            <numerusform>%n huisbezoeken geschreven naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>iCalendar-bestanden (*.ics);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Writing the calendar…</source>
        <translation>De agenda wordt geschreven…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export geannuleerd; er is niets geschreven.</translation>
    </message>
    <message>
        <source>Include the family&apos;s address as the &amp;location</source>
        <translation>Het adres van het gezin als &amp;locatie opnemen</translation>
    </message>
    <message>
        <source>When this is ticked, the address of every family visited leaves DuoCoach with the file: anyone who can read the calendar you import it into (your phone, people you share the calendar with, the calendar provider) sees where the family lives.</source>
        <translation>Als dit is aangevinkt, verlaat het adres van elk bezocht gezin DuoCoach met het bestand: iedereen die de agenda kan lezen waarin je het importeert (je telefoon, mensen met wie je de agenda deelt, de aanbieder van de agenda), ziet waar het gezin woont.</translation>
    </message>
</context>
<context>
    <name>CancelVisitCommand</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 op %2</translation>
    </message>
    <message>
        <source>No-show at %1</source>
        <translation>Niet aangetroffen bij %1</translation>
    </message>
    <message>
        <source>Cancel visit to %1</source>
        <translation>Huisbezoek aan %1 afzeggen</translation>
    </message>
    <message>
        <source>the visit to %1</source>
        <translation>het huisbezoek aan %1</translation>
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
    <message>
        <source>Training and debriefs</source>
        <translation>Scholing en nabespreking</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>Last course completed: %1. Last network meeting: %2. Last debrief: %3. Debriefs asked for and not held: %4.</source>
        <translation>Laatste afgeronde cursus: %1. Laatste netwerkbijeenkomst: %2. Laatste nabespreking: %3. Gevraagde nabesprekingen die nog niet zijn gehouden: %4.</translation>
    </message>
    <message>
        <source>Debrief asked for</source>
        <translation>Nabespreking gevraagd</translation>
    </message>
    <message>
        <source>Nothing in %1 months</source>
        <translation>Niets in %1 maanden</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>In orde</translation>
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
    <name>ChangeMapCommand</name>
    <message>
        <source>Add &quot;%1&quot; to the network map</source>
        <translation>&quot;%1&quot; op de netwerkkaart zetten</translation>
    </message>
    <message>
        <source>Change &quot;%1&quot; on the network map</source>
        <translation>&quot;%1&quot; op de netwerkkaart wijzigen</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from the network map</source>
        <translation>&quot;%1&quot; van de netwerkkaart halen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; on the network map</source>
        <translation>&quot;%1&quot; op de netwerkkaart</translation>
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
    <message>
        <source>The access log of %1 was changed: %2.</source>
        <translation>De toegangslog van %1 is veranderd: %2.</translation>
    </message>
    <message>
        <source>Its access log is kept by the server, which lets no team login change it.</source>
        <translation>De toegangslog wordt door de server bewaard, die geen teamaccount hem laat veranderen.</translation>
    </message>
    <message numerus="yes">
        <source>Its access log is intact up to entry %1 (%n entries chained).</source>
        <translation>
            <numerusform>De toegangslog is intact tot en met regel %1 (%n regel in de keten).</numerusform>
            <numerusform>De toegangslog is intact tot en met regel %1 (%n regels in de keten).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n newer entries are not chained yet; the next change chains them.</source>
        <translation>
            <numerusform>%n nieuwere regel staat nog niet in de keten; de volgende wijziging zet hem erin.</numerusform>
            <numerusform>%n nieuwere regels staan nog niet in de keten; de volgende wijziging zet ze erin.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CloseConcernDialog</name>
    <message>
        <source>Close Safety Concern</source>
        <translation>Veiligheidszorg afsluiten</translation>
    </message>
    <message>
        <source>Raised by %1 on %2</source>
        <translation>Gemeld door %1 op %2</translation>
    </message>
    <message>
        <source>Why can the concern be closed? What was done or agreed?</source>
        <translation>Waarom kan de zorg worden afgesloten? Wat is er gedaan of afgesproken?</translation>
    </message>
    <message>
        <source>Closing is final: a closed concern is kept but never reopened, and this step cannot be undone. If worries return, raise a new concern.</source>
        <translation>Afsluiten is definitief: een afgesloten zorg blijft bewaard maar gaat nooit meer open, en deze stap kan niet ongedaan worden gemaakt. Komen er weer zorgen, meld dan een nieuwe.</translation>
    </message>
    <message>
        <source>Concern:</source>
        <translation>Zorg:</translation>
    </message>
    <message>
        <source>Closing note:</source>
        <translation>Afsluitnotitie:</translation>
    </message>
    <message>
        <source>Close Concern</source>
        <translation>Zorg afsluiten</translation>
    </message>
    <message>
        <source>Closing a concern needs a note saying why.</source>
        <translation>Voor het afsluiten van een zorg is een notitie nodig die zegt waarom.</translation>
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
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation>Het wachtzinbestand %1 is leeg.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Onbekende opdracht &quot;%1&quot;.</translation>
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
        <source>&quot;duocoach-cli COMMAND --help&quot; tells more.</source>
        <translation>&quot;duocoach-cli OPDRACHT --help&quot; vertelt meer.</translation>
    </message>
</context>
<context>
    <name>CompleteVisitCommand</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 op %2</translation>
    </message>
    <message>
        <source>Correct visit report of %1</source>
        <translation>Verslag van %1 corrigeren</translation>
    </message>
    <message>
        <source>Visit report of %1</source>
        <translation>Verslag van %1</translation>
    </message>
    <message>
        <source>the visit to %1</source>
        <translation>het huisbezoek aan %1</translation>
    </message>
    <message>
        <source>the report of the visit to %1</source>
        <translation>het verslag van het huisbezoek aan %1</translation>
    </message>
    <message>
        <source>Visit report of %1; the family is active</source>
        <translation>Verslag van het bezoek aan %1; het gezin is actief</translation>
    </message>
    <message>
        <source>the family %1</source>
        <translation>het gezin %1</translation>
    </message>
</context>
<context>
    <name>ConfidentialNoteStore</name>
    <message>
        <source>A note for the trusted person needs a text.</source>
        <translation>Een notitie voor de vertrouwenspersoon heeft tekst nodig.</translation>
    </message>
    <message>
        <source>Only the trusted person can write their own notes.</source>
        <translation>Alleen de vertrouwenspersoon kan eigen notities schrijven.</translation>
    </message>
    <message>
        <source>%1 is not the trusted person of this family, so cannot keep notes for it.</source>
        <translation>%1 is niet de vertrouwenspersoon van dit gezin en kan er dus geen notities over bijhouden.</translation>
    </message>
    <message>
        <source>The visit of the note belongs to another family.</source>
        <translation>Het huisbezoek van de notitie hoort bij een ander gezin.</translation>
    </message>
    <message>
        <source>Only the trusted person who wrote a note can take it back.</source>
        <translation>Alleen de vertrouwenspersoon die een notitie schreef, kan die terugnemen.</translation>
    </message>
    <message>
        <source>The note cannot be put back: another program changed the database in the meantime.</source>
        <translation>De notitie kan niet worden teruggezet: een ander programma heeft de database intussen gewijzigd.</translation>
    </message>
</context>
<context>
    <name>ConfidentialNotesPanel</name>
    <message>
        <source>Notes for the trusted person only</source>
        <translation>Notities alleen voor de vertrouwenspersoon</translation>
    </message>
    <message>
        <source>Only you see these notes: not the professional, not the coordinator, and never in an export.</source>
        <translation>Alleen jij ziet deze notities: niet de professional, niet de coördinator, en nooit in een export.</translation>
    </message>
    <message>
        <source>What the family told you in confidence</source>
        <translation>Wat het gezin je in vertrouwen vertelde</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Notitie toevoegen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2</translation>
    </message>
</context>
<context>
    <name>ConnectServerDialog</name>
    <message>
        <source>Connect to Team Server</source>
        <translation>Verbinden met teamserver</translation>
    </message>
    <message>
        <source>Your coordinator tells you the server and the database. When the server asks for a password, DuoCoach asks you for it; it is never saved.</source>
        <translation>Je coördinator vertelt je welke server en database je gebruikt. Vraagt de server om een wachtwoord, dan vraagt DuoCoach je erom; het wordt nooit bewaard.</translation>
    </message>
    <message>
        <source>New server</source>
        <translation>Nieuwe server</translation>
    </message>
    <message>
        <source>%1 (user %2)</source>
        <translation>%1 (gebruiker %2)</translation>
    </message>
    <message>
        <source>for example db.example.org</source>
        <translation>bijvoorbeeld db.voorbeeld.nl</translation>
    </message>
    <message>
        <source>When the server offers it</source>
        <translation>Als de server het aanbiedt</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Altijd</translation>
    </message>
    <message>
        <source>Always, with the server&apos;s certificate checked</source>
        <translation>Altijd, met controle van het certificaat van de server</translation>
    </message>
    <message>
        <source>&amp;Remembered:</source>
        <translation>&amp;Eerder gebruikt:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Poort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Versleuteling:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record Consent</source>
        <translation>Toestemming vastleggen</translation>
    </message>
    <message>
        <source>Record Consent: %1</source>
        <translation>Toestemming vastleggen: %1</translation>
    </message>
    <message>
        <source>Consent for this is recorded already.</source>
        <translation>Toestemming hiervoor is al vastgelegd.</translation>
    </message>
    <message>
        <source>For example: given verbally, with an interpreter</source>
        <translation>Bijvoorbeeld: mondeling gegeven, met een tolk</translation>
    </message>
    <message>
        <source>Given by:</source>
        <translation>Gegeven door:</translation>
    </message>
    <message>
        <source>Given on:</source>
        <translation>Gegeven op:</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Voor:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notitie:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Must consent:&lt;/b&gt; %1.&lt;br&gt;%2</source>
        <translation>&lt;b&gt;Moet toestemming geven:&lt;/b&gt; %1.&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>Choose what the consent is for.</source>
        <translation>Kies waarvoor de toestemming is.</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>Consent and privacy</source>
        <translation>Toestemming en privacy</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>No consent recorded yet.</source>
        <translation>Nog geen toestemming vastgelegd.</translation>
    </message>
    <message>
        <source>Record Consent…</source>
        <translation>Toestemming vastleggen…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Intrekken…</translation>
    </message>
    <message>
        <source>Access Log…</source>
        <translation>Toegangslog…</translation>
    </message>
    <message>
        <source>Who opened, changed, exported or printed this family&apos;s file.</source>
        <translation>Wie het dossier van dit gezin opende, wijzigde, exporteerde of afdrukte.</translation>
    </message>
    <message>
        <source>Withdrawn on %1</source>
        <translation>Ingetrokken op %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Vanaf %1</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Geldt</translation>
    </message>
    <message>
        <source>Consent holds for every purpose.</source>
        <translation>Er is toestemming voor elk doel.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No consent now for:&lt;/b&gt; %1.</source>
        <translation>&lt;b&gt;Nu geen toestemming voor:&lt;/b&gt; %1.</translation>
    </message>
    <message>
        <source>Supervision packages leave this family&apos;s visits out.</source>
        <translation>Supervisiepakketten laten de huisbezoeken van dit gezin weg.</translation>
    </message>
    <message>
        <source>The file was closed and its retention period ended on %1: it is due for removal.</source>
        <translation>Het dossier is afgesloten en de bewaartermijn is op %1 verstreken: het moet worden verwijderd.</translation>
    </message>
    <message>
        <source>The file is closed and kept until %1.</source>
        <translation>Het dossier is afgesloten en wordt bewaard tot %1.</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>consent given by whom, on which day</comment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>ConsentRule</name>
    <message>
        <source>%1 (birth year not known)</source>
        <translation>%1 (geboortejaar onbekend)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2 or %3)</source>
        <translation>%1 (%2 of %3)</translation>
    </message>
    <message>
        <source>The household has no children: the parent(s) consent.</source>
        <translation>Het gezin heeft geen kinderen: de ouder(s) geven toestemming.</translation>
    </message>
    <message>
        <source>Ages of the children in %1: %2.</source>
        <translation>Leeftijden van de kinderen in %1: %2.</translation>
    </message>
    <message>
        <source>The birth year of %1 is not known, so %1 must consent as well as the parent(s).</source>
        <translation>Het geboortejaar van %1 is onbekend, dus moet %1 toestemming geven, net als de ouder(s).</translation>
    </message>
    <message>
        <source>%1 is 16 or older and consents for themselves, not the parent(s).</source>
        <translation>%1 is 16 of ouder en geeft zelf toestemming, niet de ouder(s).</translation>
    </message>
    <message>
        <source>%1 may be 12 or older: %1 must consent together with the parent(s).</source>
        <translation>%1 is mogelijk 12 of ouder: %1 moet samen met de ouder(s) toestemming geven.</translation>
    </message>
    <message>
        <source>The birth year of %1 is not known, so the parent(s) must consent as well.</source>
        <translation>Het geboortejaar van %1 is onbekend, dus moeten de ouder(s) ook toestemming geven.</translation>
    </message>
    <message>
        <source>%1 is under 12: the parent(s) consent, not the young person.</source>
        <translation>%1 is jonger dan 12: de ouder(s) geven toestemming, niet de jongere.</translation>
    </message>
    <message>
        <source>%1 may be under 16: the parent(s) must consent together with %1.</source>
        <translation>%1 is mogelijk jonger dan 16: de ouder(s) moeten samen met %1 toestemming geven.</translation>
    </message>
</context>
<context>
    <name>ConsentStore</name>
    <message>
        <source>Choose what the consent is for.</source>
        <translation>Kies waarvoor de toestemming is.</translation>
    </message>
    <message>
        <source>Consent needs the day it was given.</source>
        <translation>Toestemming heeft de dag nodig waarop ze is gegeven.</translation>
    </message>
    <message>
        <source>Consent cannot be recorded for a day still to come.</source>
        <translation>Toestemming kan niet worden vastgelegd voor een dag die nog moet komen.</translation>
    </message>
    <message>
        <source>Consent for &quot;%1&quot; is already recorded for the family %2; withdraw it first to record it anew.</source>
        <translation>Toestemming voor &quot;%1&quot; is al vastgelegd voor het gezin %2; trek die eerst in om haar opnieuw vast te leggen.</translation>
    </message>
    <message>
        <source>This consent was withdrawn on %1 already.</source>
        <translation>Deze toestemming is al ingetrokken op %1.</translation>
    </message>
    <message>
        <source>Consent cannot be withdrawn before the day it was given (%1).</source>
        <translation>Toestemming kan niet worden ingetrokken vóór de dag waarop ze is gegeven (%1).</translation>
    </message>
    <message>
        <source>Consent cannot be withdrawn on a day still to come.</source>
        <translation>Toestemming kan niet worden ingetrokken op een dag die nog moet komen.</translation>
    </message>
    <message>
        <source>There is no consent record with number %1.</source>
        <translation>Er is geen toestemming met nummer %1.</translation>
    </message>
    <message>
        <source>The consent for &quot;%1&quot; was withdrawn since; its record stays.</source>
        <translation>De toestemming voor &quot;%1&quot; is inmiddels ingetrokken; de vastlegging blijft bewaard.</translation>
    </message>
    <message>
        <source>The consent cannot be put back: another program changed the database in the meantime.</source>
        <translation>De toestemming kan niet worden teruggezet: een ander programma heeft de database intussen gewijzigd.</translation>
    </message>
</context>
<context>
    <name>ConsentText</name>
    <message>
        <source>Home visits</source>
        <translation>Huisbezoeken</translation>
    </message>
    <message>
        <source>Sharing with the partner organisation</source>
        <translation>Delen met de partnerorganisatie</translation>
    </message>
    <message>
        <source>Supervision export</source>
        <translation>Supervisie-export</translation>
    </message>
    <message>
        <source>Parent(s)</source>
        <translation>Ouder(s)</translation>
    </message>
    <message>
        <source>The young person</source>
        <translation>De jongere</translation>
    </message>
    <message>
        <source>Parent(s) and the young person</source>
        <translation>Ouder(s) en de jongere</translation>
    </message>
</context>
<context>
    <name>CopyCommand</name>
    <message>
        <source>Copy a whole database to a new file or an empty server database.</source>
        <translation>Kopieer een hele database naar een nieuw bestand of een lege serverdatabase.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; exists; a copy is written to a new file.</source>
        <translation>&quot;%1&quot; bestaat al; een kopie wordt naar een nieuw bestand geschreven.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %1 to %2: %n row(s), the access log included.</source>
        <translation>
            <numerusform>%1 gekopieerd naar %2: %n rij, het toegangslogboek inbegrepen.</numerusform>
            <numerusform>%1 gekopieerd naar %2: %n rijen, het toegangslogboek inbegrepen.</numerusform>
        </translation>
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
        <source>This cell is not UTF-8 text; save the file as CSV in UTF-8 (in Excel: &quot;CSV UTF-8&quot;) and import it again.</source>
        <translation>Deze cel is geen UTF-8-tekst; sla het bestand op als CSV in UTF-8 (in Excel: &quot;CSV UTF-8&quot;) en importeer het opnieuw.</translation>
    </message>
    <message>
        <source>The file %1 is empty; it needs a header row with the column names.</source>
        <translation>Het bestand %1 is leeg; het heeft een kopregel met de kolomnamen nodig.</translation>
    </message>
    <message>
        <source>The file %1 is UTF-16 text with a damaged character; save it as CSV in UTF-8 (in Excel: &quot;CSV UTF-8&quot;) and import it again.</source>
        <translation>Het bestand %1 is UTF-16-tekst met een beschadigd teken; sla het op als CSV in UTF-8 (in Excel: &quot;CSV UTF-8&quot;) en importeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>This cell lies in a column without a name in the header row.</source>
        <translation>Deze cel staat in een kolom zonder naam in de kopregel.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is not known; the known columns are %2.</source>
        <translation>De kolom &quot;%1&quot; is onbekend; de bekende kolommen zijn %2.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears twice.</source>
        <translation>De kolom &quot;%1&quot; komt twee keer voor.</translation>
    </message>
    <message>
        <source>%1, row 1: the required column &quot;%2&quot; is missing.</source>
        <translation>%1, rij 1: de verplichte kolom &quot;%2&quot; ontbreekt.</translation>
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
    <message>
        <source>The column &quot;%1&quot; is not known; the known columns are %2, or in Dutch %3.</source>
        <translation>De kolom &quot;%1&quot; is onbekend; bekende kolommen zijn %2, of in het Nederlands %3.</translation>
    </message>
    <message>
        <source>%1, row 1: the required column &quot;%2&quot; (in Dutch &quot;%3&quot;) is missing.</source>
        <translation>%1, rij 1: de verplichte kolom &quot;%2&quot; (in het Nederlands &quot;%3&quot;) ontbreekt.</translation>
    </message>
</context>
<context>
    <name>CurrentUser</name>
    <message>
        <source>Coordinator</source>
        <translation>Coördinator</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>&quot;%1&quot; is a folder, not a DuoCoach database.</source>
        <translation>&quot;%1&quot; is een map, geen DuoCoach-database.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; does not exist.</source>
        <translation>De database &quot;%1&quot; bestaat niet.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; cannot be read.</source>
        <translation>De database &quot;%1&quot; kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DuoCoach database.</source>
        <translation>&quot;%1&quot; is geen DuoCoach-database.</translation>
    </message>
    <message>
        <source>The folder for &quot;%1&quot; does not exist.</source>
        <translation>De map voor &quot;%1&quot; bestaat niet.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; cannot be written: the file is read-only.</source>
        <translation>In de database &quot;%1&quot; kan niet worden geschreven: het bestand is alleen-lezen.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; cannot be written: its folder is read-only.</source>
        <translation>In de database &quot;%1&quot; kan niet worden geschreven: de map is alleen-lezen.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; cannot be created: %2</source>
        <translation>De database &quot;%1&quot; kan niet worden aangemaakt: %2</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; cannot be opened: %2</source>
        <translation>De database &quot;%1&quot; kan niet worden geopend: %2</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; is locked by another program.</source>
        <translation>De database &quot;%1&quot; is vergrendeld door een ander programma.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; is damaged and cannot be read.</source>
        <translation>De database &quot;%1&quot; is beschadigd en kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a database of another program, not of DuoCoach.</source>
        <translation>&quot;%1&quot; is een database van een ander programma, niet van DuoCoach.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; was written by a newer version of DuoCoach (format %2; this version reads up to format %3).</source>
        <translation>De database &quot;%1&quot; is geschreven door een nieuwere versie van DuoCoach (formaat %2; deze versie leest tot en met formaat %3).</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; cannot be opened for writing: %2</source>
        <translation>De database &quot;%1&quot; kan niet worden geopend om te schrijven: %2</translation>
    </message>
    <message>
        <source>Could not make a backup copy of &quot;%1&quot; before upgrading it: %2</source>
        <translation>Er kon geen reservekopie van &quot;%1&quot; worden gemaakt vóór het bijwerken: %2</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; is in use by another program; nothing was saved. Try again in a moment.</source>
        <translation>De database &quot;%1&quot; is in gebruik door een ander programma; er is niets opgeslagen. Probeer het zo nog eens.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; cannot be written; nothing was saved.</source>
        <translation>In de database &quot;%1&quot; kan niet worden geschreven; er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; could not be written (is the disk full?); nothing was saved.</source>
        <translation>In de database &quot;%1&quot; kon niet worden geschreven (is de schijf vol?); er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; reported an error: %2</source>
        <translation>De database &quot;%1&quot; meldde een fout: %2</translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row in %3.</source>
        <translation>Rij %1 van tabel %2 verwijst naar een ontbrekende rij in %3.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; could not be written because the disk is full; nothing was saved.</source>
        <translation>De database &quot;%1&quot; kon niet worden geschreven omdat de schijf vol is; er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty, not a DuoCoach database.</source>
        <translation>&quot;%1&quot; is leeg, geen DuoCoach-database.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; cannot be read: its log could not be read.</source>
        <translation>De database &quot;%1&quot; kan niet worden gelezen: het logboek ervan kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; is damaged; nothing was written to it.</source>
        <translation>De database &quot;%1&quot; is beschadigd; er is niets in geschreven.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; did not say which row it added.</source>
        <translation>De database &quot;%1&quot; meldde niet welke rij zij heeft toegevoegd.</translation>
    </message>
    <message>
        <source>DuoCoach cannot reach PostgreSQL servers: Qt&apos;s PostgreSQL driver (libqt6sql6-psql) is not installed.</source>
        <translation>DuoCoach kan geen PostgreSQL-servers bereiken: het PostgreSQL-stuurprogramma van Qt (libqt6sql6-psql) is niet geïnstalleerd.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; holds no DuoCoach data yet; create it with &quot;duocoach-cli init&quot;.</source>
        <translation>De database &quot;%1&quot; bevat nog geen DuoCoach-gegevens; maak ze aan met &quot;duocoach-cli init&quot;.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; cannot be written: your login has no permission to change it.</source>
        <translation>In de database &quot;%1&quot; kan niet worden geschreven: uw login heeft geen recht om haar te wijzigen.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; has format %2, which no DuoCoach server database ever had.</source>
        <translation>De database &quot;%1&quot; heeft formaat %2, dat geen DuoCoach-serverdatabase ooit had.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; cannot be set up: your login may not create tables in it (ask its owner, or create it with createdb -O).</source>
        <translation>De database &quot;%1&quot; kan niet worden ingericht: uw login mag er geen tabellen in maken (vraag het de eigenaar, of maak haar met createdb -O).</translation>
    </message>
    <message>
        <source>Setting up the database &quot;%1&quot; failed; nothing was created (%2).</source>
        <translation>Het inrichten van de database &quot;%1&quot; is mislukt; er is niets aangemaakt (%2).</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; on %2 cannot be reached: %3</source>
        <translation>De database &quot;%1&quot; op %2 is niet bereikbaar: %3</translation>
    </message>
    <message>
        <source>The connection to the database &quot;%1&quot; was lost; nothing was saved. Reconnect and try again.</source>
        <translation>De verbinding met de database &quot;%1&quot; is verbroken; er is niets opgeslagen. Maak opnieuw verbinding en probeer het nog eens.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; is in use by another user; nothing was saved. Try again in a moment.</source>
        <translation>De database &quot;%1&quot; is in gebruik door een andere gebruiker; er is niets opgeslagen. Probeer het zo nog eens.</translation>
    </message>
    <message>
        <source>Your login may not do this in the database &quot;%1&quot;; nothing was saved.</source>
        <translation>Uw login mag dit niet doen in de database &quot;%1&quot;; er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; could not be written because the server&apos;s disk is full; nothing was saved.</source>
        <translation>In de database &quot;%1&quot; kon niet worden geschreven omdat de schijf van de server vol is; er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>working copy in memory</source>
        <translation>werkkopie in het geheugen</translation>
    </message>
    <message>
        <source>No working copy in memory could be made: %1</source>
        <translation>Er kon geen werkkopie in het geheugen worden gemaakt: %1</translation>
    </message>
    <message>
        <source>The login to the database &quot;%1&quot; on %2 was not accepted: %3</source>
        <translation>De login voor de database &quot;%1&quot; op %2 is niet geaccepteerd: %3</translation>
    </message>
    <message>
        <source>There is no database &quot;%1&quot; on %2 for this login: %3</source>
        <translation>Er is geen database &quot;%1&quot; op %2 voor deze login: %3</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; on %2 asks for a password for this login.</source>
        <translation>De database &quot;%1&quot; op %2 vraagt om een wachtwoord voor deze login.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; on %2 did not accept the password of this login.</source>
        <translation>De database &quot;%1&quot; op %2 heeft het wachtwoord van deze login niet geaccepteerd.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; has format %2 and is upgraded when its owner opens it; it cannot be read before that.</source>
        <translation>De database &quot;%1&quot; heeft formaat %2 en wordt bijgewerkt zodra de eigenaar haar opent; tot dan kan zij niet worden gelezen.</translation>
    </message>
    <message>
        <source>Your login &quot;%1&quot; is not one of the team of the database &quot;%2&quot;; ask a coordinator to add it (duocoach-cli user add).</source>
        <translation>Uw login &quot;%1&quot; hoort niet bij het team van de database &quot;%2&quot;; vraag een coördinator om haar toe te voegen (duocoach-cli user add).</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; has format %2 and is upgraded when its owner opens it; it cannot be used before that.</source>
        <translation>De database &quot;%1&quot; heeft formaat %2 en wordt bijgewerkt zodra de eigenaar haar opent; tot dan kan zij niet worden gebruikt.</translation>
    </message>
    <message>
        <source>Upgrading the database &quot;%1&quot; to format %2 failed; it was left at format %3 (%4).</source>
        <translation>Het bijwerken van de database &quot;%1&quot; naar formaat %2 is mislukt; zij is op formaat %3 gebleven (%4).</translation>
    </message>
</context>
<context>
    <name>DatabaseAddress</name>
    <message>
        <source>&quot;%1&quot; is not a valid server address (postgresql://user@host/database).</source>
        <translation>&quot;%1&quot; is geen geldig serveradres (postgresql://gebruiker@host/database).</translation>
    </message>
    <message>
        <source>The server address may not contain a password: it would be visible to other programs. Use ~/.pgpass or PGPASSWORD.</source>
        <translation>Het serveradres mag geen wachtwoord bevatten: andere programma&apos;s zouden het kunnen zien. Gebruik ~/.pgpass of PGPASSWORD.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server address: &quot;%2&quot; is no database name.</source>
        <translation>&quot;%1&quot; is geen geldig serveradres: &quot;%2&quot; is geen databasenaam.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server address: port &quot;%2&quot; is no port number.</source>
        <translation>&quot;%1&quot; is geen geldig serveradres: poort &quot;%2&quot; is geen poortnummer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server address: &quot;%2&quot; is not a connection setting DuoCoach knows.</source>
        <translation>&quot;%1&quot; is geen geldig serveradres: &quot;%2&quot; is geen verbindingsinstelling die DuoCoach kent.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>deze computer</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 op %2</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>The database &quot;%1&quot; already holds DuoCoach data; a copy goes only into a new file or an empty database.</source>
        <translation>De database &quot;%1&quot; bevat al DuoCoach-gegevens; een kopie gaat alleen naar een nieuw bestand of een lege database.</translation>
    </message>
    <message>
        <source>A database cannot be copied into itself.</source>
        <translation>Een database kan niet naar zichzelf worden gekopieerd.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; is open read-only; nothing was copied.</source>
        <translation>De database &quot;%1&quot; is alleen-lezen geopend; er is niets gekopieerd.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has format %2 and &quot;%3&quot; format %4; open both with this DuoCoach first.</source>
        <translation>&quot;%1&quot; heeft formaat %2 en &quot;%3&quot; formaat %4; open eerst beide met deze DuoCoach.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can be copied whole only by a login that reads past row-level security (a superuser, or a role with BYPASSRLS, as pg_dump needs); nothing was copied.</source>
        <translation>&quot;%1&quot; kan alleen in zijn geheel worden gekopieerd door een login die voorbij de beveiliging per rij leest (een superuser, of een rol met BYPASSRLS, zoals pg_dump nodig heeft); er is niets gekopieerd.</translation>
    </message>
</context>
<context>
    <name>DatabaseFiles</name>
    <message>
        <source>&quot;%1&quot; cannot be written over the database &quot;%2&quot; or a file kept beside it; choose another file name.</source>
        <translation>&quot;%1&quot; mag niet over de database &quot;%2&quot; of een bestand ernaast heen worden geschreven; kies een andere bestandsnaam.</translation>
    </message>
</context>
<context>
    <name>DatabaseLock</name>
    <message>
        <source>&quot;%1&quot; is already open in another DuoCoach window.</source>
        <translation>&quot;%1&quot; is al open in een ander DuoCoach-venster.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already open in DuoCoach on the computer &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; is al open in DuoCoach op de computer &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already open in another DuoCoach window (process %2).</source>
        <translation>&quot;%1&quot; is al open in een ander DuoCoach-venster (proces %2).</translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <source>You can open it read-only to look at it; nothing can be changed then.</source>
        <translation>Je kunt de database alleen-lezen openen om erin te kijken; er kan dan niets worden gewijzigd.</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Alleen-lezen openen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Database Already Open</source>
        <translation>Database is al open</translation>
    </message>
    <message>
        <source>Two windows changing the same families at once can undo each other&apos;s work.</source>
        <translation>Twee vensters die tegelijk dezelfde gezinnen wijzigen, kunnen elkaars werk tenietdoen.</translation>
    </message>
    <message>
        <source>Database Is Read-Only</source>
        <translation>Database is alleen-lezen</translation>
    </message>
    <message>
        <source>A backup of &quot;%1&quot; was made (%2).</source>
        <translation>Er is een reservekopie van &quot;%1&quot; gemaakt (%2).</translation>
    </message>
</context>
<context>
    <name>DebriefHeldCommand</name>
    <message>
        <source>Debrief of %1 after the visit of %2 held</source>
        <translation>Nabespreking van %1 na het bezoek van %2 gehouden</translation>
    </message>
</context>
<context>
    <name>DebriefHeldDialog</name>
    <message>
        <source>Debrief Held</source>
        <translation>Nabespreking gehouden</translation>
    </message>
    <message>
        <source>%1 asked on %2 for a debrief after the visit to %3 of %4. Record that it took place; what was said stays out of DuoCoach.</source>
        <translation>%1 vroeg op %2 om een nabespreking na het bezoek aan %3 van %4. Leg vast dat die plaatsvond; wat er gezegd is, blijft buiten DuoCoach.</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>&amp;Gehouden op:</translation>
    </message>
    <message>
        <source>Held &amp;by:</source>
        <translation>Gehouden &amp;door:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Vastleggen</translation>
    </message>
    <message>
        <source>Say who held the debrief.</source>
        <translation>Vul in wie de nabespreking hield.</translation>
    </message>
    <message>
        <source>The debrief is dated %1: give a day from its request on %2 until today.</source>
        <translation>De nabespreking staat op %1: kies een dag vanaf de aanvraag op %2 tot en met vandaag.</translation>
    </message>
</context>
<context>
    <name>DebriefStore</name>
    <message>
        <source>There is no visit with number %1.</source>
        <translation>Er is geen huisbezoek met nummer %1.</translation>
    </message>
    <message>
        <source>The visit of %1 did not take place: a debrief is asked for after a visit that did.</source>
        <translation>Het huisbezoek van %1 is niet uitgevoerd: een nabespreking vraag je aan na een bezoek dat wel plaatsvond.</translation>
    </message>
    <message>
        <source>Only the duo of the visit of %1 can ask for a debrief after it.</source>
        <translation>Alleen het duo van het huisbezoek van %1 kan daarna om een nabespreking vragen.</translation>
    </message>
    <message>
        <source>A debrief after the visit of %1 cannot be asked for before it.</source>
        <translation>Een nabespreking van het huisbezoek van %1 kan niet vóór dat bezoek worden aangevraagd.</translation>
    </message>
    <message>
        <source>A debrief after the visit of %1 was already asked for.</source>
        <translation>Om een nabespreking van het huisbezoek van %1 is al gevraagd.</translation>
    </message>
    <message>
        <source>The debrief after the visit of %1 was held on %2; it stays recorded.</source>
        <translation>De nabespreking van het huisbezoek van %1 vond plaats op %2; die blijft vastgelegd.</translation>
    </message>
    <message>
        <source>The debrief request cannot be put back: another program changed the database in the meantime.</source>
        <translation>Het verzoek om een nabespreking kan niet worden teruggezet: een ander programma heeft de database intussen gewijzigd.</translation>
    </message>
    <message>
        <source>Say who held the debrief.</source>
        <translation>Vul in wie de nabespreking hield.</translation>
    </message>
    <message>
        <source>The debrief is dated %1: give a day from its request on %2 until today.</source>
        <translation>De nabespreking staat op %1: kies een dag vanaf de aanvraag op %2 tot en met vandaag.</translation>
    </message>
    <message>
        <source>There is no debrief request with number %1.</source>
        <translation>Er is geen verzoek om nabespreking met nummer %1.</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Fill an empty database with fictitious families, workers, duos and a year of visits.</source>
        <translation>Een lege database vullen met verzonnen gezinnen, medewerkers, duo&apos;s en een jaar aan huisbezoeken.</translation>
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
        <translation>%1 gezinnen, %2 medewerkers, %3 duo&apos;s en %4 huisbezoeken aangemaakt in %5 s.</translation>
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
        <translation>Deze database is leeg. Wil je demogegevens laden om DuoCoach uit te proberen?

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
        <source>The database &quot;%1&quot; already holds families or workers; demo data is only added to an empty database.</source>
        <translation>De database &quot;%1&quot; bevat al gezinnen of medewerkers; demogegevens worden alleen aan een lege database toegevoegd.</translation>
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
        <translation>Vertrouwenspersoon</translation>
    </message>
    <message>
        <source>Professional only</source>
        <translation>Professional</translation>
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
    <message>
        <source>Finances</source>
        <translation>Financiën</translation>
    </message>
    <message>
        <source>Work and education</source>
        <translation>Werk en opleiding</translation>
    </message>
    <message>
        <source>Time use</source>
        <translation>Tijdsbesteding</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Huisvesting</translation>
    </message>
    <message>
        <source>Home relationships</source>
        <translation>Huiselijke relaties</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Geestelijke gezondheid</translation>
    </message>
    <message>
        <source>Physical health</source>
        <translation>Lichamelijke gezondheid</translation>
    </message>
    <message>
        <source>Addiction</source>
        <translation>Verslaving</translation>
    </message>
    <message>
        <source>Activities of daily living</source>
        <translation>Activiteiten dagelijks leven</translation>
    </message>
    <message>
        <source>Social network</source>
        <translation>Sociaal netwerk</translation>
    </message>
    <message>
        <source>Community participation</source>
        <translation>Maatschappelijke participatie</translation>
    </message>
    <message>
        <source>Justice</source>
        <translation>Justitie</translation>
    </message>
    <message>
        <source>Self-care</source>
        <translation>Zelfzorg</translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>the support helps</comment>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Partly</source>
        <comment>the support helps</comment>
        <translation>Deels</translation>
    </message>
    <message>
        <source>No</source>
        <comment>the support helps</comment>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Doorgaan</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>Bijstellen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>acute problems</source>
        <translation>acute problematiek</translation>
    </message>
    <message>
        <source>not self-reliant</source>
        <translation>niet zelfredzaam</translation>
    </message>
    <message>
        <source>barely self-reliant</source>
        <translation>beperkt zelfredzaam</translation>
    </message>
    <message>
        <source>adequately self-reliant</source>
        <translation>voldoende zelfredzaam</translation>
    </message>
    <message>
        <source>fully self-reliant</source>
        <translation>volledig zelfredzaam</translation>
    </message>
</context>
<context>
    <name>DueForRemovalDialog</name>
    <message>
        <source>Due for Removal</source>
        <translation>Te verwijderen dossiers</translation>
    </message>
    <message>
        <source>The files of these families were closed and their retention period has ended. Removing a family deletes all its personal data for good; only anonymous counts and the access log stay.</source>
        <translation>De dossiers van deze gezinnen zijn afgesloten en hun bewaartermijn is verstreken. Een gezin verwijderen wist al zijn persoonsgegevens definitief; alleen anonieme aantallen en het toegangslog blijven.</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation>Casuscode</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Afgesloten op</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Bewaard tot</translation>
    </message>
    <message>
        <source>Remove Family…</source>
        <translation>Gezin verwijderen…</translation>
    </message>
    <message>
        <source>Only the coordinator can remove a family&apos;s file.</source>
        <translation>Alleen de coördinator kan het dossier van een gezin verwijderen.</translation>
    </message>
    <message>
        <source> years</source>
        <translation> jaar</translation>
    </message>
    <message>
        <source>Save Period</source>
        <translation>Termijn opslaan</translation>
    </message>
    <message>
        <source>Keep a closed file for:</source>
        <translation>Afgesloten dossier bewaren:</translation>
    </message>
    <message>
        <source>The Jeugdwet asks 20 years. A new period dates the files closed from then on.</source>
        <translation>De Jeugdwet vraagt 20 jaar. Een nieuwe termijn geldt voor dossiers die vanaf dan worden afgesloten.</translation>
    </message>
    <message>
        <source>No family has been removed from this database yet.</source>
        <translation>Er is nog geen gezin uit deze database verwijderd.</translation>
    </message>
    <message>
        <source>Families removed so far: %1 (with %2 visits). Their numbers are kept without anything that identifies them.</source>
        <translation>Tot nu toe verwijderde gezinnen: %1 (met %2 huisbezoeken). Hun aantallen blijven bewaard, zonder iets waaraan ze te herkennen zijn.</translation>
    </message>
    <message>
        <source>Remove Family</source>
        <translation>Gezin verwijderen</translation>
    </message>
    <message>
        <source>Remove all data of family %1 for good? This cannot be undone.</source>
        <translation>Alle gegevens van gezin %1 definitief verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>The file of family %1 was removed.</source>
        <translation>Het dossier van gezin %1 is verwijderd.</translation>
    </message>
    <message numerus="yes">
        <source>Files closed from now on are kept for %n year(s).</source>
        <translation>
            <numerusform>Dossiers die vanaf nu worden afgesloten, worden %n jaar bewaard.</numerusform>
            <numerusform>Dossiers die vanaf nu worden afgesloten, worden %n jaar bewaard.</numerusform>
        </translation>
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
    <message>
        <source>New Trusted Person…</source>
        <translation>Nieuwe vertrouwenspersoon…</translation>
    </message>
    <message>
        <source>New Professional…</source>
        <translation>Nieuwe professional…</translation>
    </message>
</context>
<context>
    <name>DuoFiguresView</name>
    <message>
        <source>Duo</source>
        <translation>Duo</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Gezinnen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Uitgevoerd</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
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
        <source>Both present</source>
        <translation>Beiden aanwezig</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Vervolgacties te laat</translation>
    </message>
    <message>
        <source>Adjust or stop</source>
        <translation>Bijstellen of stoppen</translation>
    </message>
    <message>
        <source>Safety concerns</source>
        <translation>Veiligheidszorgen</translation>
    </message>
    <message>
        <source>Families the duo visited or planned to visit in the period</source>
        <translation>Gezinnen die het duo in de periode bezocht of wilde bezoeken</translation>
    </message>
    <message>
        <source>Home visits done</source>
        <translation>Uitgevoerde huisbezoeken</translation>
    </message>
    <message>
        <source>Home visits still planned</source>
        <translation>Huisbezoeken die nog gepland staan</translation>
    </message>
    <message>
        <source>Share of the visits that were due (done, cancelled or no-show) that were cancelled</source>
        <translation>Deel van de huisbezoeken die aan de beurt waren (uitgevoerd, afgezegd of niet aangetroffen) dat werd afgezegd</translation>
    </message>
    <message>
        <source>Share of the visits that were due where nobody was home</source>
        <translation>Deel van de huisbezoeken die aan de beurt waren waarbij niemand thuis was</translation>
    </message>
    <message>
        <source>Share of the visits done with both the trusted person and the professional there</source>
        <translation>Deel van de uitgevoerde huisbezoeken waarbij zowel de vertrouwenspersoon als de professional er was</translation>
    </message>
    <message>
        <source>Follow-ups of the duo past their due day and not done</source>
        <translation>Vervolgacties van het duo waarvan de uiterste datum voorbij is en die niet gedaan zijn</translation>
    </message>
    <message>
        <source>Interim evaluations of the duo&apos;s families that decided to adjust or stop</source>
        <translation>Tussenevaluaties bij gezinnen van het duo met het besluit bij te stellen of te stoppen</translation>
    </message>
    <message>
        <source>Safety concerns raised on the duo&apos;s visits</source>
        <translation>Veiligheidszorgen gemeld bij huisbezoeken van het duo</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation>Casuscode</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Laatste huisbezoek</translation>
    </message>
    <message>
        <source>Days since</source>
        <translation>Dagen geleden</translation>
    </message>
    <message>
        <source>Days since the last visit, per family</source>
        <translation>Dagen sinds het laatste huisbezoek, per gezin</translation>
    </message>
    <message>
        <source>Per duo</source>
        <translation>Per duo</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>none in the period</source>
        <translation>geen in de periode</translation>
    </message>
    <message>
        <source>&amp;Visits</source>
        <translation>&amp;Bezoeken</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Netwerk</translation>
    </message>
    <message>
        <source>Days since the last visit, per family of %1</source>
        <translation>Dagen sinds het laatste bezoek, per gezin van %1</translation>
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
    <name>DuoNetworkTable</name>
    <message>
        <source>Duo</source>
        <translation>Duo</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Verwijzingen</translation>
    </message>
    <message>
        <source>Specialist youth care</source>
        <translation>Specialistische jeugdhulp</translation>
    </message>
    <message>
        <source>Other formal care</source>
        <translation>Andere formele zorg</translation>
    </message>
    <message>
        <source>Informal partners</source>
        <translation>Informele partners</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <source>Care started</source>
        <translation>Zorg gestart</translation>
    </message>
    <message>
        <source>No answer yet</source>
        <translation>Nog geen antwoord</translation>
    </message>
    <message>
        <source>Support stopped, not helping</source>
        <translation>Gestopt, hielp niet</translation>
    </message>
    <message>
        <source>Open debriefs</source>
        <translation>Open nabesprekingen</translation>
    </message>
    <message>
        <source>Referrals the duo sent in the period</source>
        <translation>Verwijzingen die het duo in de periode verstuurde</translation>
    </message>
    <message>
        <source>Referrals to specialist youth care: fewer is the aim of duo coaching</source>
        <translation>Verwijzingen naar specialistische jeugdhulp: minder is het doel van duo-coaching</translation>
    </message>
    <message>
        <source>Referrals to the social district team, youth care, mental health care or school support</source>
        <translation>Verwijzingen naar het wijkteam, jeugdhulp, ggz of ondersteuning op school</translation>
    </message>
    <message>
        <source>Referrals to community organisations, neighbourhood help or relatives</source>
        <translation>Verwijzingen naar zelforganisaties, buurthulp of familie</translation>
    </message>
    <message>
        <source>Referrals the organisation declined</source>
        <translation>Verwijzingen die de organisatie afwees</translation>
    </message>
    <message>
        <source>Referrals where the care began</source>
        <translation>Verwijzingen waarbij de zorg begon</translation>
    </message>
    <message>
        <source>Referrals still waiting for an answer on the package&apos;s last day</source>
        <translation>Verwijzingen die op de laatste dag van het pakket nog op antwoord wachtten</translation>
    </message>
    <message>
        <source>Support of the duo&apos;s families stopped in the period because it did not help</source>
        <translation>Ondersteuning van de gezinnen van het duo die in de periode stopte omdat ze niet hielp</translation>
    </message>
    <message>
        <source>Debriefs asked after the duo&apos;s visits that had not taken place on the package&apos;s last day</source>
        <translation>Nabesprekingen gevraagd na bezoeken van het duo die op de laatste dag van het pakket nog niet hadden plaatsgevonden</translation>
    </message>
    <message>
        <source>Network per duo</source>
        <translation>Netwerk per duo</translation>
    </message>
    <message>
        <source>This package was made before packages carried support, referrals and consultations; export the period again to see them.</source>
        <translation>Dit pakket is gemaakt voordat pakketten ondersteuning, verwijzingen en overleggen bevatten; exporteer de periode opnieuw om ze te zien.</translation>
    </message>
    <message>
        <source>Days to an answer</source>
        <translation>Dagen tot antwoord</translation>
    </message>
    <message>
        <source>Days from sending a referral to its answer, the median of those answered</source>
        <translation>Dagen van het versturen van een verwijzing tot het antwoord: de mediaan van de beantwoorde</translation>
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
        <source>&quot;%1&quot; could not be undone: %2</source>
        <translation>&quot;%1&quot; kon niet ongedaan worden gemaakt: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be redone: %2</source>
        <translation>&quot;%1&quot; kon niet opnieuw worden gedaan: %2</translation>
    </message>
</context>
<context>
    <name>EditCommands</name>
    <message>
        <source>Ending a goal needs the last day it was worked on.</source>
        <translation>Voor het beëindigen van een doel is de laatste dag nodig waarop eraan is gewerkt.</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Discard Changes?</source>
        <translation>Wijzigingen weggooien?</translation>
    </message>
    <message>
        <source>What you entered in this form has not been saved. Discard it?</source>
        <translation>Wat je in dit formulier hebt ingevuld, is nog niet opgeslagen. Weggooien?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Weggooien</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>Verder bewerken</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Opnieuw laden</translation>
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
    <message>
        <source>this duo</source>
        <translation>dit duo</translation>
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
    <name>EditGoalCommand</name>
    <message>
        <source>Edit goal &quot;%1&quot;</source>
        <translation>Doel &quot;%1&quot; bewerken</translation>
    </message>
    <message>
        <source>this goal</source>
        <translation>dit doel</translation>
    </message>
</context>
<context>
    <name>EditMemberCommand</name>
    <message>
        <source>Edit household member %1</source>
        <translation>Gezinslid %1 bewerken</translation>
    </message>
    <message>
        <source>this household member</source>
        <translation>dit gezinslid</translation>
    </message>
</context>
<context>
    <name>EditOrganisationCommand</name>
    <message>
        <source>Edit organisation %1</source>
        <translation>Organisatie %1 bewerken</translation>
    </message>
    <message>
        <source>this organisation</source>
        <translation>deze organisatie</translation>
    </message>
</context>
<context>
    <name>EditWorkerCommand</name>
    <message>
        <source>Edit worker %1</source>
        <translation>Medewerker %1 bewerken</translation>
    </message>
    <message>
        <source>this worker</source>
        <translation>deze medewerker</translation>
    </message>
</context>
<context>
    <name>EmergencyAccessDialog</name>
    <message>
        <source>Emergency Access</source>
        <translation>Noodtoegang</translation>
    </message>
    <message>
        <source>Only when a family that is not yours needs you now: a colleague is ill, or a safety concern cannot wait. Access is granted at once for the time you choose. Your reason is recorded, the access log marks it, and the coordinator sees it.</source>
        <translation>Alleen als een gezin dat niet het uwe is u nu nodig heeft: een collega is ziek, of een zorg over veiligheid kan niet wachten. De toegang gaat direct in, voor de tijd die u kiest. Uw reden wordt vastgelegd, het toegangslog markeert het en de coördinator ziet het.</translation>
    </message>
    <message>
        <source>e.g. G-2026-0042</source>
        <translation>bijv. G-2026-0042</translation>
    </message>
    <message>
        <source>Why this family, now (at least ten characters)</source>
        <translation>Waarom dit gezin, nu (minstens tien tekens)</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n uur</numerusform>
            <numerusform>%n uur</numerusform>
        </translation>
    </message>
    <message>
        <source>Case code:</source>
        <translation>Casuscode:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reden:</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Voor:</translation>
    </message>
    <message>
        <source>Ask for Access</source>
        <translation>Toegang vragen</translation>
    </message>
</context>
<context>
    <name>EmergencyAccessList</name>
    <message numerus="yes">
        <source>&lt;b&gt;Emergency access&lt;/b&gt; in the last %n day(s): families read by someone outside their own duo</source>
        <translation>
            <numerusform>&lt;b&gt;Noodtoegang&lt;/b&gt; in de afgelopen dag: gezinnen ingezien door iemand buiten hun eigen duo</numerusform>
            <numerusform>&lt;b&gt;Noodtoegang&lt;/b&gt; in de afgelopen %n dagen: gezinnen ingezien door iemand buiten hun eigen duo</numerusform>
        </translation>
    </message>
    <message>
        <source>Emergency access</source>
        <translation>Noodtoegang</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation>Casuscode</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Verleend</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
</context>
<context>
    <name>EndDuoCommand</name>
    <message>
        <source>End duo %1</source>
        <translation>Duo %1 beëindigen</translation>
    </message>
    <message>
        <source>the duo %1</source>
        <translation>het duo %1</translation>
    </message>
</context>
<context>
    <name>EndGoalCommand</name>
    <message>
        <source>End goal &quot;%1&quot;</source>
        <translation>Doel &quot;%1&quot; beëindigen</translation>
    </message>
    <message>
        <source>Work on goal &quot;%1&quot; again</source>
        <translation>Weer werken aan doel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the goal &quot;%1&quot;</source>
        <translation>het doel &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <source>Interim Evaluation of %1</source>
        <translation>Tussenevaluatie van %1</translation>
    </message>
    <message>
        <source>Score of each goal</source>
        <translation>Score per doel</translation>
    </message>
    <message>
        <source>From 1, acute problems, to 5, fully self-reliant, as on the Zelfredzaamheid-Matrix.</source>
        <translation>Van 1, acute problematiek, tot 5, volledig zelfredzaam, zoals in de Zelfredzaamheid-Matrix.</translation>
    </message>
    <message>
        <source>Stopping ends the goals scored here on this day; their scores stay. Closing the family&apos;s file is a step of its own.</source>
        <translation>Stoppen beëindigt op deze dag de doelen die hier worden gescoord; hun scores blijven. Het dossier van het gezin afsluiten is een aparte stap.</translation>
    </message>
    <message>
        <source>Why this decision: what helped, what did not</source>
        <translation>Waarom dit besluit: wat hielp, wat niet</translation>
    </message>
    <message>
        <source>Held on:</source>
        <translation>Gehouden op:</translation>
    </message>
    <message>
        <source>Does the support help?</source>
        <translation>Helpt de ondersteuning?</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Besluit:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reden:</translation>
    </message>
    <message>
        <source>Save Evaluation</source>
        <translation>Evaluatie opslaan</translation>
    </message>
    <message>
        <source>was %1</source>
        <translation>was %1</translation>
    </message>
    <message>
        <source>No goals were worked on on %1. Add a goal first, or choose another day.</source>
        <translation>Op %1 werd aan geen enkel doel gewerkt. Voeg eerst een doel toe of kies een andere dag.</translation>
    </message>
    <message>
        <source>The family already has an evaluation on %1.</source>
        <translation>Het gezin heeft al een evaluatie op %1.</translation>
    </message>
    <message>
        <source>The family had no goals on %1: an evaluation scores the goals, so add a goal first.</source>
        <translation>Het gezin had op %1 geen doelen: een evaluatie scoort de doelen, dus voeg eerst een doel toe.</translation>
    </message>
    <message>
        <source>The goal &quot;%1&quot; needs a score.</source>
        <translation>Het doel &quot;%1&quot; heeft een score nodig.</translation>
    </message>
    <message>
        <source>Choose whether the support helps: yes, partly or no.</source>
        <translation>Kies of de ondersteuning helpt: ja, deels of nee.</translation>
    </message>
    <message>
        <source>Choose the decision: continue, adjust or stop.</source>
        <translation>Kies het besluit: doorgaan, bijstellen of stoppen.</translation>
    </message>
</context>
<context>
    <name>EvaluationStore</name>
    <message>
        <source>The evaluation of %1 cannot be put back: another program changed the database in the meantime.</source>
        <translation>De evaluatie van %1 kan niet worden teruggezet: een ander programma heeft de database intussen gewijzigd.</translation>
    </message>
    <message>
        <source>There is no family with number %1.</source>
        <translation>Er is geen gezin met nummer %1.</translation>
    </message>
    <message>
        <source>The family already has an evaluation on %1.</source>
        <translation>Het gezin heeft al een evaluatie op %1.</translation>
    </message>
    <message>
        <source>The family had no goals on %1: an evaluation scores the goals, so add a goal first.</source>
        <translation>Het gezin had op %1 geen doelen: een evaluatie scoort de doelen, dus voeg eerst een doel toe.</translation>
    </message>
    <message>
        <source>Goal number %1 is not a goal of this family.</source>
        <translation>Doel nummer %1 is geen doel van dit gezin.</translation>
    </message>
    <message>
        <source>The goal &quot;%1&quot; was set after %2 and cannot be scored in this evaluation.</source>
        <translation>Het doel &quot;%1&quot; is na %2 gesteld en kan in deze evaluatie niet worden gescoord.</translation>
    </message>
    <message>
        <source>The goal &quot;%1&quot; ended on %2 and cannot be scored in this evaluation.</source>
        <translation>Het doel &quot;%1&quot; is op %2 beëindigd en kan in deze evaluatie niet worden gescoord.</translation>
    </message>
    <message>
        <source>The score of the goal &quot;%1&quot; runs from 1 (acute problems) to 5 (fully self-reliant), not %2.</source>
        <translation>De score van het doel &quot;%1&quot; loopt van 1 (acute problematiek) tot 5 (volledig zelfredzaam), niet %2.</translation>
    </message>
    <message>
        <source>The goal &quot;%1&quot; has two scores.</source>
        <translation>Het doel &quot;%1&quot; heeft twee scores.</translation>
    </message>
    <message>
        <source>The goal &quot;%1&quot; needs a score.</source>
        <translation>Het doel &quot;%1&quot; heeft een score nodig.</translation>
    </message>
    <message>
        <source>The goals ended by the evaluation of %1 cannot be opened again: another program changed them in the meantime.</source>
        <translation>De doelen die door de evaluatie van %1 zijn beëindigd, kunnen niet opnieuw worden geopend: een ander programma heeft ze intussen gewijzigd.</translation>
    </message>
    <message>
        <source>There is no evaluation with number %1.</source>
        <translation>Er is geen evaluatie met nummer %1.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Export a period of visits: supervision package, CSV, iCalendar or PDF.</source>
        <translation>Een periode aan huisbezoeken exporteren: supervisiepakket, CSV, iCalendar of PDF.</translation>
    </message>
    <message>
        <source>First day of the period (YYYY-MM-DD).</source>
        <translation>Eerste dag van de periode (JJJJ-MM-DD).</translation>
    </message>
    <message>
        <source>Last day of the period (YYYY-MM-DD).</source>
        <translation>Laatste dag van de periode (JJJJ-MM-DD).</translation>
    </message>
    <message>
        <source>Only the visits of this duo.</source>
        <translation>Alleen de huisbezoeken van dit duo.</translation>
    </message>
    <message>
        <source>Only the visits of the duos this worker is part of.</source>
        <translation>Alleen de huisbezoeken van de duo&apos;s waarin deze medewerker zit.</translation>
    </message>
    <message>
        <source>Leave out names, addresses and contact details; mask names in text.</source>
        <translation>Namen, adressen en contactgegevens weglaten; namen in tekst maskeren.</translation>
    </message>
    <message>
        <source>package (default), csv, ics or pdf.</source>
        <translation>package (standaard), csv, ics of pdf.</translation>
    </message>
    <message>
        <source>Encrypt the package with the passphrase in this file (first line).</source>
        <translation>Het pakket versleutelen met de wachtzin in dit bestand (eerste regel).</translation>
    </message>
    <message>
        <source>--from and --to need dates like 2026-03-01.</source>
        <translation>--from en --to hebben datums nodig zoals 2026-03-01.</translation>
    </message>
    <message>
        <source>--to must not lie before --from.</source>
        <translation>--to mag niet vóór --from liggen.</translation>
    </message>
    <message>
        <source>--duo needs the number of a duo.</source>
        <translation>--duo heeft het nummer van een duo nodig.</translation>
    </message>
    <message>
        <source>--worker needs the number of a worker.</source>
        <translation>--worker heeft het nummer van een medewerker nodig.</translation>
    </message>
    <message>
        <source>Give --duo or --worker, not both.</source>
        <translation>Geef --duo of --worker, niet allebei.</translation>
    </message>
    <message>
        <source>--format must be one of package, csv, ics or pdf.</source>
        <translation>--format moet package, csv, ics of pdf zijn.</translation>
    </message>
    <message>
        <source>Only a supervision package can be encrypted.</source>
        <translation>Alleen een supervisiepakket kan worden versleuteld.</translation>
    </message>
    <message>
        <source>The database %1 uses an older format; run &quot;duocoach-cli init %1&quot; to upgrade it first.</source>
        <translation>De database %1 heeft een ouder formaat; werk hem eerst bij met &quot;duocoach-cli init %1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) written to %1.</source>
        <translation>
            <numerusform>%n huisbezoek geschreven naar %1.</numerusform>
            <numerusform>%n huisbezoeken geschreven naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Families: %1; pseudonymised: %2; encrypted: %3.</source>
        <translation>Gezinnen: %1; gepseudonimiseerd: %2; versleuteld: %3.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Content SHA-256: %1</source>
        <translation>SHA-256 van de inhoud: %1</translation>
    </message>
    <message numerus="yes">
        <source>Left out for lack of consent to a supervision export: %n family/families.</source>
        <translation>
            <numerusform>Weggelaten omdat toestemming voor supervisie-export ontbreekt: %n gezin.</numerusform>
            <numerusform>Weggelaten omdat toestemming voor supervisie-export ontbreekt: %n gezinnen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Report on %n visit(s) written to %1.</source>
        <translation>
            <numerusform>Rapport over %n huisbezoek geschreven naar %1.</numerusform>
            <numerusform>Rapport over %n huisbezoeken geschreven naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar (ics) only: put the family&apos;s address in each visit&apos;s location. The address then leaves DuoCoach with the file.</source>
        <translation>Alleen voor een agenda (ics): het adres van het gezin als locatie bij elk huisbezoek zetten. Het adres verlaat DuoCoach dan met het bestand.</translation>
    </message>
    <message>
        <source>Only a calendar (--format ics) can carry the address.</source>
        <translation>Alleen een agenda (--format ics) kan het adres bevatten.</translation>
    </message>
    <message>
        <source>Give --with-address or --pseudonymize, not both.</source>
        <translation>Geef --with-address of --pseudonymize, niet allebei.</translation>
    </message>
    <message>
        <source>The organisation named in the package&apos;s signature (the window&apos;s setting when not given).</source>
        <translation>De organisatie die in de ondertekening van het pakket staat (zonder deze optie die van de instelling in het venster).</translation>
    </message>
    <message>
        <source>Signed with the key %1; the supervisor compares it once.</source>
        <translation>Ondertekend met de sleutel %1; de supervisor vergelijkt die één keer.</translation>
    </message>
</context>
<context>
    <name>ExportDialogFrame</name>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
</context>
<context>
    <name>ExportFileField</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
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
        <source>No duo: the family&apos;s file is closed.</source>
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
    <message>
        <source>A safety concern was raised on this visit.</source>
        <translation>Bij dit huisbezoek is een veiligheidszorg gemeld.</translation>
    </message>
    <message>
        <source>Double-click a visit for its report; right-click for more.</source>
        <translation>Dubbelklik op een huisbezoek voor het verslag; klik met rechts voor meer.</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefoon:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
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
    <message>
        <source>06 12345678 or +32 470 12 34 56</source>
        <translation>06 12345678 of +32 470 12 34 56</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefoon:</translation>
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
    <message>
        <source>The import from %1 was cancelled; nothing was imported.</source>
        <translation>De import uit %1 is geannuleerd; er is niets geïmporteerd.</translation>
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
    <message>
        <source>%1: open safety concern</source>
        <translation>%1: open veiligheidszorg</translation>
    </message>
</context>
<context>
    <name>FamilyMeetingsPanel</name>
    <message>
        <source>Case consultations</source>
        <translation>Casuïstiekoverleg</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Question and advice</source>
        <translation>Vraag en advies</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Besluiten</translation>
    </message>
    <message>
        <source>Not discussed at a case consultation yet.</source>
        <translation>Nog niet besproken in een casuïstiekoverleg.</translation>
    </message>
    <message>
        <source>Record Consultation…</source>
        <translation>Overleg vastleggen…</translation>
    </message>
    <message>
        <source>Record a case consultation where this family was discussed, with the decisions on its support.</source>
        <translation>Leg een casuïstiekoverleg vast waarin dit gezin is besproken, met de besluiten over de ondersteuning.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Question: %1
Advice: %2</source>
        <translation>Vraag: %1
Advies: %2</translation>
    </message>
    <message>
        <source>Case consultations (%1)</source>
        <translation>Casuïstiekoverleg (%1)</translation>
    </message>
    <message>
        <source>Minutes as PDF…</source>
        <translation>Verslag als PDF…</translation>
    </message>
    <message>
        <source>Save the minutes of the selected consultation to print them: families by case code, without names.</source>
        <translation>Het verslag van het gekozen overleg opslaan om af te drukken: gezinnen met hun dossiercode, zonder namen.</translation>
    </message>
    <message>
        <source>Choose a consultation first.</source>
        <translation>Kies eerst een overleg.</translation>
    </message>
    <message>
        <source>Save Minutes</source>
        <translation>Verslag opslaan</translation>
    </message>
    <message>
        <source>minutes.pdf</source>
        <translation>verslag.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
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
        <source>No family matches &quot;%1&quot;.</source>
        <translation>Geen gezin past bij &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Families: %1</source>
        <translation>Gezinnen: %1</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Gevonden: %1</translation>
    </message>
    <message>
        <source>&amp;My families only</source>
        <translation>Alleen &amp;mijn gezinnen</translation>
    </message>
    <message>
        <source>Only the families assigned now to one of your duos.</source>
        <translation>Alleen de gezinnen die nu aan een van uw duo&apos;s gekoppeld zijn.</translation>
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
    <message>
        <source>the family %1 (%2)</source>
        <translation>het gezin %1 (%2)</translation>
    </message>
    <message>
        <source>There is no open family with number %1.</source>
        <translation>Er is geen lopend gezin met nummer %1.</translation>
    </message>
</context>
<context>
    <name>FeedbackCommand</name>
    <message>
        <source>Import a supervisor&apos;s feedback for the duos it is about.</source>
        <translation>De feedback van een supervisor inlezen voor de duo&apos;s over wie die gaat.</translation>
    </message>
    <message>
        <source>Read encrypted feedback with its package&apos;s passphrase, the first line of this file.</source>
        <translation>Versleutelde feedback lezen met de wachtzin van het pakket, de eerste regel van dit bestand.</translation>
    </message>
    <message>
        <source>Usage: duocoach-cli %1 %2</source>
        <translation>Gebruik: duocoach-cli %1 %2</translation>
    </message>
    <message>
        <source>Feedback on %1 (%2 to %3) imported: general remarks: %4, notes for a duo: %5, notes on a visit: %6.</source>
        <translation>Feedback op %1 (%2 tot en met %3) ingelezen: algemene opmerkingen: %4, notities voor een duo: %5, notities bij een huisbezoek: %6.</translation>
    </message>
    <message>
        <source>It replaces the feedback imported before on the same package.</source>
        <translation>Ze vervangt de feedback die eerder op hetzelfde pakket is ingelezen.</translation>
    </message>
    <message>
        <source>Left out, about visits or duos no longer in this database: %1.</source>
        <translation>Weggelaten, over huisbezoeken of duo&apos;s die niet meer in deze database staan: %1.</translation>
    </message>
</context>
<context>
    <name>FeedbackImportFlow</name>
    <message>
        <source>Import Supervision Feedback</source>
        <translation>Feedback van supervisie inlezen</translation>
    </message>
    <message numerus="yes">
        <source>The feedback on %1 (%2 to %3) is with the duos now, on their Today page and with their visits: %n note(s).</source>
        <translation>
            <numerusform>De feedback op %1 (%2 tot en met %3) staat nu bij de duo&apos;s, op hun pagina Vandaag en bij hun huisbezoeken: %n notitie.</numerusform>
            <numerusform>De feedback op %1 (%2 tot en met %3) staat nu bij de duo&apos;s, op hun pagina Vandaag en bij hun huisbezoeken: %n notities.</numerusform>
        </translation>
    </message>
    <message>
        <source>It replaces the feedback imported before on the same package.</source>
        <translation>Ze vervangt de feedback die eerder op hetzelfde pakket is ingelezen.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) about visits or duos no longer in this database were left out.</source>
        <translation>
            <numerusform>%n notitie over een huisbezoek of duo dat niet meer in deze database staat, is weggelaten.</numerusform>
            <numerusform>%n notities over huisbezoeken of duo&apos;s die niet meer in deze database staan, zijn weggelaten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Supervision feedback imported: %n note(s).</source>
        <translation>
            <numerusform>Feedback van supervisie ingelezen: %n notitie.</numerusform>
            <numerusform>Feedback van supervisie ingelezen: %n notities.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <source>What goes well, what could be better, for all duos</source>
        <translation>Wat goed gaat, wat beter kan, voor alle duo&apos;s</translation>
    </message>
    <message>
        <source>Select a duo in the figures</source>
        <translation>Kies een duo in de cijfers</translation>
    </message>
    <message>
        <source>Select a visit in the visit log</source>
        <translation>Kies een huisbezoek in het bezoeklogboek</translation>
    </message>
    <message>
        <source>&amp;General feedback</source>
        <translation>&amp;Algemene feedback</translation>
    </message>
    <message>
        <source>Feedback on the &amp;duo %1</source>
        <translation>Feedback op het &amp;duo %1</translation>
    </message>
    <message>
        <source>Feedback on a &amp;duo</source>
        <translation>Feedback op een &amp;duo</translation>
    </message>
    <message>
        <source>Feedback on the &amp;visit of %1</source>
        <translation>Feedback op het &amp;huisbezoek van %1</translation>
    </message>
    <message>
        <source>Feedback on a &amp;visit</source>
        <translation>Feedback op een &amp;huisbezoek</translation>
    </message>
    <message>
        <source>Your feedback on this duo: what goes well, what could be better</source>
        <translation>Uw feedback op dit duo: wat gaat goed, wat kan beter</translation>
    </message>
    <message>
        <source>Your feedback on this visit and its report</source>
        <translation>Uw feedback op dit huisbezoek en het verslag</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>New Follow-up Action for %1</source>
        <translation>Nieuwe vervolgactie voor %1</translation>
    </message>
    <message>
        <source>What needs to be done</source>
        <translation>Wat er moet gebeuren</translation>
    </message>
    <message>
        <source>%1 (trusted person)</source>
        <translation>%1 (vertrouwenspersoon)</translation>
    </message>
    <message>
        <source>%1 (professional)</source>
        <translation>%1 (professional)</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Actie:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Actiehouder:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Uiterlijk:</translation>
    </message>
    <message>
        <source>Add Action</source>
        <translation>Actie toevoegen</translation>
    </message>
</context>
<context>
    <name>FollowUpStore</name>
    <message>
        <source>There is no visit with number %1.</source>
        <translation>Er is geen huisbezoek met nummer %1.</translation>
    </message>
    <message>
        <source>The follow-up action &quot;%1&quot; belongs to another family than its visit.</source>
        <translation>De vervolgactie &quot;%1&quot; hoort bij een ander gezin dan het huisbezoek.</translation>
    </message>
    <message>
        <source>The follow-up action &quot;%1&quot; is due on %2, before the visit of %3.</source>
        <translation>De vervolgactie &quot;%1&quot; moet uiterlijk op %2 klaar zijn, vóór het huisbezoek van %3.</translation>
    </message>
    <message>
        <source>The follow-up action &quot;%1&quot; needs an owner from the family&apos;s duo, but the family has no duo.</source>
        <translation>De vervolgactie &quot;%1&quot; heeft een actiehouder uit het duo van het gezin nodig, maar het gezin heeft geen duo.</translation>
    </message>
    <message>
        <source>The follow-up action &quot;%1&quot; belongs to %2 or %3, the duo of the family.</source>
        <translation>De vervolgactie &quot;%1&quot; hoort bij %2 of %3, het duo van het gezin.</translation>
    </message>
    <message>
        <source>There is no follow-up action with number %1.</source>
        <translation>Er is geen vervolgactie met nummer %1.</translation>
    </message>
    <message>
        <source>The follow-up action &quot;%1&quot; cannot be put back: another program changed the database in the meantime.</source>
        <translation>De vervolgactie &quot;%1&quot; kan niet worden teruggezet: een ander programma heeft de database intussen gewijzigd.</translation>
    </message>
</context>
<context>
    <name>FollowUpsPanel</name>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Actiehouder</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Tick an action off when it is done.</source>
        <translation>Vink een actie af als die gedaan is.</translation>
    </message>
    <message>
        <source>No follow-up actions.</source>
        <translation>Geen vervolgacties.</translation>
    </message>
    <message>
        <source>Add Follow-up Action…</source>
        <translation>Vervolgactie toevoegen…</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>Vervolgacties</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>gedaan %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>uiterlijk %1</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (te laat)</translation>
    </message>
    <message>
        <source>Follow-up actions (%1 open)</source>
        <translation>Vervolgacties (%1 open)</translation>
    </message>
    <message>
        <source>done %1 by %2</source>
        <translation>gedaan %1 door %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>GiveConsentCommand</name>
    <message>
        <source>Record consent</source>
        <translation>Toestemming vastleggen</translation>
    </message>
</context>
<context>
    <name>GoalChart</name>
    <message>
        <source>start</source>
        <translation>start</translation>
    </message>
    <message>
        <source>evaluation</source>
        <translation>evaluatie</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>Goal of %1</source>
        <translation>Doel van %1</translation>
    </message>
    <message>
        <source>New Goal for %1</source>
        <translation>Nieuw doel voor %1</translation>
    </message>
    <message>
        <source>What the family wants to reach, e.g. pays the rent on time</source>
        <translation>Wat het gezin wil bereiken, bijv. betaalt de huur op tijd</translation>
    </message>
    <message>
        <source>Life domain:</source>
        <translation>Leefgebied:</translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation>Doel:</translation>
    </message>
    <message>
        <source>Score at the start:</source>
        <translation>Score bij de start:</translation>
    </message>
    <message>
        <source>Set on:</source>
        <translation>Gesteld op:</translation>
    </message>
    <message>
        <source>Last day worked on:</source>
        <translation>Laatste dag eraan gewerkt:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Add Goal</source>
        <translation>Doel toevoegen</translation>
    </message>
    <message>
        <source>End a Goal of %1</source>
        <translation>Een doel van %1 beëindigen</translation>
    </message>
    <message>
        <source>End Goal</source>
        <translation>Doel beëindigen</translation>
    </message>
    <message>
        <source>The goal cannot end before the day it was set.</source>
        <translation>Het doel kan niet eindigen vóór de dag waarop het is gesteld.</translation>
    </message>
    <message>
        <source>Choose the score the family starts from on this goal.</source>
        <translation>Kies de score waarmee het gezin op dit doel begint.</translation>
    </message>
</context>
<context>
    <name>GoalStore</name>
    <message>
        <source>There is no family with number %1.</source>
        <translation>Er is geen gezin met nummer %1.</translation>
    </message>
    <message>
        <source>The goal cannot be set before the family was referred on %1.</source>
        <translation>Het doel kan niet worden gesteld voordat het gezin op %1 is aangemeld.</translation>
    </message>
    <message>
        <source>The goal was scored in an evaluation on %1, so it cannot be set after that day.</source>
        <translation>Het doel is gescoord in een evaluatie op %1 en kan dus niet na die dag zijn gesteld.</translation>
    </message>
    <message>
        <source>A new goal is worked on: it cannot have an end date yet.</source>
        <translation>Aan een nieuw doel wordt gewerkt: het kan nog geen einddatum hebben.</translation>
    </message>
    <message>
        <source>The goal &quot;%1&quot; already ended on %2.</source>
        <translation>Het doel &quot;%1&quot; is al beëindigd op %2.</translation>
    </message>
    <message>
        <source>Ending a goal needs the last day it was worked on.</source>
        <translation>Voor het beëindigen van een doel is de laatste dag nodig waarop eraan is gewerkt.</translation>
    </message>
    <message>
        <source>The goal cannot end before the day it was set, %1.</source>
        <translation>Het doel kan niet eindigen vóór de dag waarop het is gesteld, %1.</translation>
    </message>
    <message>
        <source>The end date of the goal lies in the future.</source>
        <translation>De einddatum van het doel ligt in de toekomst.</translation>
    </message>
    <message>
        <source>The goal was scored in an evaluation on %1, so it cannot end before that day.</source>
        <translation>Het doel is gescoord in een evaluatie op %1 en kan dus niet vóór die dag eindigen.</translation>
    </message>
    <message>
        <source>The goal &quot;%1&quot; is still worked on.</source>
        <translation>Aan het doel &quot;%1&quot; wordt nog gewerkt.</translation>
    </message>
    <message>
        <source>The goal &quot;%1&quot; cannot be removed: an evaluation scored it or a visit report worked on it.</source>
        <translation>Het doel &quot;%1&quot; kan niet worden verwijderd: een evaluatie heeft het gescoord of een verslag noemt het.</translation>
    </message>
    <message>
        <source>The goal &quot;%1&quot; cannot be put back: another program changed the database in the meantime.</source>
        <translation>Het doel &quot;%1&quot; kan niet worden teruggezet: een ander programma heeft de database intussen gewijzigd.</translation>
    </message>
    <message>
        <source>There is no goal with number %1.</source>
        <translation>Er is geen doel met nummer %1.</translation>
    </message>
</context>
<context>
    <name>GoalsPanel</name>
    <message>
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <source>Add Goal…</source>
        <translation>Doel toevoegen…</translation>
    </message>
    <message>
        <source>Evaluate…</source>
        <translation>Evalueren…</translation>
    </message>
    <message>
        <source>No goals yet. A goal is agreed with the family, in one of the life domains, with the score it starts from.</source>
        <translation>Nog geen doelen. Een doel spreek je af met het gezin, in een van de leefgebieden, met de score waarmee het begint.</translation>
    </message>
    <message>
        <source>Double-click to correct the goal; right-click to end it.</source>
        <translation>Dubbelklik om het doel te corrigeren; klik met rechts om het te beëindigen.</translation>
    </message>
    <message>
        <source>Ended on %1 at %2</source>
        <translation>Beëindigd op %1 met %2</translation>
    </message>
    <message>
        <source>Now %1</source>
        <translation>Nu %1</translation>
    </message>
    <message>
        <source>(start: %1 on %2)</source>
        <translation>(start: %1 op %2)</translation>
    </message>
    <message>
        <source>Goals (%1)</source>
        <translation>Doelen (%1)</translation>
    </message>
    <message>
        <source>Goals (%1 worked on, %2 ended)</source>
        <translation>Doelen (%1 lopend, %2 beëindigd)</translation>
    </message>
    <message>
        <source>&lt;i&gt;No interim evaluation yet.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Nog geen tussenevaluatie.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Interim evaluation&lt;/b&gt; of %1</source>
        <translation>&lt;b&gt;Tussenevaluatie&lt;/b&gt; van %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Latest interim evaluation&lt;/b&gt; of %1 (%2 in all)</source>
        <translation>&lt;b&gt;Laatste tussenevaluatie&lt;/b&gt; van %1 (%2 in totaal)</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;Does the support help? &lt;b style=&apos;color:%2&apos;&gt;%3&lt;/b&gt; · Decision: &lt;b&gt;%4&lt;/b&gt;&lt;br&gt;%5</source>
        <translation>%1&lt;br&gt;Helpt de ondersteuning? &lt;b style=&apos;color:%2&apos;&gt;%3&lt;/b&gt; · Besluit: &lt;b&gt;%4&lt;/b&gt;&lt;br&gt;%5</translation>
    </message>
    <message>
        <source>Score each goal and decide: continue, adjust or stop.</source>
        <translation>Scoor elk doel en besluit: doorgaan, bijstellen of stoppen.</translation>
    </message>
    <message>
        <source>An evaluation scores the goals worked on: add a goal first.</source>
        <translation>Een evaluatie scoort de lopende doelen: voeg eerst een doel toe.</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Correct Goal…</source>
        <translation>Doel corrigeren…</translation>
    </message>
    <message>
        <source>Work on It Again</source>
        <translation>Er weer aan werken</translation>
    </message>
    <message>
        <source>End Goal…</source>
        <translation>Doel beëindigen…</translation>
    </message>
    <message>
        <source>Correct Goal</source>
        <translation>Doel corrigeren</translation>
    </message>
    <message>
        <source>End Goal</source>
        <translation>Doel beëindigen</translation>
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
        <translation>%1 heeft geen gezinnen om over te dragen. Archiveren beëindigt de duo&apos;s waarin %1 zit; ze blijven in de geschiedenis.</translation>
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
    <name>ImportExample</name>
    <message>
        <source>The example file %1 could not be written: %2</source>
        <translation>Het voorbeeldbestand %1 kon niet worden opgeslagen: %2</translation>
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
        <source>The language &quot;%1&quot; is not known; use a code like ar or a name like Arabic, separated by |.</source>
        <translation>De taal &quot;%1&quot; is onbekend; gebruik een code zoals ar of een naam zoals Arabisch, gescheiden door |.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date like 2026-03-01 or 01-03-2026.</source>
        <translation>&quot;%1&quot; is geen datum zoals 2026-03-01 of 01-03-2026.</translation>
    </message>
    <message>
        <source>The date &quot;%1&quot; does not exist.</source>
        <translation>De datum &quot;%1&quot; bestaat niet.</translation>
    </message>
    <message>
        <source>The gender &quot;%1&quot; is not female, male or other.</source>
        <translation>Het geslacht &quot;%1&quot; is niet female, male of other.</translation>
    </message>
    <message>
        <source>The wish &quot;%1&quot; is not empty, none, female or male.</source>
        <translation>De wens &quot;%1&quot; is niet leeg, none, female of male.</translation>
    </message>
    <message>
        <source>The role &quot;%1&quot; is not trusted_person or professional.</source>
        <translation>De rol &quot;%1&quot; is niet trusted_person of professional.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number from %2 to %3.</source>
        <translation>&quot;%1&quot; is geen geheel getal van %2 tot en met %3.</translation>
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
    <message>
        <source>Reading %1…</source>
        <translation>Bestand %1 lezen…</translation>
    </message>
    <message>
        <source>Importing families from %1…</source>
        <translation>Gezinnen importeren uit %1…</translation>
    </message>
    <message>
        <source>Importing workers from %1…</source>
        <translation>Medewerkers importeren uit %1…</translation>
    </message>
    <message>
        <source>Save Example File…</source>
        <translation>Voorbeeldbestand opslaan…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Save Example File</source>
        <translation>Voorbeeldbestand opslaan</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>row %1: %2, %3</source>
        <translation>rij %1: %2, %3</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>en nog %1</translation>
    </message>
    <message>
        <source>Every family in %1 is already in the database (%2); there is nothing to import.</source>
        <translation>Elk gezin in %1 staat al in de database (%2); er valt niets te importeren.</translation>
    </message>
    <message>
        <source>Families in %1: %2.</source>
        <translation>Gezinnen in %1: %2.</translation>
    </message>
    <message>
        <source>Already in the database and left out: %1 (%2). New families: %3.</source>
        <translation>Staan al in de database en worden overgeslagen: %1 (%2). Nieuwe gezinnen: %3.</translation>
    </message>
    <message>
        <source>Import them? Each gets a new case code; Undo takes the whole import back.</source>
        <translation>Importeren? Elk gezin krijgt een nieuwe casuscode; Ongedaan maken draait de hele import terug.</translation>
    </message>
    <message>
        <source>row %1: %2 of %3</source>
        <translation>rij %1: %2 van %3</translation>
    </message>
    <message>
        <source>Every worker in %1 is already in the database (%2); there is nothing to import.</source>
        <translation>Elke medewerker in %1 staat al in de database (%2); er valt niets te importeren.</translation>
    </message>
    <message>
        <source>Already in the database and left out: %1 (%2).</source>
        <translation>Staan al in de database en worden overgeslagen: %1 (%2).</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Gezinsnaam</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Home languages</source>
        <translation>Thuistalen</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Verwezen op</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
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
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>The first %1 of %2 to be added:</source>
        <translation>De eerste %1 van %2 die worden toegevoegd:</translation>
    </message>
    <message>
        <source>To be added:</source>
        <translation>Worden toegevoegd:</translation>
    </message>
    <message>
        <source>Already in the database, so left out: %1</source>
        <translation>Al in de database, dus weggelaten: %1</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importeren</translation>
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
    <name>InMemorySqlite</name>
    <message>
        <source>Could not open a database in memory: %1</source>
        <translation>Kon geen database in het geheugen openen: %1</translation>
    </message>
    <message>
        <source>The SQLite driver does not give access to its database.</source>
        <translation>Het SQLite-stuurprogramma geeft geen toegang tot zijn database.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged and cannot be read.</source>
        <translation>&quot;%1&quot; is beschadigd en kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>Could not turn the database in memory into a file (out of memory?).</source>
        <translation>Kon de database in het geheugen niet naar een bestand omzetten (geheugen vol?).</translation>
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
    <name>InputFile</name>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation>Het bestand &quot;%1&quot; bestaat niet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, not a file.</source>
        <translation>&quot;%1&quot; is een map, geen bestand.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ordinary file (a device, pipe or socket); it is not read.</source>
        <translation>&quot;%1&quot; is geen gewoon bestand (maar een apparaat, pipe of socket); het wordt niet gelezen.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is larger than %2 MB, more than DuoCoach reads.</source>
        <translation>Het bestand &quot;%1&quot; is groter dan %2 MB, meer dan DuoCoach inleest.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read: %2</source>
        <translation>Het bestand &quot;%1&quot; kan niet worden gelezen: %2</translation>
    </message>
</context>
<context>
    <name>KnownSenders</name>
    <message>
        <source>this computer</source>
        <translation>deze computer</translation>
    </message>
    <message>
        <source>The list of known senders &quot;%1&quot; cannot be read: %2</source>
        <translation>De lijst met bekende afzenders &quot;%1&quot; kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>Line %1 of &quot;%2&quot; does not start with a key&apos;s fingerprint (32 hexadecimal digits).</source>
        <translation>Regel %1 van &quot;%2&quot; begint niet met de vingerafdruk van een sleutel (32 hexadecimale cijfers).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key&apos;s fingerprint (32 hexadecimal digits).</source>
        <translation>&quot;%1&quot; is geen vingerafdruk van een sleutel (32 hexadecimale cijfers).</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Find a language…</source>
        <translation>Zoek een taal…</translation>
    </message>
    <message>
        <source>No language chosen.</source>
        <translation>Geen taal gekozen.</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Gekozen: %1</translation>
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
        <source>Families: %1 · Workers: %2 · Duos: %3 · Visits: %4</source>
        <translation>Gezinnen: %1 · Medewerkers: %2 · Duo&apos;s: %3 · Huisbezoeken: %4</translation>
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
    <message>
        <source>&amp;Restore Backup…</source>
        <translation>&amp;Reservekopie terugzetten…</translation>
    </message>
    <message>
        <source>Export to &amp;Calendar…</source>
        <translation>Exporteren naar agen&amp;da…</translation>
    </message>
    <message>
        <source>Export for &amp;Supervision…</source>
        <translation>Exporteren voor &amp;supervisie…</translation>
    </message>
    <message>
        <source>Open Supervision &amp;Package…</source>
        <translation>Su&amp;pervisiepakket openen…</translation>
    </message>
    <message>
        <source>Open Supervision Package</source>
        <translation>Supervisiepakket openen</translation>
    </message>
    <message>
        <source>Supervision packages (*.duosup);;All files (*)</source>
        <translation>Supervisiepakketten (*.duosup);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>&amp;Access Log…</source>
        <translation>&amp;Toegangslog…</translation>
    </message>
    <message>
        <source>Due for &amp;Removal…</source>
        <translation>Te &amp;verwijderen dossiers…</translation>
    </message>
    <message>
        <source>&amp;Working As…</source>
        <translation>&amp;Werken als…</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Reservekopie terugzetten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is open read-only, so no backup can be restored into it.</source>
        <translation>&quot;%1&quot; is alleen-lezen geopend, dus er kan geen reservekopie in worden teruggezet.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 om %2</translation>
    </message>
    <message>
        <source>Put back the backup of %1? What was changed in &quot;%2&quot; since then is taken out; the database as it is now is kept as a backup, so this can be undone.</source>
        <translation>De reservekopie van %1 terugzetten? Wat sindsdien in &quot;%2&quot; is gewijzigd, gaat eruit; de database zoals die nu is, wordt als reservekopie bewaard, dus dit kan ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>The backup of %1 was restored. The database as it was before is kept as a backup.</source>
        <translation>De reservekopie van %1 is teruggezet. De database zoals die ervoor was, is als reservekopie bewaard.</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (alleen-lezen)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>Connect to &amp;Team Server…</source>
        <translation>Ver&amp;binden met teamserver…</translation>
    </message>
    <message>
        <source>Connection Lost</source>
        <translation>Verbinding verbroken</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Opnieuw verbinden</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Niet nu</translation>
    </message>
    <message>
        <source>Connected again to %1.</source>
        <translation>Weer verbonden met %1.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;DuoCoach %1&lt;/h3&gt;&lt;p&gt;Duo coaching in Dutch youth and family care: a trusted person from a community organisation and a professional from a care provider visit a family together.&lt;/p&gt;&lt;p&gt;Coordinators register families and workers and form duos; duo coaches plan home visits, write reports and evaluate whether the support helps; supervisors review exported visit logs.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DuoCoach %1&lt;/h3&gt;&lt;p&gt;Duo-coaching in de Nederlandse jeugd- en gezinszorg: een vertrouwenspersoon van een zelforganisatie en een professional van een zorgaanbieder bezoeken samen een gezin.&lt;/p&gt;&lt;p&gt;Coördinatoren leggen gezinnen en medewerkers vast en vormen duo&apos;s; duocoaches plannen huisbezoeken, schrijven verslagen en evalueren of de ondersteuning helpt; supervisoren bekijken geëxporteerde bezoeklogboeken.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The data are kept on the team server: %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;De gegevens staan op de teamserver: %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Everything stays in one file on this computer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Alles blijft in één bestand op deze computer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Database %1 on %2 · user %3</source>
        <translation>Database %1 op %2 · gebruiker %3</translation>
    </message>
    <message>
        <source>&amp;Emergency Access…</source>
        <translation>&amp;Noodtoegang…</translation>
    </message>
    <message>
        <source>Import Supervision &amp;Feedback…</source>
        <translation>&amp;Feedback van supervisie inlezen…</translation>
    </message>
    <message>
        <source>Import Supervision Feedback</source>
        <translation>Feedback van supervisie inlezen</translation>
    </message>
    <message>
        <source>Supervision feedback (*.feedback.json);;All files (*)</source>
        <translation>Feedback van supervisie (*.feedback.json);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>MapEntryDialog</name>
    <message>
        <source>Change on the Network Map of %1</source>
        <translation>Wijzigen op de netwerkkaart van %1</translation>
    </message>
    <message>
        <source>Add to the Network Map of %1</source>
        <translation>Toevoegen aan de netwerkkaart van %1</translation>
    </message>
    <message>
        <source>For example: grandmother, aunt, neighbour</source>
        <translation>Bijvoorbeeld: oma, tante, buurvrouw</translation>
    </message>
    <message>
        <source>Close (inner ring)</source>
        <translation>Dichtbij (binnenste ring)</translation>
    </message>
    <message>
        <source>In between (middle ring)</source>
        <translation>Daartussen (middelste ring)</translation>
    </message>
    <message>
        <source>At a distance (outer ring)</source>
        <translation>Verder weg (buitenste ring)</translation>
    </message>
    <message>
        <source>Supports the family</source>
        <translation>Steunt het gezin</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Wat:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;How close:</source>
        <translation>&amp;Hoe dichtbij:</translation>
    </message>
    <message>
        <source>&amp;Tie:</source>
        <translation>&amp;Band:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>First name only</source>
        <translation>Alleen de voornaam</translation>
    </message>
    <message>
        <source>The organisation&apos;s name</source>
        <translation>De naam van de organisatie</translation>
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
        <source>Speaks none of the family&apos;s languages (%1)</source>
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
    <message>
        <source>Works in another city (%1)</source>
        <translation>Werkt in een andere stad (%1)</translation>
    </message>
    <message>
        <source>%1 works in another city (%2)</source>
        <translation>%1 werkt in een andere stad (%2)</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Record a Meeting</source>
        <translation>Overleg vastleggen</translation>
    </message>
    <message>
        <source>For example: Casuïstiekoverleg Overvecht</source>
        <translation>Bijvoorbeeld: Casuïstiekoverleg Overvecht</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Niet ingevuld</translation>
    </message>
    <message>
        <source>Workers present</source>
        <translation>Aanwezige medewerkers</translation>
    </message>
    <message>
        <source>Partners at the table</source>
        <translation>Partners aan tafel</translation>
    </message>
    <message>
        <source>%1 (no contact person)</source>
        <translation>%1 (geen contactpersoon)</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1, door %2</translation>
    </message>
    <message>
        <source>What was agreed; no family names</source>
        <translation>Wat is afgesproken; geen namen van gezinnen</translation>
    </message>
    <message>
        <source>Case code, e.g. G-2026-0012</source>
        <translation>Casuscode, bijv. G-2026-0012</translation>
    </message>
    <message>
        <source>Add Family</source>
        <translation>Gezin toevoegen</translation>
    </message>
    <message>
        <source>Remove This Family</source>
        <translation>Dit gezin weghalen</translation>
    </message>
    <message>
        <source>Families discussed</source>
        <translation>Besproken gezinnen</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>&amp;Gehouden op:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Organised by:</source>
        <translation>Georganiseerd &amp;door:</translation>
    </message>
    <message>
        <source>&amp;Workers present:</source>
        <translation>&amp;Medewerkers aanwezig:</translation>
    </message>
    <message>
        <source>&amp;Partners present:</source>
        <translation>&amp;Partners aanwezig:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notities:</translation>
    </message>
    <message>
        <source>Record Meeting</source>
        <translation>Overleg vastleggen</translation>
    </message>
    <message>
        <source>Type the case code of the family to add.</source>
        <translation>Typ de casuscode van het gezin dat je wilt toevoegen.</translation>
    </message>
    <message>
        <source>The family %1 is discussed already.</source>
        <translation>Het gezin %1 staat er al bij.</translation>
    </message>
    <message>
        <source>There is no family with case code %1.</source>
        <translation>Er is geen gezin met casuscode %1.</translation>
    </message>
    <message>
        <source>Say who came to the meeting for %1: the organisation has no contact person.</source>
        <translation>Vul in wie er namens %1 bij het overleg was: de organisatie heeft geen contactpersoon.</translation>
    </message>
</context>
<context>
    <name>MeetingFamilyEditor</name>
    <message>
        <source>The question the duo brings in</source>
        <translation>De vraag die het duo inbrengt</translation>
    </message>
    <message>
        <source>Support reviewed at the meeting</source>
        <translation>Ondersteuning besproken in het overleg</translation>
    </message>
    <message>
        <source>Running support</source>
        <translation>Lopende ondersteuning</translation>
    </message>
    <message>
        <source>Helps?</source>
        <translation>Helpt het?</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Does &quot;%1&quot; help?</source>
        <translation>Helpt &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>Decision on &quot;%1&quot;</source>
        <translation>Besluit over &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Not discussed</source>
        <translation>Niet besproken</translation>
    </message>
    <message>
        <source>Reason for the decision on &quot;%1&quot;</source>
        <translation>Reden van het besluit over &quot;%1&quot;</translation>
    </message>
    <message>
        <source>No running support to decide on.</source>
        <translation>Geen lopende ondersteuning om over te besluiten.</translation>
    </message>
    <message>
        <source>Kind of decision</source>
        <translation>Soort besluit</translation>
    </message>
    <message>
        <source>Another decision, if any</source>
        <translation>Een ander besluit, als dat er is</translation>
    </message>
    <message>
        <source>A follow-up action, if any</source>
        <translation>Een vervolgactie, als die er is</translation>
    </message>
    <message>
        <source>Owner of the follow-up action</source>
        <translation>Actiehouder van de vervolgactie</translation>
    </message>
    <message>
        <source>Owner…</source>
        <translation>Actiehouder…</translation>
    </message>
    <message>
        <source>Due date of the follow-up action</source>
        <translation>Uiterlijke datum van de vervolgactie</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Vraag:</translation>
    </message>
    <message>
        <source>&amp;Advice:</source>
        <translation>&amp;Advies:</translation>
    </message>
    <message>
        <source>Support:</source>
        <translation>Ondersteuning:</translation>
    </message>
    <message>
        <source>&amp;Decided:</source>
        <translation>&amp;Besloten:</translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation>Ve&amp;rvolgactie:</translation>
    </message>
    <message>
        <source>Give the reason for the decision on &quot;%1&quot; (%2).</source>
        <translation>Geef de reden van het besluit over &quot;%1&quot; (%2).</translation>
    </message>
</context>
<context>
    <name>MeetingMinutes</name>
    <message>
        <source>Agreed</source>
        <translation>Afgesproken</translation>
    </message>
    <message>
        <source>Minutes: %1 of %2</source>
        <translation>Verslag: %1 van %2</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Organised by</source>
        <translation>Georganiseerd door</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Advies</translation>
    </message>
    <message>
        <source>support</source>
        <translation>ondersteuning</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Ondersteuning</translation>
    </message>
    <message>
        <source>%1: helps %2; %3. %4</source>
        <translation>%1: helpt %2; %3. %4</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Vervolgactie</translation>
    </message>
    <message>
        <source>%1 (%2, before %3)</source>
        <translation>%1 (%2, vóór %3)</translation>
    </message>
</context>
<context>
    <name>MeetingRules</name>
    <message>
        <source>The meeting needs the day it was held.</source>
        <translation>Vul de dag in waarop het overleg was.</translation>
    </message>
    <message>
        <source>The meeting is dated %1, a day still to come: record it once it was held.</source>
        <translation>Het overleg staat op %1, een dag die nog moet komen: leg het vast als het geweest is.</translation>
    </message>
    <message>
        <source>Say who was at the meeting.</source>
        <translation>Vul in wie er bij het overleg waren.</translation>
    </message>
    <message>
        <source>Families are discussed at a case consultation, not at a &quot;%1&quot;.</source>
        <translation>Gezinnen worden besproken in een casuïstiekoverleg, niet in een &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Add the families discussed at the case consultation.</source>
        <translation>Voeg de gezinnen toe die in het casuïstiekoverleg zijn besproken.</translation>
    </message>
    <message>
        <source>The family %1 is listed twice.</source>
        <translation>Het gezin %1 staat er twee keer bij.</translation>
    </message>
    <message>
        <source>Give the question brought in for the family %1.</source>
        <translation>Vul de vraag in die voor het gezin %1 is ingebracht.</translation>
    </message>
    <message>
        <source>Say what was decided for the family %1.</source>
        <translation>Vul in wat er voor het gezin %1 is besloten.</translation>
    </message>
    <message>
        <source>Say what the follow-up action for the family %1 is.</source>
        <translation>Vul in wat de vervolgactie voor het gezin %1 is.</translation>
    </message>
    <message>
        <source>The follow-up action &quot;%1&quot; needs an owner.</source>
        <translation>De vervolgactie &quot;%1&quot; heeft een actiehouder nodig.</translation>
    </message>
    <message>
        <source>The follow-up action &quot;%1&quot; needs a due date.</source>
        <translation>De vervolgactie &quot;%1&quot; heeft een uiterlijke datum nodig.</translation>
    </message>
</context>
<context>
    <name>MeetingStore</name>
    <message>
        <source>The meeting cannot be put back: another program changed the database in the meantime.</source>
        <translation>Het overleg kan niet worden teruggezet: een ander programma heeft de database intussen gewijzigd.</translation>
    </message>
    <message>
        <source>There is no family with number %1.</source>
        <translation>Er is geen gezin met nummer %1.</translation>
    </message>
    <message>
        <source>There is no organisation with number %1.</source>
        <translation>Er is geen organisatie met nummer %1.</translation>
    </message>
    <message>
        <source>There is no worker with number %1.</source>
        <translation>Er is geen medewerker met nummer %1.</translation>
    </message>
    <message>
        <source>Say who came to the meeting for %1: the organisation has no contact person.</source>
        <translation>Vul in wie er namens %1 bij het overleg was: de organisatie heeft geen contactpersoon.</translation>
    </message>
    <message>
        <source>The support &quot;%1&quot; is not of the family %2.</source>
        <translation>De ondersteuning &quot;%1&quot; hoort niet bij het gezin %2.</translation>
    </message>
    <message>
        <source>There is no meeting with number %1.</source>
        <translation>Er is geen overleg met nummer %1.</translation>
    </message>
</context>
<context>
    <name>MeetingText</name>
    <message>
        <source>Case consultation</source>
        <translation>Casuïstiekoverleg</translation>
    </message>
    <message>
        <source>Interim meeting on the collaboration</source>
        <translation>Tussenevaluatie van de samenwerking</translation>
    </message>
    <message>
        <source>Network meeting of trusted persons</source>
        <translation>Netwerkbijeenkomst van vertrouwenspersonen</translation>
    </message>
    <message>
        <source>New referral</source>
        <translation>Nieuwe verwijzing</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Nieuw doel</translation>
    </message>
    <message>
        <source>Other decision</source>
        <translation>Ander besluit</translation>
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
    <message>
        <source>A parent&apos;s own number (optional)</source>
        <translation>Eigen nummer van een ouder (mag leeg)</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefoon:</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Could not start upgrading the database &quot;%1&quot; (%2).</source>
        <translation>Het bijwerken van de database &quot;%1&quot; kon niet beginnen (%2).</translation>
    </message>
    <message>
        <source>Upgrading the database &quot;%1&quot; to format %2 failed; it was left at format %3 (%4).</source>
        <translation>Het bijwerken van de database &quot;%1&quot; naar formaat %2 is mislukt; hij is op formaat %3 gebleven (%4).</translation>
    </message>
</context>
<context>
    <name>MissedVisitDialog</name>
    <message>
        <source>No-show: %1</source>
        <translation>Niet aangetroffen: %1</translation>
    </message>
    <message>
        <source>Cancel Visit: %1</source>
        <translation>Huisbezoek afzeggen: %1</translation>
    </message>
    <message>
        <source>%1 · %2
%3</source>
        <translation>%1 · %2
%3</translation>
    </message>
    <message>
        <source>Nobody opened the door</source>
        <translation>Niemand deed open</translation>
    </message>
    <message>
        <source>The family forgot the appointment</source>
        <translation>Het gezin was de afspraak vergeten</translation>
    </message>
    <message>
        <source>The family was not at home and could not be reached</source>
        <translation>Het gezin was niet thuis en niet bereikbaar</translation>
    </message>
    <message>
        <source>The family cancelled</source>
        <translation>Het gezin heeft afgezegd</translation>
    </message>
    <message>
        <source>Illness in the family</source>
        <translation>Ziekte in het gezin</translation>
    </message>
    <message>
        <source>The duo could not come</source>
        <translation>Het duo kon niet komen</translation>
    </message>
    <message>
        <source>Holiday or religious holiday</source>
        <translation>Vakantie of religieuze feestdag</translation>
    </message>
    <message>
        <source>Why was nobody found at home?</source>
        <translation>Waarom was er niemand thuis?</translation>
    </message>
    <message>
        <source>Why does the visit not take place?</source>
        <translation>Waarom gaat het huisbezoek niet door?</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reden:</translation>
    </message>
    <message>
        <source>Record No-show</source>
        <translation>Niet aangetroffen vastleggen</translation>
    </message>
    <message>
        <source>Cancel Visit</source>
        <translation>Huisbezoek afzeggen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
</context>
<context>
    <name>MoveVisitCommand</name>
    <message>
        <source>Move visits to %1 from this one on</source>
        <translation>Huisbezoeken aan %1 vanaf dit bezoek verplaatsen</translation>
    </message>
    <message>
        <source>Move visit to %1</source>
        <translation>Huisbezoek aan %1 verplaatsen</translation>
    </message>
    <message>
        <source>the visit to %1</source>
        <translation>het huisbezoek aan %1</translation>
    </message>
</context>
<context>
    <name>NameMasker</name>
    <message>
        <source>[address]</source>
        <translation>[adres]</translation>
    </message>
    <message>
        <source>[name]</source>
        <translation>[naam]</translation>
    </message>
    <message>
        <source>[phone]</source>
        <translation>[telefoon]</translation>
    </message>
</context>
<context>
    <name>NetworkMapPanel</name>
    <message>
        <source>Network map</source>
        <translation>Netwerkkaart</translation>
    </message>
    <message>
        <source>Nobody on the network map yet: the relatives, neighbours, friends and organisations around the family belong here.</source>
        <translation>Nog niemand op de netwerkkaart: hier horen de familie, buren, vrienden en organisaties rond het gezin.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <source>Add a person or an organisation to the network map.</source>
        <translation>Zet een persoon of organisatie op de netwerkkaart.</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Weghalen</translation>
    </message>
    <message>
        <source>Save as PNG or PDF…</source>
        <translation>Opslaan als PNG of PDF…</translation>
    </message>
    <message>
        <source>Save the picture to print it or add it to a report.</source>
        <translation>Sla de kaart op om hem te printen of bij een verslag te voegen.</translation>
    </message>
    <message>
        <source>Network map of %1</source>
        <translation>Netwerkkaart van %1</translation>
    </message>
    <message>
        <source>Save Network Map</source>
        <translation>Netwerkkaart opslaan</translation>
    </message>
    <message>
        <source>network-map-%1.pdf</source>
        <translation>netwerkkaart-%1.pdf</translation>
    </message>
    <message>
        <source>PDF for printing (*.pdf);;PNG picture (*.png)</source>
        <translation>PDF om te printen (*.pdf);;PNG-afbeelding (*.png)</translation>
    </message>
</context>
<context>
    <name>NetworkMapStore</name>
    <message>
        <source>There is no family with number %1.</source>
        <translation>Er is geen gezin met nummer %1.</translation>
    </message>
    <message>
        <source>There is no one with number %1 on the network map.</source>
        <translation>Er staat niemand met nummer %1 op de netwerkkaart.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be put back on the network map: another program changed the database in the meantime.</source>
        <translation>&quot;%1&quot; kan niet terug op de netwerkkaart: een ander programma heeft de database intussen gewijzigd.</translation>
    </message>
</context>
<context>
    <name>NetworkMapText</name>
    <message>
        <source>Relative</source>
        <translation>Familielid</translation>
    </message>
    <message>
        <source>Neighbour</source>
        <translation>Buur</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Vriend(in)</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>GP</source>
        <translation>Huisarts</translation>
    </message>
    <message>
        <source>Social district team</source>
        <translation>Wijkteam</translation>
    </message>
    <message>
        <source>Mosque or church</source>
        <translation>Moskee of kerk</translation>
    </message>
    <message>
        <source>Sports club</source>
        <translation>Sportclub</translation>
    </message>
    <message>
        <source>Youth care</source>
        <translation>Jeugdhulp</translation>
    </message>
    <message>
        <source>Other organisation</source>
        <translation>Andere organisatie</translation>
    </message>
    <message>
        <source>Strong</source>
        <comment>tie</comment>
        <translation>Sterk</translation>
    </message>
    <message>
        <source>Weak</source>
        <comment>tie</comment>
        <translation>Zwak</translation>
    </message>
    <message>
        <source>Strained</source>
        <comment>tie</comment>
        <translation>Gespannen</translation>
    </message>
    <message>
        <source>Broken</source>
        <comment>tie</comment>
        <translation>Verbroken</translation>
    </message>
    <message>
        <source>Give the person&apos;s first name.</source>
        <translation>Vul de voornaam van de persoon in.</translation>
    </message>
    <message>
        <source>Give the organisation&apos;s name.</source>
        <translation>Vul de naam van de organisatie in.</translation>
    </message>
    <message>
        <source>How close is &quot;%1&quot;? Choose a ring from 1 to %2.</source>
        <translation>Hoe dichtbij staat &quot;%1&quot;? Kies een ring van 1 tot en met %2.</translation>
    </message>
</context>
<context>
    <name>NetworkMapView</name>
    <message>
        <source>Network map</source>
        <translation>Netwerkkaart</translation>
    </message>
    <message>
        <source>Household
%1</source>
        <translation>Huishouden
%1</translation>
    </message>
    <message>
        <source>%1 (%2): %3 tie, %4</source>
        <translation>%1 (%2): band %3, %4</translation>
    </message>
    <message>
        <source>supports the family</source>
        <translation>steunt het gezin</translation>
    </message>
    <message>
        <source>does not support the family</source>
        <translation>steunt het gezin niet</translation>
    </message>
    <message>
        <source>does not support it</source>
        <translation>steunt het niet</translation>
    </message>
    <message>
        <source>a person</source>
        <translation>een persoon</translation>
    </message>
    <message>
        <source>an organisation</source>
        <translation>een organisatie</translation>
    </message>
</context>
<context>
    <name>NetworkRules</name>
    <message>
        <source>Say what the support is.</source>
        <translation>Vul in wat de ondersteuning is.</translation>
    </message>
    <message>
        <source>Say who gives the support &quot;%1&quot;.</source>
        <translation>Vul in wie de ondersteuning „%1” geeft.</translation>
    </message>
    <message>
        <source>The support &quot;%1&quot; needs the day it started.</source>
        <translation>De ondersteuning „%1” heeft een begindatum nodig.</translation>
    </message>
    <message>
        <source>The support &quot;%1&quot; ends on %2, before it starts on %3.</source>
        <translation>De ondersteuning „%1” eindigt op %2, vóór het begin op %3.</translation>
    </message>
    <message>
        <source>The review of &quot;%1&quot; needs the day it was held.</source>
        <translation>De beoordeling van „%1” heeft een datum nodig.</translation>
    </message>
    <message>
        <source>The review of &quot;%1&quot; is dated %2, a day still to come.</source>
        <translation>De beoordeling van „%1” staat op %2, een dag die nog moet komen.</translation>
    </message>
    <message>
        <source>The review of &quot;%1&quot; is dated %2, before the support started on %3.</source>
        <translation>De beoordeling van „%1” staat op %2, vóór het begin van de ondersteuning op %3.</translation>
    </message>
    <message>
        <source>The support &quot;%1&quot; ended on %2; it cannot be reviewed after that.</source>
        <translation>De ondersteuning „%1” is op %2 beëindigd; daarna kan ze niet meer beoordeeld worden.</translation>
    </message>
    <message>
        <source>Say why the support &quot;%1&quot; stops.</source>
        <translation>Vul in waarom de ondersteuning „%1” stopt.</translation>
    </message>
    <message>
        <source>Say how and why the support &quot;%1&quot; is adjusted.</source>
        <translation>Vul in hoe en waarom de ondersteuning „%1” wordt bijgesteld.</translation>
    </message>
    <message>
        <source>Say why the support &quot;%1&quot; continues.</source>
        <translation>Vul in waarom de ondersteuning „%1” doorgaat.</translation>
    </message>
    <message>
        <source>Choose the organisation the referral goes to.</source>
        <translation>Kies de organisatie waarnaar u verwijst.</translation>
    </message>
    <message>
        <source>Choose who of the duo sends the referral.</source>
        <translation>Kies wie van het duo de verwijzing verstuurt.</translation>
    </message>
    <message>
        <source>Say why the family is referred.</source>
        <translation>Vul in waarom het gezin wordt verwezen.</translation>
    </message>
    <message>
        <source>The referral needs the day it was sent.</source>
        <translation>De verwijzing heeft een verzenddatum nodig.</translation>
    </message>
    <message>
        <source>The referral is dated %1, a day still to come.</source>
        <translation>De verwijzing staat op %1, een dag die nog moet komen.</translation>
    </message>
    <message>
        <source>A referral that is %1 cannot become %2.</source>
        <translation>Een verwijzing die %1 is, kan niet %2 worden.</translation>
    </message>
    <message>
        <source>Give the day the referral was %1.</source>
        <translation>Vul de dag in waarop de verwijzing %1 is.</translation>
    </message>
    <message>
        <source>The day %1 is still to come.</source>
        <translation>De dag %1 moet nog komen.</translation>
    </message>
    <message>
        <source>The referral was %1 on %2; the next step cannot come before that.</source>
        <translation>De verwijzing is op %2 %1; de volgende stap kan niet eerder zijn.</translation>
    </message>
    <message>
        <source>Say what the referral brought the family.</source>
        <translation>Vul in wat de verwijzing het gezin heeft opgeleverd.</translation>
    </message>
    <message>
        <source>%1 has no contact person: add one to the organisation before referring a family to it.</source>
        <translation>%1 heeft geen aanspreekpunt: voeg dat eerst toe aan de organisatie voordat u er een gezin naar verwijst.</translation>
    </message>
    <message>
        <source>The family has not consented to sharing with a partner organisation on %1; record that consent before referring it.</source>
        <translation>Het gezin heeft op %1 geen toestemming gegeven voor delen met een partnerorganisatie; leg die toestemming eerst vast voordat u verwijst.</translation>
    </message>
</context>
<context>
    <name>NetworkText</name>
    <message>
        <source>Community organisation</source>
        <translation>Zelforganisatie</translation>
    </message>
    <message>
        <source>Neighbourhood help</source>
        <translation>Burenhulp</translation>
    </message>
    <message>
        <source>Relatives</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Social district team</source>
        <translation>Wijkteam</translation>
    </message>
    <message>
        <source>Youth-care provider</source>
        <translation>Jeugdhulpaanbieder</translation>
    </message>
    <message>
        <source>Specialist youth care</source>
        <translation>Specialistische jeugdhulp</translation>
    </message>
    <message>
        <source>Mental health care</source>
        <translation>Ggz</translation>
    </message>
    <message>
        <source>School support</source>
        <translation>Ondersteuning op school</translation>
    </message>
    <message>
        <source>Sent</source>
        <comment>referral</comment>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <source>Accepted</source>
        <comment>referral</comment>
        <translation>Geaccepteerd</translation>
    </message>
    <message>
        <source>Declined</source>
        <comment>referral</comment>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <source>Started</source>
        <comment>referral</comment>
        <translation>Gestart</translation>
    </message>
    <message>
        <source>Ended</source>
        <comment>referral</comment>
        <translation>Afgerond</translation>
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
        <source>An organisation named &quot;%1&quot; already exists.</source>
        <translation>Er bestaat al een organisatie met de naam &quot;%1&quot;.</translation>
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
    <name>PackageCrypto</name>
    <message>
        <source>The encryption library could not be started.</source>
        <translation>De versleutelingsbibliotheek kon niet worden gestart.</translation>
    </message>
    <message>
        <source>An encrypted package needs a passphrase.</source>
        <translation>Een versleuteld pakket heeft een wachtzin nodig.</translation>
    </message>
    <message>
        <source>The package is too large to be encrypted.</source>
        <translation>Het pakket is te groot om te versleutelen.</translation>
    </message>
    <message>
        <source>The key for the package could not be derived (not enough memory?).</source>
        <translation>De sleutel voor het pakket kon niet worden afgeleid (niet genoeg geheugen?).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an encrypted supervision package.</source>
        <translation>&quot;%1&quot; is geen versleuteld supervisiepakket.</translation>
    </message>
    <message>
        <source>The package &quot;%1&quot; is incomplete: it was cut off after it was written.</source>
        <translation>Het pakket &quot;%1&quot; is onvolledig: het is na het schrijven afgekapt.</translation>
    </message>
    <message>
        <source>The package &quot;%1&quot; was encrypted by a newer version of DuoCoach, or its header was changed.</source>
        <translation>Het pakket &quot;%1&quot; is versleuteld door een nieuwere versie van DuoCoach, of de kop is gewijzigd.</translation>
    </message>
    <message>
        <source>The package &quot;%1&quot; is encrypted; give its passphrase to open it.</source>
        <translation>Het pakket &quot;%1&quot; is versleuteld; geef de wachtzin om het te openen.</translation>
    </message>
    <message>
        <source>The package &quot;%1&quot; was changed after it was written: its header is not valid.</source>
        <translation>Het pakket &quot;%1&quot; is na het schrijven gewijzigd: de kop is niet geldig.</translation>
    </message>
    <message>
        <source>The passphrase does not open the package &quot;%1&quot; (or its header was changed).</source>
        <translation>De wachtzin opent het pakket &quot;%1&quot; niet (of de kop is gewijzigd).</translation>
    </message>
    <message>
        <source>The package &quot;%1&quot; was changed after it was written: bytes were added to it.</source>
        <translation>Het pakket &quot;%1&quot; is na het schrijven gewijzigd: er zijn bytes aan toegevoegd.</translation>
    </message>
    <message>
        <source>The package &quot;%1&quot; was changed after it was written: its content does not authenticate.</source>
        <translation>Het pakket &quot;%1&quot; is na het schrijven gewijzigd: de echtheid van de inhoud is niet te bevestigen.</translation>
    </message>
</context>
<context>
    <name>PackageHasher</name>
    <message>
        <source>The package cannot be read: %1</source>
        <translation>Het pakket kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>Could not compute a SHA-256 (OpenSSL failed).</source>
        <translation>Kon geen SHA-256 berekenen (OpenSSL faalde).</translation>
    </message>
</context>
<context>
    <name>PackageStats</name>
    <message>
        <source>The package %1 is not as it was exported:</source>
        <translation>Het pakket %1 is niet meer zoals het is geëxporteerd:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Supervision package %1 (intact)</source>
        <translation>Supervisiepakket %1 (ongeschonden)</translation>
    </message>
    <message>
        <source>Period:             %1 to %2</source>
        <translation>Periode:            %1 tot en met %2</translation>
    </message>
    <message>
        <source>Exported:           %1 by %2 (DuoCoach %3)</source>
        <translation>Geëxporteerd:       %1 door %2 (DuoCoach %3)</translation>
    </message>
    <message>
        <source>Pseudonymised:      %1; encrypted: %2</source>
        <translation>Gepseudonimiseerd:  %1; versleuteld: %2</translation>
    </message>
    <message>
        <source>Families:           %1</source>
        <translation>Gezinnen:           %1</translation>
    </message>
    <message>
        <source>Visits:             %1 (%2 planned, %3 done, %4 cancelled, %5 no-show)</source>
        <translation>Huisbezoeken:       %1 (%2 gepland, %3 uitgevoerd, %4 afgezegd, %5 niet aangetroffen)</translation>
    </message>
    <message>
        <source>Visit reports:      %1</source>
        <translation>Verslagen:          %1</translation>
    </message>
    <message>
        <source>Evaluations:        %1</source>
        <translation>Evaluaties:         %1</translation>
    </message>
    <message>
        <source>Follow-up actions:  %1</source>
        <translation>Vervolgacties:      %1</translation>
    </message>
    <message>
        <source>Safety concerns:    %1</source>
        <translation>Veiligheidszorgen:  %1</translation>
    </message>
    <message>
        <source>Duo %1: %2</source>
        <translation>Duo %1: %2</translation>
    </message>
    <message>
        <source>  Visits:                %1 (%2 done, %3 planned, %4 cancelled, %5 no-show)</source>
        <translation>  Huisbezoeken:          %1 (%2 uitgevoerd, %3 gepland, %4 afgezegd, %5 niet aangetroffen)</translation>
    </message>
    <message>
        <source>  Cancelled, no-show:    %1, %2 of the visits due</source>
        <translation>  Afgezegd, niet thuis:  %1, %2 van de huisbezoeken die aan de beurt waren</translation>
    </message>
    <message>
        <source>  Both present:          %1 of the done visits</source>
        <translation>  Beiden aanwezig:       %1 van de uitgevoerde huisbezoeken</translation>
    </message>
    <message>
        <source>  Families:              %1</source>
        <translation>  Gezinnen:              %1</translation>
    </message>
    <message>
        <source>  Visit reports:         %1</source>
        <translation>  Verslagen:             %1</translation>
    </message>
    <message>
        <source>  Overdue follow-ups:    %1</source>
        <translation>  Vervolgacties te laat: %1</translation>
    </message>
    <message>
        <source>  Evaluations adjust/stop: %1</source>
        <translation>  Bijstellen of stoppen: %1</translation>
    </message>
    <message>
        <source>  Safety concerns:       %1</source>
        <translation>  Veiligheidszorgen:     %1</translation>
    </message>
    <message>
        <source>Support, referrals: %1, %2</source>
        <translation>Ondersteuning, verwijzingen: %1, %2</translation>
    </message>
    <message>
        <source>Consultations:      %1</source>
        <translation>Overleggen:         %1</translation>
    </message>
    <message>
        <source>Network map:        %1 entries</source>
        <translation>Netwerkkaart:       %1 personen en organisaties</translation>
    </message>
    <message>
        <source>Format %1: made before packages carried the network around the family.</source>
        <translation>Formaat %1: gemaakt voordat pakketten het netwerk rond het gezin bevatten.</translation>
    </message>
    <message>
        <source>  Referrals:             %1 (%2 specialist youth care, %3 other formal care, %4 informal; %5 declined, %6 started, %7 without an answer)</source>
        <translation>  Verwijzingen:          %1 (%2 specialistische jeugdhulp, %3 andere formele zorg, %4 informeel; %5 afgewezen, %6 gestart, %7 zonder antwoord)</translation>
    </message>
    <message>
        <source>  Support stopped, not helping: %1</source>
        <translation>  Ondersteuning gestopt, hielp niet: %1</translation>
    </message>
    <message>
        <source>  Open debriefs:         %1</source>
        <translation>  Open nabesprekingen:   %1</translation>
    </message>
    <message>
        <source>Signed by:          %1</source>
        <translation>Ondertekend door:   %1</translation>
    </message>
    <message>
        <source>nobody (an older package)</source>
        <translation>niemand (een ouder pakket)</translation>
    </message>
</context>
<context>
    <name>PackageVisitModel</name>
    <message>
        <source>both</source>
        <translation>beiden</translation>
    </message>
    <message>
        <source>trusted person only</source>
        <translation>vertrouwenspersoon</translation>
    </message>
    <message>
        <source>professional only</source>
        <translation>professional</translation>
    </message>
    <message>
        <source>neither</source>
        <translation>geen van beiden</translation>
    </message>
    <message>
        <source>You wrote feedback on this visit.</source>
        <translation>Je hebt feedback op dit huisbezoek geschreven.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum en tijd</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation>Casuscode</translation>
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
    <message>
        <source>Report</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <source>Safety concerns</source>
        <translation>Veiligheidszorgen</translation>
    </message>
</context>
<context>
    <name>PassphrasePrompt</name>
    <message>
        <source>The package &quot;%1&quot; is encrypted. Type its passphrase:</source>
        <translation>Het pakket &quot;%1&quot; is versleuteld. Typ de wachtzin:</translation>
    </message>
    <message>
        <source>Open Supervision Package</source>
        <translation>Supervisiepakket openen</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Wachtwoord:</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Wachtwoord voor %1:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>PlanSeriesCommand</name>
    <message numerus="yes">
        <source>Plan %n visit(s) to %1</source>
        <translation>
            <numerusform>%n huisbezoek aan %1 plannen</numerusform>
            <numerusform>%n huisbezoeken aan %1 plannen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanVisitCommand</name>
    <message>
        <source>Plan visit to %1</source>
        <translation>Huisbezoek aan %1 plannen</translation>
    </message>
    <message>
        <source>the visit to %1</source>
        <translation>het huisbezoek aan %1</translation>
    </message>
</context>
<context>
    <name>PlanVisitDialog</name>
    <message>
        <source>Plan Visit</source>
        <translation>Huisbezoek plannen</translation>
    </message>
    <message>
        <source>Duo:</source>
        <translation>Duo:</translation>
    </message>
    <message>
        <source>Family:</source>
        <translation>Gezin:</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Niet herhalen</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Elke week</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Elke twee weken</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Herhalen:</translation>
    </message>
    <message>
        <source>Number of visits:</source>
        <translation>Aantal huisbezoeken:</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plannen</translation>
    </message>
    <message>
        <source>Move Visit to %1</source>
        <translation>Huisbezoek aan %1 verplaatsen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Only this visit</source>
        <translation>Alleen dit huisbezoek</translation>
    </message>
    <message>
        <source>This and all following visits of the series</source>
        <translation>Dit en alle volgende huisbezoeken van de reeks</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>Wijzigen:</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verplaatsen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Tijd:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Duur:</translation>
    </message>
    <message>
        <source>This clashes with what the duo already has:</source>
        <translation>Dit overlapt met wat het duo al heeft:</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… en nog %1.</translation>
    </message>
    <message>
        <source>You can move it anyway, or change the time.</source>
        <translation>Je kunt het toch verplaatsen, of de tijd wijzigen.</translation>
    </message>
    <message>
        <source>You can plan it anyway, or choose another time.</source>
        <translation>Je kunt het toch plannen, of een andere tijd kiezen.</translation>
    </message>
    <message>
        <source>Move Anyway</source>
        <translation>Toch verplaatsen</translation>
    </message>
    <message>
        <source>Plan Anyway</source>
        <translation>Toch plannen</translation>
    </message>
    <message>
        <source>There is no duo to plan for on this day.</source>
        <translation>Er is op deze dag geen duo om voor te plannen.</translation>
    </message>
    <message>
        <source>The duo has no families on %1; choose another day.</source>
        <translation>Het duo heeft op %1 geen gezinnen; kies een andere dag.</translation>
    </message>
    <message>
        <source>Choose another date, time or duration.</source>
        <translation>Kies een andere datum, tijd of duur.</translation>
    </message>
    <message>
        <source>Ask for it, and record it on the family&apos;s page, before visiting.</source>
        <translation>Vraag erom en leg die vast op de pagina van het gezin, vóór het bezoek.</translation>
    </message>
    <message>
        <source>The family has no consent for home visits on %1.</source>
        <translation>Het gezin heeft op %1 geen toestemming voor huisbezoek.</translation>
    </message>
    <message>
        <source>The family has no consent for home visits on %1 of the %2 days planned (the first is %3).</source>
        <translation>Het gezin heeft op %1 van de %2 geplande dagen geen toestemming voor huisbezoek (de eerste is %3).</translation>
    </message>
</context>
<context>
    <name>PrivateFile</name>
    <message>
        <source>&quot;%1&quot; is a folder; give the file a name.</source>
        <translation>&quot;%1&quot; is een map; geef het bestand een naam.</translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot; kon niet worden geschreven: %2</translation>
    </message>
</context>
<context>
    <name>ProgramArguments</name>
    <message>
        <source>The name &quot;%1&quot; is not valid UTF-8, so it cannot be used without turning it into another name; rename the file.</source>
        <translation>De naam &quot;%1&quot; is geen geldige UTF-8 en kan dus niet worden gebruikt zonder er een andere naam van te maken; geef het bestand een andere naam.</translation>
    </message>
</context>
<context>
    <name>RaiseConcernCommand</name>
    <message>
        <source>Raise safety concern</source>
        <translation>Veiligheidszorg melden</translation>
    </message>
</context>
<context>
    <name>RaiseConcernDialog</name>
    <message>
        <source>Raise Safety Concern: %1</source>
        <translation>Veiligheidszorg melden: %1</translation>
    </message>
    <message>
        <source>Signals of unsafety are recorded here and stand out wherever %1 · %2 appears, until someone closes the concern with a note. Follow the steps of the meldcode as well.</source>
        <translation>Signalen van onveiligheid worden hier vastgelegd en vallen op overal waar %1 · %2 verschijnt, totdat iemand de zorg met een notitie afsluit. Volg daarnaast de stappen van de meldcode.</translation>
    </message>
    <message>
        <source>What did you see or hear that worries you?</source>
        <translation>Wat heb je gezien of gehoord dat je zorgen baart?</translation>
    </message>
    <message>
        <source>Raised by %1, now.</source>
        <translation>Gemeld door %1, nu.</translation>
    </message>
    <message>
        <source>Concern:</source>
        <translation>Zorg:</translation>
    </message>
    <message>
        <source>Raise Concern</source>
        <translation>Zorg melden</translation>
    </message>
    <message>
        <source>Describe what worries you.</source>
        <translation>Beschrijf waar je je zorgen over maakt.</translation>
    </message>
</context>
<context>
    <name>ReactivateWorkerCommand</name>
    <message>
        <source>Reactivate worker %1</source>
        <translation>Medewerker %1 weer actief maken</translation>
    </message>
    <message>
        <source>the worker %1</source>
        <translation>medewerker %1</translation>
    </message>
</context>
<context>
    <name>RecordMeetingCommand</name>
    <message>
        <source>Record %1 of %2</source>
        <translation>%1 van %2 vastleggen</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Refer %1</source>
        <translation>%1 verwijzen</translation>
    </message>
    <message>
        <source>%1 (trusted person)</source>
        <translation>%1 (vertrouwenspersoon)</translation>
    </message>
    <message>
        <source>%1 (professional)</source>
        <translation>%1 (professional)</translation>
    </message>
    <message>
        <source>Choose an organisation</source>
        <translation>Kies een organisatie</translation>
    </message>
    <message>
        <source>The family&apos;s question, as the partner needs to know it</source>
        <translation>De vraag van het gezin, zoals de partner die moet weten</translation>
    </message>
    <message>
        <source>Sent by:</source>
        <translation>Verstuurd door:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Naar:</translation>
    </message>
    <message>
        <source>Kind of help:</source>
        <translation>Soort hulp:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Waarom:</translation>
    </message>
    <message>
        <source>Sent on:</source>
        <translation>Verstuurd op:</translation>
    </message>
    <message>
        <source>Send Referral</source>
        <translation>Verwijzing versturen</translation>
    </message>
    <message>
        <source>Contact person: %1</source>
        <translation>Aanspreekpunt: %1</translation>
    </message>
    <message>
        <source>The family consented to sharing with a partner organisation.</source>
        <translation>Het gezin heeft toestemming gegeven voor delen met een partnerorganisatie.</translation>
    </message>
</context>
<context>
    <name>ReferralStepDialog</name>
    <message>
        <source>Referral to %1</source>
        <translation>Verwijzing naar %1</translation>
    </message>
    <message>
        <source>%1, sent on %2: %3</source>
        <translation>%1, verstuurd op %2: %3</translation>
    </message>
    <message>
        <source>What it brought the family, or why it was declined</source>
        <translation>Wat het het gezin opleverde, of waarom het is afgewezen</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Nu:</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Op:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Uitkomst:</translation>
    </message>
    <message>
        <source>Record Step</source>
        <translation>Stap vastleggen</translation>
    </message>
    <message>
        <source>This referral has no further step.</source>
        <translation>Deze verwijzing heeft geen volgende stap.</translation>
    </message>
</context>
<context>
    <name>ReferralStore</name>
    <message>
        <source>There is no visit with number %1.</source>
        <translation>Er is geen huisbezoek met nummer %1.</translation>
    </message>
    <message>
        <source>The referral belongs to another family than its visit.</source>
        <translation>De verwijzing hoort bij een ander gezin dan het huisbezoek.</translation>
    </message>
    <message>
        <source>The family had no duo on %1 to send the referral.</source>
        <translation>Het gezin had op %1 geen duo dat de verwijzing kon versturen.</translation>
    </message>
    <message>
        <source>A referral is sent by %1 or %2, the duo of the family.</source>
        <translation>Een verwijzing wordt verstuurd door %1 of %2, het duo van het gezin.</translation>
    </message>
    <message>
        <source>There is no organisation with number %1.</source>
        <translation>Er is geen organisatie met nummer %1.</translation>
    </message>
    <message>
        <source>There is no referral with number %1.</source>
        <translation>Er is geen verwijzing met nummer %1.</translation>
    </message>
    <message>
        <source>The referral to %1 has been answered; it stays in the family&apos;s history.</source>
        <translation>De verwijzing naar %1 is beantwoord; ze blijft in de geschiedenis van het gezin.</translation>
    </message>
    <message>
        <source>The referral cannot be put back: another program changed the database in the meantime.</source>
        <translation>De verwijzing kan niet worden teruggezet: een ander programma heeft de database intussen gewijzigd.</translation>
    </message>
</context>
<context>
    <name>ReferralsPanel</name>
    <message>
        <source>Referrals</source>
        <translation>Verwijzingen</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Naar</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No referrals.</source>
        <translation>Geen verwijzingen.</translation>
    </message>
    <message>
        <source>Refer…</source>
        <translation>Verwijzen…</translation>
    </message>
    <message>
        <source>Refer the family to a partner or to formal care, with its consent.</source>
        <translation>Verwijs het gezin naar een partner of naar formele zorg, met toestemming van het gezin.</translation>
    </message>
    <message>
        <source>Next Step…</source>
        <translation>Volgende stap…</translation>
    </message>
    <message>
        <source>Record that the selected referral was accepted, declined, started or ended.</source>
        <translation>Leg vast dat de gekozen verwijzing is geaccepteerd, afgewezen, gestart of afgerond.</translation>
    </message>
    <message numerus="yes">
        <source>No answer after %n day(s)</source>
        <translation>
            <numerusform>Geen antwoord na %n dag</numerusform>
            <numerusform>Geen antwoord na %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent, waiting for an answer</source>
        <translation>Verstuurd, wacht op antwoord</translation>
    </message>
    <message>
        <source>Accepted on %1</source>
        <translation>Geaccepteerd op %1</translation>
    </message>
    <message>
        <source>Declined on %1</source>
        <translation>Afgewezen op %1</translation>
    </message>
    <message>
        <source>Started on %1</source>
        <translation>Gestart op %1</translation>
    </message>
    <message>
        <source>Ended on %1</source>
        <translation>Afgerond op %1</translation>
    </message>
    <message numerus="yes">
        <source>Referrals (%n without an answer)</source>
        <translation>
            <numerusform>Verwijzingen (%n zonder antwoord)</numerusform>
            <numerusform>Verwijzingen (%n zonder antwoord)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (contact person %2), sent by %3
%4: %5</source>
        <translation>%1 (aanspreekpunt %2), verstuurd door %3
%4: %5</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Uitkomst: %1</translation>
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
    <message>
        <source>the duo %1</source>
        <translation>het duo %1</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore Backup</source>
        <translation>Reservekopie terugzetten</translation>
    </message>
    <message numerus="yes">
        <source>DuoCoach makes a backup of &quot;%1&quot; when it opens it (one a day while nothing changes) and keeps the last %n. Restoring one puts the database back as it was then; the database as it is now is kept as a backup too, so a restore can be undone.</source>
        <translation>
            <numerusform>DuoCoach maakt een reservekopie van &quot;%1&quot; bij het openen (één per dag zolang er niets verandert) en bewaart de laatste. Terugzetten zet de database terug zoals die toen was; de database zoals die nu is, wordt ook als reservekopie bewaard, dus terugzetten kan ongedaan worden gemaakt.</numerusform>
            <numerusform>DuoCoach maakt een reservekopie van &quot;%1&quot; bij het openen (één per dag zolang er niets verandert) en bewaart de laatste %n. Een ervan terugzetten zet de database terug zoals die toen was; de database zoals die nu is, wordt ook als reservekopie bewaard, dus terugzetten kan ongedaan worden gemaakt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>There are no backups of this database yet. One is made when DuoCoach opens a database that holds data.</source>
        <translation>Er zijn nog geen reservekopieën van deze database. Er wordt er een gemaakt zodra DuoCoach een database opent die gegevens bevat.</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Terugzetten…</translation>
    </message>
</context>
<context>
    <name>RetentionStore</name>
    <message>
        <source>The retention period must be between 1 and 100 years.</source>
        <translation>De bewaartermijn moet tussen 1 en 100 jaar liggen.</translation>
    </message>
    <message>
        <source>There is no family with number %1.</source>
        <translation>Er is geen gezin met nummer %1.</translation>
    </message>
    <message>
        <source>Only the coordinator can remove a family&apos;s file.</source>
        <translation>Alleen de coördinator kan het dossier van een gezin verwijderen.</translation>
    </message>
    <message>
        <source>The file of family %1 is not closed; only closed files are removed.</source>
        <translation>Het dossier van gezin %1 is niet afgesloten; alleen afgesloten dossiers worden verwijderd.</translation>
    </message>
    <message>
        <source>The file of family %1 is kept until %2; it cannot be removed before then.</source>
        <translation>Het dossier van gezin %1 wordt bewaard tot %2; het kan niet eerder worden verwijderd.</translation>
    </message>
    <message>
        <source>The family %1 could not be counted.</source>
        <translation>Het gezin %1 kon niet worden meegeteld.</translation>
    </message>
</context>
<context>
    <name>ReviewFeedback</name>
    <message>
        <source>The feedback file &quot;%1&quot; is damaged (%2 at character %3); it was left as it is.</source>
        <translation>Het feedbackbestand &quot;%1&quot; is beschadigd (%2 bij teken %3); het is ongemoeid gelaten.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is not feedback on a supervision package; it was left as it is.</source>
        <translation>Het bestand &quot;%1&quot; is geen feedback op een supervisiepakket; het is ongemoeid gelaten.</translation>
    </message>
    <message>
        <source>The feedback file &quot;%1&quot; was written by a newer version of DuoCoach.</source>
        <translation>Het feedbackbestand &quot;%1&quot; is geschreven door een nieuwere versie van DuoCoach.</translation>
    </message>
    <message>
        <source>The feedback file &quot;%1&quot; was written for another package (its content differs); it was left as it is.</source>
        <translation>Het feedbackbestand &quot;%1&quot; is geschreven voor een ander pakket (de inhoud verschilt); het is ongemoeid gelaten.</translation>
    </message>
    <message>
        <source>The feedback file &quot;%1&quot; is damaged (a note is not text or not tied to a number); it was left as it is.</source>
        <translation>Het feedbackbestand &quot;%1&quot; is beschadigd (een notitie is geen tekst of hoort niet bij een nummer); het is ongemoeid gelaten.</translation>
    </message>
    <message>
        <source>The feedback belongs to no package and cannot be saved.</source>
        <translation>De feedback hoort bij geen enkel pakket en kan niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>Could not save the feedback in &quot;%1&quot;: %2</source>
        <translation>De feedback kon niet worden opgeslagen in &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The feedback file &quot;%1&quot; is encrypted, but its package is not; it was left as it is.</source>
        <translation>Het feedbackbestand &quot;%1&quot; is versleuteld, maar het pakket niet; het is gelaten zoals het is.</translation>
    </message>
</context>
<context>
    <name>ReviewFilterBar</name>
    <message>
        <source>Only with safety &amp;concerns</source>
        <translation>Alleen met veiligheids&amp;zorgen</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n huisbezoek</numerusform>
            <numerusform>%n huisbezoeken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n visit(s)</source>
        <translation>
            <numerusform>%1 van %n huisbezoek</numerusform>
            <numerusform>%1 van %n huisbezoeken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewReport</name>
    <message>
        <source>Duo %1: %2</source>
        <translation>Duo %1: %2</translation>
    </message>
    <message>
        <source>done</source>
        <translation>uitgevoerd</translation>
    </message>
    <message>
        <source>cancelled or no-show</source>
        <translation>afgezegd of niet aangetroffen</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <source>Figures per duo</source>
        <translation>Cijfers per duo</translation>
    </message>
    <message>
        <source>The package holds no visits.</source>
        <translation>Het pakket bevat geen huisbezoeken.</translation>
    </message>
    <message>
        <source>Rates are of the visits that were due (done, cancelled or no-show); both present is of the done visits.</source>
        <translation>Percentages zijn van de huisbezoeken die aan de beurt waren (uitgevoerd, afgezegd of niet aangetroffen); beiden aanwezig is van de uitgevoerde huisbezoeken.</translation>
    </message>
    <message>
        <source>Visits per month per duo</source>
        <translation>Huisbezoeken per maand per duo</translation>
    </message>
    <message>
        <source>Days since the last visit</source>
        <translation>Dagen sinds het laatste huisbezoek</translation>
    </message>
    <message>
        <source>No families.</source>
        <translation>Geen gezinnen.</translation>
    </message>
    <message numerus="yes">
        <source>%n more family(ies) visited more recently.</source>
        <translation>
            <numerusform>Nog %n gezin dat recenter is bezocht.</numerusform>
            <numerusform>Nog %n gezinnen die recenter zijn bezocht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>No feedback was written.</source>
        <translation>Er is geen feedback geschreven.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>Supervision report</source>
        <translation>Supervisierapport</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot en met %2</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Geëxporteerd</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 door %2</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(onbekend)</translation>
    </message>
    <message>
        <source>Only</source>
        <translation>Alleen</translation>
    </message>
    <message>
        <source>duo %1</source>
        <translation>duo %1</translation>
    </message>
    <message>
        <source>the duos of worker %1</source>
        <translation>de duo&apos;s van medewerker %1</translation>
    </message>
    <message>
        <source>Pseudonymised</source>
        <translation>Gepseudonimiseerd</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Gecontroleerd</translation>
    </message>
    <message>
        <source>intact: the package is as it was exported</source>
        <translation>ongeschonden: het pakket is zoals het is geëxporteerd</translation>
    </message>
    <message>
        <source>CHANGED since the export: %1</source>
        <translation>GEWIJZIGD sinds de export: %1</translation>
    </message>
    <message>
        <source>Content SHA-256</source>
        <translation>SHA-256 van de inhoud</translation>
    </message>
    <message>
        <source>Counted up to</source>
        <translation>Geteld tot en met</translation>
    </message>
    <message>
        <source>Duo</source>
        <translation>Duo</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Gezinnen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Uitgevoerd</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
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
        <source>Both present</source>
        <translation>Beiden aanwezig</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Vervolgacties te laat</translation>
    </message>
    <message>
        <source>Adjust or stop</source>
        <translation>Bijstellen of stoppen</translation>
    </message>
    <message>
        <source>Safety concerns</source>
        <translation>Veiligheidszorgen</translation>
    </message>
    <message>
        <source>Duo %1</source>
        <translation>Duo %1</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation>Casuscode</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Laatste huisbezoek</translation>
    </message>
    <message>
        <source>Days since</source>
        <translation>Dagen geleden</translation>
    </message>
    <message>
        <source>none in the period</source>
        <translation>geen in de periode</translation>
    </message>
    <message>
        <source>Visit %1 (not in this package)</source>
        <translation>Huisbezoek %1 (niet in dit pakket)</translation>
    </message>
    <message>
        <source>Visit of %1 · %2 · %3</source>
        <translation>Huisbezoek van %1 · %2 · %3</translation>
    </message>
    <message>
        <source>A PDF report needs the graphical part of Qt, which was not started.</source>
        <translation>Een PDF-rapport heeft het grafische deel van Qt nodig, en dat is niet gestart.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder; give the report a file name.</source>
        <translation>&quot;%1&quot; is een map; geef het rapport een bestandsnaam.</translation>
    </message>
    <message>
        <source>Could not write the report &quot;%1&quot;: %2</source>
        <translation>Het rapport &quot;%1&quot; kon niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>Could not write the report &quot;%1&quot;.</source>
        <translation>Het rapport &quot;%1&quot; kon niet worden geschreven.</translation>
    </message>
    <message>
        <source>No safety concern was open in the period.</source>
        <translation>In deze periode stond geen veiligheidszorg open.</translation>
    </message>
    <message>
        <source>family %1</source>
        <translation>gezin %1</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>staat nog open</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Gemeld</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Days open</source>
        <translation>Dagen open</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Ondertekend door</translation>
    </message>
    <message>
        <source>nobody: an older, unsigned package</source>
        <translation>niemand: een ouder, niet ondertekend pakket</translation>
    </message>
</context>
<context>
    <name>ReviewSupportCommand</name>
    <message>
        <source>Stop support &quot;%1&quot;</source>
        <translation>Ondersteuning „%1” stoppen</translation>
    </message>
    <message>
        <source>Review support &quot;%1&quot;</source>
        <translation>Ondersteuning „%1” beoordelen</translation>
    </message>
    <message>
        <source>the support &quot;%1&quot;</source>
        <translation>de ondersteuning „%1”</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Open Supervision Package</source>
        <translation>Supervisiepakket openen</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>Typ de wachtzin.</translation>
    </message>
    <message>
        <source>The package &quot;%1&quot; was changed after it was exported, so its figures cannot be trusted; it is not opened. What differs:</source>
        <translation>Het pakket &quot;%1&quot; is na de export gewijzigd, dus de cijfers zijn niet te vertrouwen; het wordt niet geopend. Wat verschilt:</translation>
    </message>
    <message>
        <source>Select a visit to read its report.</source>
        <translation>Kies een huisbezoek om het verslag te lezen.</translation>
    </message>
    <message>
        <source>&amp;Figures per duo</source>
        <translation>&amp;Cijfers per duo</translation>
    </message>
    <message>
        <source>&amp;Visit log</source>
        <translation>Bezoek&amp;logboek</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Exported on %1 by %2 · %3 · verified: unchanged since the export</source>
        <translation>Geëxporteerd op %1 door %2 · %3 · gecontroleerd: ongewijzigd sinds de export</translation>
    </message>
    <message>
        <source>pseudonymised</source>
        <translation>gepseudonimiseerd</translation>
    </message>
    <message>
        <source>not pseudonymised</source>
        <translation>niet gepseudonimiseerd</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Save Feedback</source>
        <translation>Feedback &amp;opslaan</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Opslaan als &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>%1 (%2 to %3) – Supervision[*]</source>
        <translation>%1 (%2 t/m %3) – Supervisie[*]</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Onderwerpen</translation>
    </message>
    <message>
        <source>Trusted person did</source>
        <translation>Vertrouwenspersoon deed</translation>
    </message>
    <message>
        <source>Professional did</source>
        <translation>Professional deed</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Geschreven door</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 op %2</translation>
    </message>
    <message>
        <source>No report was written.</source>
        <translation>Er is geen verslag geschreven.</translation>
    </message>
    <message>
        <source>Safety concern (open)</source>
        <translation>Veiligheidszorg (open)</translation>
    </message>
    <message>
        <source>Safety concern (closed)</source>
        <translation>Veiligheidszorg (afgesloten)</translation>
    </message>
    <message>
        <source>Feedback saved in %1.</source>
        <translation>Feedback opgeslagen in %1.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Opslaan als PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>The review was saved as %1.</source>
        <translation>De beoordeling is opgeslagen als %1.</translation>
    </message>
    <message>
        <source>You changed the feedback since it was last saved. Save it before closing?</source>
        <translation>Je hebt de feedback gewijzigd sinds je die voor het laatst opsloeg. Opslaan voor het sluiten?</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t Save</source>
        <translation>&amp;Niet opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>RowCopier</name>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Geannuleerd; er is niets geschreven.</translation>
    </message>
</context>
<context>
    <name>RowVersions</name>
    <message>
        <source>a moment ago</source>
        <translation>zojuist</translation>
    </message>
    <message>
        <source>Someone else changed %1 at %2, while your form was open; your changes were not saved. Reload to see theirs, or keep editing.</source>
        <translation>Iemand anders heeft %1 om %2 gewijzigd, terwijl uw formulier openstond; uw wijzigingen zijn niet opgeslagen. Laad opnieuw om die van de ander te zien, of werk verder.</translation>
    </message>
    <message>
        <source>%1 changed %2 at %3, while your form was open; your changes were not saved. Reload to see theirs, or keep editing.</source>
        <translation>%1 heeft %2 om %3 gewijzigd, terwijl uw formulier openstond; uw wijzigingen zijn niet opgeslagen. Laad opnieuw om die van de ander te zien, of werk verder.</translation>
    </message>
    <message>
        <source>Someone else changed %1 at %2, after your step; it was left as they wrote it.</source>
        <translation>Iemand anders heeft %1 om %2 gewijzigd, na uw stap; die wijziging blijft staan.</translation>
    </message>
    <message>
        <source>%1 changed %2 at %3, after your step; it was left as they wrote it.</source>
        <translation>%1 heeft %2 om %3 gewijzigd, na uw stap; die wijziging blijft staan.</translation>
    </message>
</context>
<context>
    <name>SafetyBanner</name>
    <message>
        <source>Safety concern (meldcode)</source>
        <translation>Veiligheidszorg (meldcode)</translation>
    </message>
    <message>
        <source>%1 safety concerns (meldcode)</source>
        <translation>%1 veiligheidszorgen (meldcode)</translation>
    </message>
    <message>
        <source>Raised by %1 on %2</source>
        <translation>Gemeld door %1 op %2</translation>
    </message>
    <message>
        <source>Close Concern…</source>
        <translation>Zorg afsluiten…</translation>
    </message>
</context>
<context>
    <name>SafetyConcernStore</name>
    <message>
        <source>A safety concern needs a description of what worries you.</source>
        <translation>Een veiligheidszorg heeft een beschrijving nodig van waar je je zorgen over maakt.</translation>
    </message>
    <message>
        <source>A safety concern needs the name of who raised it.</source>
        <translation>Een veiligheidszorg heeft de naam nodig van wie haar meldde.</translation>
    </message>
    <message>
        <source>There is no visit with number %1.</source>
        <translation>Er is geen huisbezoek met nummer %1.</translation>
    </message>
    <message>
        <source>The visit of a safety concern belongs to another family.</source>
        <translation>Het huisbezoek van een veiligheidszorg hoort bij een ander gezin.</translation>
    </message>
    <message>
        <source>There is no family with number %1.</source>
        <translation>Er is geen gezin met nummer %1.</translation>
    </message>
    <message>
        <source>Closing a safety concern needs a note saying why.</source>
        <translation>Voor het afsluiten van een veiligheidszorg is een notitie nodig die zegt waarom.</translation>
    </message>
    <message>
        <source>Closing a safety concern needs the name of who closes it.</source>
        <translation>Voor het afsluiten van een veiligheidszorg is de naam nodig van wie haar afsluit.</translation>
    </message>
    <message>
        <source>This safety concern was closed on %1 by %2; a closed concern is never reopened or closed again. Raise a new one if there are new worries.</source>
        <translation>Deze veiligheidszorg is op %1 afgesloten door %2; een afgesloten zorg gaat nooit meer open en wordt niet opnieuw afgesloten. Meld een nieuwe als er nieuwe zorgen zijn.</translation>
    </message>
    <message>
        <source>There is no open safety concern with number %1.</source>
        <translation>Er is geen open veiligheidszorg met nummer %1.</translation>
    </message>
    <message>
        <source>Withdrawn: raising it was undone right away.</source>
        <translation>Ingetrokken: het melden is meteen ongedaan gemaakt.</translation>
    </message>
    <message>
        <source>There is no safety concern with number %1.</source>
        <translation>Er is geen veiligheidszorg met nummer %1.</translation>
    </message>
</context>
<context>
    <name>ScoreBox</name>
    <message>
        <source>Choose a score</source>
        <translation>Kies een score</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a score and what it means</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a score and what it means in a life domain</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>SendReferralCommand</name>
    <message>
        <source>Refer to %1</source>
        <translation>Verwijzen naar %1</translation>
    </message>
    <message>
        <source>the referral to %1</source>
        <translation>de verwijzing naar %1</translation>
    </message>
</context>
<context>
    <name>SenderCheck</name>
    <message>
        <source>The package &quot;%1&quot; is intact, but it is signed by a key this computer does not know:

%2

Ask the sender (by phone, say) whether this is their key before you trust it. Anyone can make a package and sign it with a key of their own.</source>
        <translation>Het pakket &quot;%1&quot; is onveranderd, maar ondertekend met een sleutel die deze computer niet kent:

%2

Vraag de afzender (bijvoorbeeld telefonisch) of dit zijn of haar sleutel is voordat u die vertrouwt. Iedereen kan een pakket maken en het met een eigen sleutel ondertekenen.</translation>
    </message>
    <message>
        <source>Unknown Sender</source>
        <translation>Onbekende afzender</translation>
    </message>
    <message>
        <source>&amp;Trust This Sender</source>
        <translation>Deze afzender &amp;vertrouwen</translation>
    </message>
    <message>
        <source>Open &amp;Once</source>
        <translation>&amp;Eenmalig openen</translation>
    </message>
    <message>
        <source>Do &amp;Not Open</source>
        <translation>&amp;Niet openen</translation>
    </message>
    <message>
        <source>Signed by %1.</source>
        <translation>Ondertekend door %1.</translation>
    </message>
    <message>
        <source>Unknown sender: signed by a key this computer does not know (%1). Its figures are only as good as your trust in whoever sent it.</source>
        <translation>Onbekende afzender: ondertekend met een sleutel die deze computer niet kent (%1). De cijfers zijn zo betrouwbaar als degene die het pakket stuurde.</translation>
    </message>
    <message>
        <source>Unsigned: an older package (format %1). Its hashes match, but anyone with the file could have changed it and recomputed them.</source>
        <translation>Niet ondertekend: een ouder pakket (formaat %1). De hashes kloppen, maar wie het bestand had, kon het veranderen en de hashes opnieuw berekenen.</translation>
    </message>
</context>
<context>
    <name>ServerSnapshot</name>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Geannuleerd; er is niets geschreven.</translation>
    </message>
    <message>
        <source>Could not hold the rows of %1 in memory: %2</source>
        <translation>De rijen van %1 konden niet in het geheugen worden gehouden: %2</translation>
    </message>
</context>
<context>
    <name>SigningKey</name>
    <message>
        <source>The signing library (libsodium) could not start.</source>
        <translation>De bibliotheek voor ondertekenen (libsodium) kon niet starten.</translation>
    </message>
    <message>
        <source>The database has no identity to keep a signing key for (&quot;%1&quot;).</source>
        <translation>De database heeft geen identiteit om een ondertekeningssleutel bij te bewaren (&quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Could not make the folder for signing keys &quot;%1&quot;.</source>
        <translation>De map voor ondertekeningssleutels &quot;%1&quot; kon niet worden gemaakt.</translation>
    </message>
    <message>
        <source>Could not save the signing key &quot;%1&quot;: %2</source>
        <translation>De ondertekeningssleutel &quot;%1&quot; kon niet worden opgeslagen: %2</translation>
    </message>
    <message>
        <source>The signing key &quot;%1&quot; cannot be read: %2</source>
        <translation>De ondertekeningssleutel &quot;%1&quot; kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>The signing key &quot;%1&quot; is damaged; packages cannot be signed until it is restored from a backup or moved away (a new key is then made).</source>
        <translation>De ondertekeningssleutel &quot;%1&quot; is beschadigd; pakketten kunnen pas weer worden ondertekend als hij uit een back-up is teruggezet of weggezet (dan wordt een nieuwe sleutel gemaakt).</translation>
    </message>
</context>
<context>
    <name>SqliteStatement</name>
    <message>
        <source>The SQLite driver does not give access to its database.</source>
        <translation>Het SQLite-stuurprogramma geeft geen toegang tot zijn database.</translation>
    </message>
</context>
<context>
    <name>StatsCommand</name>
    <message>
        <source>Count organisations, workers, duos, families and visits.</source>
        <translation>Organisaties, medewerkers, duo&apos;s, gezinnen en huisbezoeken tellen.</translation>
    </message>
    <message>
        <source>Print the counts as JSON.</source>
        <translation>De aantallen als JSON tonen.</translation>
    </message>
    <message>
        <source>The database %1 uses an older format; run &quot;duocoach-cli init %1&quot; to upgrade it first.</source>
        <translation>De database %1 heeft een ouder formaat; werk hem eerst bij met &quot;duocoach-cli init %1&quot;.</translation>
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
        <translation>Duo&apos;s:              %1</translation>
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
    <message>
        <source>Open an encrypted package with the passphrase in this file (first line).</source>
        <translation>Een versleuteld pakket openen met de wachtzin in dit bestand (eerste regel).</translation>
    </message>
    <message>
        <source>Visit reports:      %1</source>
        <translation>Verslagen:          %1</translation>
    </message>
    <message>
        <source>Goals:              %1 (%2 evaluations)</source>
        <translation>Doelen:             %1 (%2 evaluaties)</translation>
    </message>
    <message>
        <source>Follow-up actions:  %1 (%2 open)</source>
        <translation>Vervolgacties:      %1 (%2 open)</translation>
    </message>
    <message>
        <source>Safety concerns:    %1 (%2 open)</source>
        <translation>Veiligheidszorgen:  %1 (%2 open)</translation>
    </message>
</context>
<context>
    <name>SuggestCommand</name>
    <message>
        <source>Rank the duos that could take on a family, with the reasons.</source>
        <translation>De duo&apos;s rangschikken die een gezin kunnen oppakken, met de redenen.</translation>
    </message>
    <message>
        <source>Case code of the family, e.g. G-2026-0042.</source>
        <translation>Casuscode van het gezin, bijvoorbeeld G-2026-0042.</translation>
    </message>
    <message>
        <source>Show at most N duos (default %1; 0 shows all).</source>
        <translation>Hoogstens N duo&apos;s tonen (standaard %1; 0 toont alle).</translation>
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
        <source>The database %1 uses an older format; run &quot;duocoach-cli init %1&quot; to upgrade it first.</source>
        <translation>De database %1 heeft een ouder formaat; werk hem eerst bij met &quot;duocoach-cli init %1&quot;.</translation>
    </message>
    <message>
        <source>No duo is available for %1: no duo works together on %2 with both members active.</source>
        <translation>Er is geen duo beschikbaar voor %1: geen duo werkt op %2 samen met beide leden actief.</translation>
    </message>
    <message>
        <source>Duos for %1, best first:</source>
        <translation>Duo&apos;s voor %1, beste eerst:</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>score %1</translation>
    </message>
</context>
<context>
    <name>SupervisionExportDialog</name>
    <message>
        <source>Export for Supervision</source>
        <translation>Exporteren voor supervisie</translation>
    </message>
    <message>
        <source>Writes the home visits of a period, with their reports, goals, evaluations and follow-ups, to one file for the supervisor. Pseudonymised, the file names each family only by its case code. With a passphrase it is encrypted: give the passphrase to the supervisor in another way than the file.</source>
        <translation>Schrijft de huisbezoeken van een periode, met hun verslagen, doelen, evaluaties en vervolgacties, naar één bestand voor de supervisor. Gepseudonimiseerd noemt het bestand elk gezin alleen bij de casuscode. Met een wachtzin wordt het versleuteld: geef de wachtzin op een andere manier aan de supervisor dan het bestand.</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <comment>period: from one day to another, both included</comment>
        <translation>&amp;tot en met</translation>
    </message>
    <message>
        <source>All duos</source>
        <translation>Alle duo&apos;s</translation>
    </message>
    <message>
        <source>%1 (ended)</source>
        <translation>%1 (beëindigd)</translation>
    </message>
    <message>
        <source>P&amp;seudonymise: leave out names, addresses and birth dates, and mask family names in the notes</source>
        <translation>P&amp;seudonimiseren: namen, adressen en geboortedatums weglaten, en familienamen in de notities maskeren</translation>
    </message>
    <message numerus="yes">
        <source>optional; at least %n characters</source>
        <translation>
            <numerusform>optioneel; minstens %n teken</numerusform>
            <numerusform>optioneel; minstens %n tekens</numerusform>
        </translation>
    </message>
    <message>
        <source>supervision</source>
        <translation>supervisie</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>&amp;Duo:</source>
        <translation>&amp;Duo:</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>&amp;Wachtzin:</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>Wachtzin &amp;herhalen:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>Best&amp;and:</translation>
    </message>
    <message>
        <source>Type the passphrase a second time to confirm it.</source>
        <translation>Typ de wachtzin nog een keer om hem te bevestigen.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>De twee wachtzinnen zijn niet gelijk.</translation>
    </message>
    <message numerus="yes">
        <source>A passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>Een wachtzin heeft minstens %n teken nodig.</numerusform>
            <numerusform>Een wachtzin heeft minstens %n tekens nodig.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last day of the period lies before the first.</source>
        <translation>De laatste dag van de periode ligt vóór de eerste.</translation>
    </message>
    <message>
        <source>Choose the file to write the package to.</source>
        <translation>Kies het bestand om het pakket in te schrijven.</translation>
    </message>
    <message>
        <source>The file %1 exists. Replace it?</source>
        <translation>Het bestand %1 bestaat al. Vervangen?</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) of %1 written to %2.</source>
        <translation>
            <numerusform>%n huisbezoek van %1 geschreven naar %2.</numerusform>
            <numerusform>%n huisbezoeken van %1 geschreven naar %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n family(ies)</source>
        <translation>
            <numerusform>%n gezin</numerusform>
            <numerusform>%n gezinnen</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is encrypted.</source>
        <translation>Het bestand is versleuteld.</translation>
    </message>
    <message>
        <source>The file is not encrypted.</source>
        <translation>Het bestand is niet versleuteld.</translation>
    </message>
    <message>
        <source>Supervision packages (*.duosup);;All files (*)</source>
        <translation>Supervisiepakketten (*.duosup);;Alle bestanden (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n family(ies) with visits in the period left out: no consent to share their file.</source>
        <translation>
            <numerusform>Eén gezin met huisbezoeken in de periode is weggelaten: het gaf geen toestemming om zijn dossier te delen.</numerusform>
            <numerusform>%n gezinnen met huisbezoeken in de periode zijn weggelaten: zij gaven geen toestemming om hun dossier te delen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the supervision package…</source>
        <translation>Het supervisiepakket wordt geschreven…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export geannuleerd; er is niets geschreven.</translation>
    </message>
    <message>
        <source>Signed with the key %1: the supervisor compares it with you once.</source>
        <translation>Ondertekend met de sleutel %1: de supervisor vergelijkt die één keer met u.</translation>
    </message>
</context>
<context>
    <name>SupervisionFeedbackImport</name>
    <message>
        <source>&quot;%1&quot; is not a feedback file: its name does not end in &quot;%2&quot;; nothing was imported.</source>
        <translation>&quot;%1&quot; is geen feedbackbestand: de naam eindigt niet op &quot;%2&quot;; er is niets ingelezen.</translation>
    </message>
    <message>
        <source>The feedback file &quot;%1&quot; does not exist.</source>
        <translation>Het feedbackbestand &quot;%1&quot; bestaat niet.</translation>
    </message>
    <message>
        <source>The feedback file &quot;%1&quot; is encrypted: give the passphrase of its package; nothing was imported.</source>
        <translation>Het feedbackbestand &quot;%1&quot; is versleuteld: geef de wachtzin van het pakket; er is niets ingelezen.</translation>
    </message>
    <message>
        <source>The feedback file &quot;%1&quot; names no package; nothing was imported.</source>
        <translation>Het feedbackbestand &quot;%1&quot; noemt geen pakket; er is niets ingelezen.</translation>
    </message>
    <message>
        <source>The feedback file &quot;%1&quot; is about a package from another database, not &quot;%2&quot;; nothing was imported.</source>
        <translation>Het feedbackbestand &quot;%1&quot; gaat over een pakket uit een andere database, niet &quot;%2&quot;; er is niets ingelezen.</translation>
    </message>
    <message>
        <source>The feedback file &quot;%1&quot; is about a package that was not exported from &quot;%2&quot; (no export of this database has its content); nothing was imported.</source>
        <translation>Het feedbackbestand &quot;%1&quot; gaat over een pakket dat niet uit &quot;%2&quot; is geëxporteerd (geen export van deze database heeft die inhoud); er is niets ingelezen.</translation>
    </message>
</context>
<context>
    <name>SupervisionFeedbackList</name>
    <message>
        <source>Feedback from supervision</source>
        <translation>Feedback van supervisie</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Ingelezen</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Over</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Double-click or press Enter to read the whole note.</source>
        <translation>Dubbelklik of druk op Enter om de hele notitie te lezen.</translation>
    </message>
    <message>
        <source>Visit of %1 to %2</source>
        <translation>Huisbezoek van %1 aan %2</translation>
    </message>
    <message>
        <source>a family no longer yours</source>
        <translation>een gezin dat niet meer het uwe is</translation>
    </message>
    <message>
        <source>Duo %1</source>
        <translation>Duo %1</translation>
    </message>
    <message>
        <source>General remark on %1 to %2</source>
        <translation>Algemene opmerking over %1 tot en met %2</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Feedback from supervision&lt;/b&gt; in the last %n day(s): %1</source>
        <translation>
            <numerusform>&lt;b&gt;Feedback van supervisie&lt;/b&gt; van de afgelopen %n dag: %1</numerusform>
            <numerusform>&lt;b&gt;Feedback van supervisie&lt;/b&gt; van de afgelopen %n dagen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Written %2, imported %3 by %4.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Geschreven %2, ingelezen %3 door %4.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>SupervisionNotesBox</name>
    <message>
        <source>Feedback from supervision</source>
        <translation>Feedback van supervisie</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1&lt;br&gt;&lt;i&gt;Written %2, imported %3.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1&lt;br&gt;&lt;i&gt;Geschreven %2, ingelezen %3.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>SupervisionPackage</name>
    <message>
        <source>The package &quot;%1&quot; does not exist.</source>
        <translation>Het pakket &quot;%1&quot; bestaat niet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, not a supervision package.</source>
        <translation>&quot;%1&quot; is een map, geen supervisiepakket.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large to be a supervision package.</source>
        <translation>&quot;%1&quot; is te groot voor een supervisiepakket.</translation>
    </message>
    <message>
        <source>The package &quot;%1&quot; cannot be read: %2</source>
        <translation>Het pakket &quot;%1&quot; kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a supervision package.</source>
        <translation>&quot;%1&quot; is geen supervisiepakket.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a DuoCoach database, not a supervision package.</source>
        <translation>&quot;%1&quot; is een DuoCoach-database, geen supervisiepakket.</translation>
    </message>
    <message>
        <source>The package &quot;%1&quot; is damaged and cannot be read.</source>
        <translation>Het pakket &quot;%1&quot; is beschadigd en kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>The package &quot;%1&quot; was made by a newer version of DuoCoach (format %2; this version reads format %3).</source>
        <translation>Het pakket &quot;%1&quot; is gemaakt door een nieuwere versie van DuoCoach (formaat %2; deze versie leest formaat %3).</translation>
    </message>
    <message>
        <source>The file structure of the package is damaged (%1).</source>
        <translation>De bestandsstructuur van het pakket is beschadigd (%1).</translation>
    </message>
    <message>
        <source>The package&apos;s format number was changed (file %1, manifest %2).</source>
        <translation>Het formaatnummer van het pakket is gewijzigd (bestand %1, manifest %2).</translation>
    </message>
    <message>
        <source>The package&apos;s list of tables cannot be read.</source>
        <translation>De lijst met tabellen van het pakket kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>The format&apos;s own tables could not be made for comparison.</source>
        <translation>De eigen tabellen van het formaat konden niet worden gemaakt om te vergelijken.</translation>
    </message>
    <message>
        <source>The structure of &quot;%1&quot; in the package was changed.</source>
        <translation>De structuur van &quot;%1&quot; in het pakket is gewijzigd.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing from the package.</source>
        <translation>&quot;%1&quot; ontbreekt in het pakket.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was added to the package.</source>
        <translation>&quot;%1&quot; is aan het pakket toegevoegd.</translation>
    </message>
    <message>
        <source>The manifest says nothing about table &quot;%1&quot;.</source>
        <translation>Het manifest zegt niets over tabel &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Table &quot;%1&quot;: the manifest counts %2 rows, the package holds %3.</source>
        <translation>Tabel &quot;%1&quot;: het manifest telt %2 rijen, het pakket bevat er %3.</translation>
    </message>
    <message>
        <source>Table &quot;%1&quot;: rows were changed since the export (its SHA-256 differs from the manifest&apos;s).</source>
        <translation>Tabel &quot;%1&quot;: er zijn rijen gewijzigd sinds de export (de SHA-256 verschilt van die in het manifest).</translation>
    </message>
    <message>
        <source>The manifest&apos;s content hash was changed (it is no longer text).</source>
        <translation>De inhoudshash van het manifest is gewijzigd (het is geen tekst meer).</translation>
    </message>
    <message>
        <source>The manifest holds no content hash.</source>
        <translation>Het manifest bevat geen inhoudshash.</translation>
    </message>
    <message>
        <source>The manifest was changed since the export (the content SHA-256 differs).</source>
        <translation>Het manifest is gewijzigd sinds de export (de SHA-256 van de inhoud verschilt).</translation>
    </message>
    <message>
        <source>The package &quot;%1&quot; was made by a test version of DuoCoach (format %2) and can no longer be read; please export it again.</source>
        <translation>Het pakket &quot;%1&quot; is gemaakt door een testversie van DuoCoach (formaat %2) en kan niet meer worden gelezen; exporteer het opnieuw.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; on %2 is not a supervision package: a package is a file.</source>
        <translation>De database &quot;%1&quot; op %2 is geen supervisiepakket: een pakket is een bestand.</translation>
    </message>
    <message>
        <source>The package&apos;s signature was changed (it is no longer text).</source>
        <translation>De ondertekening van het pakket is veranderd (ze is geen tekst meer).</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) were added after the end of the package.</source>
        <translation>
            <numerusform>Er is %n byte toegevoegd na het einde van het pakket.</numerusform>
            <numerusform>Er zijn %n bytes toegevoegd na het einde van het pakket.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The package is cut off (%n byte(s) of its last page are missing).</source>
        <translation>
            <numerusform>Het pakket is afgebroken (%n byte van de laatste pagina ontbreekt).</numerusform>
            <numerusform>Het pakket is afgebroken (%n bytes van de laatste pagina ontbreken).</numerusform>
        </translation>
    </message>
    <message>
        <source>The package&apos;s signing key was removed or changed (the manifest holds no valid public key).</source>
        <translation>De sleutel van het pakket is verwijderd of veranderd (het manifest bevat geen geldige publieke sleutel).</translation>
    </message>
    <message>
        <source>The package&apos;s signature was removed or damaged.</source>
        <translation>De ondertekening van het pakket is verwijderd of beschadigd.</translation>
    </message>
    <message>
        <source>The signature does not match the package: it was changed after it was signed, or the signature is another package&apos;s.</source>
        <translation>De ondertekening past niet bij het pakket: het is na het ondertekenen veranderd, of de ondertekening hoort bij een ander pakket.</translation>
    </message>
    <message>
        <source>a database</source>
        <translation>een database</translation>
    </message>
    <message>
        <source>the database &quot;%1&quot;</source>
        <translation>de database &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an organisation not named</source>
        <translation>een niet genoemde organisatie</translation>
    </message>
    <message>
        <source>%1 of %2 (identity %3), key %4</source>
        <translation>%1 van %2 (identiteit %3), sleutel %4</translation>
    </message>
</context>
<context>
    <name>SupervisionPackageWriter</name>
    <message>
        <source>An export needs a first and a last day.</source>
        <translation>Een export heeft een eerste en een laatste dag nodig.</translation>
    </message>
    <message>
        <source>The last day of the export lies before its first day.</source>
        <translation>De laatste dag van de export ligt vóór de eerste dag.</translation>
    </message>
    <message>
        <source>An export is of one duo or of one worker&apos;s duos, not both.</source>
        <translation>Een export is van één duo of van de duo&apos;s van één medewerker, niet van beide.</translation>
    </message>
    <message>
        <source>There is no duo with number %1.</source>
        <translation>Er is geen duo met nummer %1.</translation>
    </message>
    <message>
        <source>There is no worker with number %1.</source>
        <translation>Er is geen medewerker met nummer %1.</translation>
    </message>
    <message>
        <source>A passphrase needs at least %1 characters.</source>
        <translation>Een wachtzin heeft minstens %1 tekens nodig.</translation>
    </message>
    <message>
        <source>The export cannot be recorded in &quot;%1&quot;: it is open read-only.</source>
        <translation>De export kan niet worden vastgelegd in &quot;%1&quot;: de database is alleen-lezen geopend.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder; give the package a file name.</source>
        <translation>&quot;%1&quot; is een map; geef het pakket een bestandsnaam.</translation>
    </message>
    <message>
        <source>The folder for &quot;%1&quot; does not exist.</source>
        <translation>De map voor &quot;%1&quot; bestaat niet.</translation>
    </message>
    <message>
        <source>An export must say who makes it.</source>
        <translation>Bij een export moet vastliggen wie hem maakt.</translation>
    </message>
    <message>
        <source>Could not write the package &quot;%1&quot;: %2</source>
        <translation>Het pakket &quot;%1&quot; kon niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>De export is geannuleerd; er is niets geschreven.</translation>
    </message>
</context>
<context>
    <name>SupportDialog</name>
    <message>
        <source>New Support for %1</source>
        <translation>Nieuwe ondersteuning voor %1</translation>
    </message>
    <message>
        <source>None: a person or body named below</source>
        <translation>Geen: een persoon of instantie, hieronder genoemd</translation>
    </message>
    <message>
        <source>For example: grandparents, the GP, Wijkteam Noord</source>
        <translation>Bijvoorbeeld: grootouders, de huisarts, Wijkteam Noord</translation>
    </message>
    <message>
        <source>What the support is</source>
        <translation>Wat de ondersteuning is</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Beëindigd op</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Soort:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisatie:</translation>
    </message>
    <message>
        <source>Given by:</source>
        <translation>Gegeven door:</translation>
    </message>
    <message>
        <source>Support:</source>
        <translation>Ondersteuning:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Vanaf:</translation>
    </message>
    <message>
        <source>Add Support</source>
        <translation>Ondersteuning toevoegen</translation>
    </message>
</context>
<context>
    <name>SupportPanel</name>
    <message>
        <source>Support deployed</source>
        <translation>Ingezette ondersteuning</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Ondersteuning</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Helps?</source>
        <translation>Helpt het?</translation>
    </message>
    <message>
        <source>No support recorded yet: what the family gets from relatives, the neighbourhood and formal care belongs here.</source>
        <translation>Nog geen ondersteuning vastgelegd: wat het gezin krijgt van familie, de buurt en formele zorg hoort hier.</translation>
    </message>
    <message>
        <source>Add Support…</source>
        <translation>Ondersteuning toevoegen…</translation>
    </message>
    <message>
        <source>Does It Help?…</source>
        <translation>Helpt het?…</translation>
    </message>
    <message>
        <source>Record whether the selected support helps, and whether it continues, is adjusted or stops.</source>
        <translation>Leg vast of de gekozen ondersteuning helpt, en of ze doorgaat, wordt bijgesteld of stopt.</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>Nog niet beoordeeld</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>sinds %1</translation>
    </message>
    <message>
        <source>Support deployed (%1 running)</source>
        <translation>Ingezette ondersteuning (%1 lopend)</translation>
    </message>
    <message>
        <source>%1 on %2: %3, %4</source>
        <translation>%1 op %2: %3, %4</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestopt</translation>
    </message>
    <message>
        <source>%1, by %2 (%3)</source>
        <translation>%1, door %2 (%3)</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Gestopt: %1</translation>
    </message>
</context>
<context>
    <name>SupportReviewDialog</name>
    <message>
        <source>Does &quot;%1&quot; Help?</source>
        <translation>Helpt „%1”?</translation>
    </message>
    <message>
        <source>%1 · %2, since %3</source>
        <translation>%1 · %2, sinds %3</translation>
    </message>
    <message>
        <source>Stopping ends the support on this day; it stays in the family&apos;s history, with this reason.</source>
        <translation>Stoppen beëindigt de ondersteuning op deze dag; ze blijft met deze reden in de geschiedenis van het gezin.</translation>
    </message>
    <message>
        <source>Reviewed on:</source>
        <translation>Beoordeeld op:</translation>
    </message>
    <message>
        <source>Does it help?</source>
        <translation>Helpt het?</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Besluit:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reden:</translation>
    </message>
    <message>
        <source>Record Review</source>
        <translation>Beoordeling vastleggen</translation>
    </message>
</context>
<context>
    <name>SupportStore</name>
    <message>
        <source>There is no family with number %1.</source>
        <translation>Er is geen gezin met nummer %1.</translation>
    </message>
    <message>
        <source>There is no organisation with number %1.</source>
        <translation>Er is geen organisatie met nummer %1.</translation>
    </message>
    <message>
        <source>The support &quot;%1&quot; was reviewed on %2, outside the new period.</source>
        <translation>De ondersteuning „%1” is op %2 beoordeeld, buiten de nieuwe periode.</translation>
    </message>
    <message>
        <source>The support &quot;%1&quot; has been reviewed; it stays in the family&apos;s history.</source>
        <translation>De ondersteuning „%1” is al beoordeeld; ze blijft in de geschiedenis van het gezin.</translation>
    </message>
    <message>
        <source>The support &quot;%1&quot; cannot be put back: another program changed the database in the meantime.</source>
        <translation>De ondersteuning „%1” kan niet worden teruggezet: een ander programma heeft de database intussen gewijzigd.</translation>
    </message>
    <message>
        <source>There is no support with number %1.</source>
        <translation>Er is geen ondersteuning met nummer %1.</translation>
    </message>
    <message>
        <source>The support &quot;%1&quot; was already reviewed on %2.</source>
        <translation>De ondersteuning „%1” is op %2 al beoordeeld.</translation>
    </message>
    <message>
        <source>There is no review with number %1.</source>
        <translation>Er is geen beoordeling met nummer %1.</translation>
    </message>
    <message>
        <source>The review cannot be put back: another program changed the database in the meantime.</source>
        <translation>De beoordeling kan niet worden teruggezet: een ander programma heeft de database intussen gewijzigd.</translation>
    </message>
</context>
<context>
    <name>SupportTimeline</name>
    <message>
        <source>Support over time</source>
        <translation>Ondersteuning in de tijd</translation>
    </message>
    <message>
        <source>%1 from %2%3</source>
        <translation>%1 vanaf %2%3</translation>
    </message>
    <message>
        <source> until %1</source>
        <translation> tot %1</translation>
    </message>
</context>
<context>
    <name>TeamLogins</name>
    <message>
        <source>coordinator</source>
        <translation>coördinator</translation>
    </message>
    <message>
        <source>duo coach</source>
        <translation>duocoach</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>The database %1 is a file, which has no team logins: those are a PostgreSQL server&apos;s.</source>
        <translation>De database %1 is een bestand, en dat heeft geen teamlogins: die horen bij een PostgreSQL-server.</translation>
    </message>
    <message>
        <source>Your login is not one of the team of the database %1; ask a coordinator to add it (duocoach-cli user add).</source>
        <translation>Uw login hoort niet bij het team van de database %1; vraag een coördinator om haar toe te voegen (duocoach-cli user add).</translation>
    </message>
    <message>
        <source>The login name &quot;%1&quot; cannot be used: use at most 63 letters, digits, &apos;.&apos;, &apos;-&apos;, &apos;_&apos; or &apos;@&apos;, not beginning with &quot;pg_&quot; or &quot;duocoach_&quot;.</source>
        <translation>De loginnaam &quot;%1&quot; kan niet worden gebruikt: gebruik hoogstens 63 letters, cijfers, &apos;.&apos;, &apos;-&apos;, &apos;_&apos; of &apos;@&apos;, niet beginnend met &quot;pg_&quot; of &quot;duocoach_&quot;.</translation>
    </message>
    <message>
        <source>There is no active worker with id %1 to tie the login &quot;%2&quot; to.</source>
        <translation>Er is geen actieve medewerker met nummer %1 om de login &quot;%2&quot; aan te koppelen.</translation>
    </message>
    <message>
        <source>Worker %1 already logs in as &quot;%2&quot;; end that login first (duocoach-cli user remove).</source>
        <translation>Medewerker %1 logt al in als &quot;%2&quot;; beëindig die login eerst (duocoach-cli user remove).</translation>
    </message>
    <message>
        <source>The password for &quot;%1&quot; could not be prepared (%2).</source>
        <translation>Het wachtwoord voor &quot;%1&quot; kon niet worden voorbereid (%2).</translation>
    </message>
    <message>
        <source>The database %1 has no team login &quot;%2&quot;.</source>
        <translation>De database %1 heeft geen teamlogin &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Emergency access needs a reason of at least ten characters: why this family, now.</source>
        <translation>Noodtoegang vraagt een reden van minstens tien tekens: waarom dit gezin, nu.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Working as…</source>
        <translation>Werken als…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
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
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Follow-up action</source>
        <translation>Vervolgactie</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Actiehouder</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Laatste huisbezoek</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <source>Next planned</source>
        <translation>Volgende gepland</translation>
    </message>
    <message>
        <source>Without a visit for more than</source>
        <translation>Zonder huisbezoek langer dan</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Vandaag, %1</translation>
    </message>
    <message>
        <source>No visits today.</source>
        <translation>Vandaag geen huisbezoeken.</translation>
    </message>
    <message>
        <source>Visits today: %1</source>
        <translation>Huisbezoeken vandaag: %1</translation>
    </message>
    <message>
        <source>No follow-up actions due this week.</source>
        <translation>Deze week geen vervolgacties die klaar moeten zijn.</translation>
    </message>
    <message>
        <source>Follow-up actions due this week: %1 (%2 overdue)</source>
        <translation>Vervolgacties voor deze week: %1 (%2 te laat)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>nothing planned</source>
        <translation>niets gepland</translation>
    </message>
    <message>
        <source>Every family was visited recently.</source>
        <translation>Elk gezin is onlangs bezocht.</translation>
    </message>
    <message>
        <source>Families without a recent visit: %1</source>
        <translation>Gezinnen zonder recent huisbezoek: %1</translation>
    </message>
    <message>
        <source>First steps</source>
        <translation>Eerste stappen</translation>
    </message>
    <message>
        <source>Duo coaching starts with the organisations, the workers who form duos, and the families they visit. To set up this database:</source>
        <translation>Duo-coaching begint bij de organisaties, de medewerkers die duo&apos;s vormen en de gezinnen die zij bezoeken. Zo richt u deze database in:</translation>
    </message>
    <message>
        <source>Add an Organisation…</source>
        <translation>Organisatie toevoegen…</translation>
    </message>
    <message>
        <source>The community organisations and care providers the workers come from, each with its contact person.</source>
        <translation>De zelforganisaties en zorgaanbieders waar de medewerkers werken, elk met een aanspreekpunt.</translation>
    </message>
    <message>
        <source>Add a Worker…</source>
        <translation>Medewerker toevoegen…</translation>
    </message>
    <message>
        <source>At least one trusted person and one professional.</source>
        <translation>Minstens één vertrouwenspersoon en één professional.</translation>
    </message>
    <message>
        <source>Form a Duo…</source>
        <translation>Duo vormen…</translation>
    </message>
    <message>
        <source>A trusted person and a professional who visit families together.</source>
        <translation>Een vertrouwenspersoon en een professional die samen gezinnen bezoeken.</translation>
    </message>
    <message>
        <source>Add a Family…</source>
        <translation>Gezin toevoegen…</translation>
    </message>
    <message>
        <source>A family referred for duo coaching; then assign a duo to it on its page.</source>
        <translation>Een gezin dat is aangemeld voor duo-coaching; koppel daarna op de pagina van het gezin een duo.</translation>
    </message>
    <message>
        <source>Load Demo Data</source>
        <translation>Demogegevens laden</translation>
    </message>
    <message>
        <source>Or try DuoCoach first: fill this empty database with fictitious families and workers, and use another database for real families.</source>
        <translation>Of probeer DuoCoach eerst uit: vul deze lege database met verzonnen gezinnen en medewerkers, en gebruik een andere database voor echte gezinnen.</translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation>✓ Gedaan</translation>
    </message>
    <message>
        <source>A professional is still missing.</source>
        <translation>Er ontbreekt nog een professional.</translation>
    </message>
    <message>
        <source>A trusted person is still missing.</source>
        <translation>Er ontbreekt nog een vertrouwenspersoon.</translation>
    </message>
    <message>
        <source>%1 · no consent for home visits</source>
        <translation>%1 · geen toestemming voor huisbezoek</translation>
    </message>
    <message>
        <source>This family has not given consent for home visits. Ask for it, and record it on the family&apos;s page, before visiting.</source>
        <translation>Dit gezin heeft geen toestemming gegeven voor huisbezoek. Vraag erom en leg die vast op de pagina van het gezin, vóór het bezoek.</translation>
    </message>
    <message>
        <source>Working as %1</source>
        <translation>Werkt als %1</translation>
    </message>
    <message>
        <source>Logged in as %1 (%2)</source>
        <translation>Ingelogd als %1 (%2)</translation>
    </message>
    <message>
        <source>%1: your visits, your follow-up actions, your families.</source>
        <translation>%1: uw huisbezoeken, uw vervolgacties, uw gezinnen.</translation>
    </message>
    <message>
        <source>%1: the visits, follow-up actions and families of all duos.</source>
        <translation>%1: de huisbezoeken, vervolgacties en gezinnen van alle duo&apos;s.</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Naar</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Verstuurd door</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>No answer %n day(s) after it was sent: ask the partner how it stands.</source>
        <translation>
            <numerusform>Geen antwoord %n dag na versturen: vraag de partner hoe het ervoor staat.</numerusform>
            <numerusform>Geen antwoord %n dagen na versturen: vraag de partner hoe het ervoor staat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Referrals without an answer after %n day(s): %1</source>
        <translation>
            <numerusform>Verwijzingen zonder antwoord na %n dag: %1</numerusform>
            <numerusform>Verwijzingen zonder antwoord na %n dagen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Gevraagd</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>After the visit to</source>
        <translation>Na het bezoek aan</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Double-click or press Enter once the debrief took place.</source>
        <translation>Dubbelklik of druk op Enter zodra de nabespreking heeft plaatsgevonden.</translation>
    </message>
    <message>
        <source>Debriefs asked for after a heavy visit: %1</source>
        <translation>Gevraagde nabesprekingen na een zwaar bezoek: %1</translation>
    </message>
    <message>
        <source>Tick an action off when it is done (Space); double-click to open the family.</source>
        <translation>Vink een actie af als die gedaan is (spatiebalk); dubbelklik om het gezin te openen.</translation>
    </message>
    <message>
        <source>done today</source>
        <translation>vandaag gedaan</translation>
    </message>
    <message>
        <source>done today by %1</source>
        <translation>vandaag gedaan door %1</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (te laat)</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Te laat sinds %1</translation>
    </message>
    <message numerus="yes">
        <source>· %n done today</source>
        <translation>
            <numerusform>· %n vandaag gedaan</numerusform>
            <numerusform>· %n vandaag gedaan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ToggleFollowUpCommand</name>
    <message>
        <source>Follow-up action &quot;%1&quot; done</source>
        <translation>Vervolgactie &quot;%1&quot; gedaan</translation>
    </message>
    <message>
        <source>Follow-up action &quot;%1&quot; open again</source>
        <translation>Vervolgactie &quot;%1&quot; weer open</translation>
    </message>
    <message>
        <source>the follow-up action &quot;%1&quot;</source>
        <translation>vervolgactie &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <source>Training of %1</source>
        <translation>Scholing van %1</translation>
    </message>
    <message>
        <source>For example: Basic course trusted person</source>
        <translation>Bijvoorbeeld: Basiscursus vertrouwenspersoon</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Geëindigd op</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Certificate on</source>
        <translation>Certificaat op</translation>
    </message>
    <message>
        <source>Course:</source>
        <translation>Cursus:</translation>
    </message>
    <message>
        <source>Started on:</source>
        <translation>Begonnen op:</translation>
    </message>
    <message>
        <source>Add Training</source>
        <translation>Scholing toevoegen</translation>
    </message>
</context>
<context>
    <name>TrainingStore</name>
    <message>
        <source>There is no worker with number %1.</source>
        <translation>Er is geen medewerker met nummer %1.</translation>
    </message>
    <message>
        <source>There is no training with number %1.</source>
        <translation>Er is geen scholing met nummer %1.</translation>
    </message>
    <message>
        <source>The course &quot;%1&quot; cannot be put back: another program changed the database in the meantime.</source>
        <translation>De cursus &quot;%1&quot; kan niet worden teruggezet: een ander programma heeft de database intussen gewijzigd.</translation>
    </message>
</context>
<context>
    <name>UserCommand</name>
    <message>
        <source>Add, list or remove the team&apos;s logins.</source>
        <translation>De logins van het team toevoegen, tonen of beëindigen.</translation>
    </message>
    <message>
        <source>The login is this worker&apos;s, a duo coach (trusted person or professional).</source>
        <translation>De login is van deze medewerker, een duocoach (vertrouwenspersoon of professional).</translation>
    </message>
    <message>
        <source>The login is a coordinator&apos;s.</source>
        <translation>De login is van een coördinator.</translation>
    </message>
    <message>
        <source>The login is a supervisor&apos;s.</source>
        <translation>De login is van een supervisor.</translation>
    </message>
    <message>
        <source>Give the login this password (the first line of F); without it the login keeps its password or logs in as the server&apos;s pg_hba.conf says.</source>
        <translation>Geef de login dit wachtwoord (de eerste regel van F); zonder houdt de login zijn wachtwoord of logt in zoals pg_hba.conf van de server zegt.</translation>
    </message>
    <message>
        <source>Usage: duocoach-cli %1 %2</source>
        <translation>Gebruik: duocoach-cli %1 %2</translation>
    </message>
    <message>
        <source>%1, worker %2 (%3)</source>
        <translation>%1, medewerker %2 (%3)</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>sinds %1</translation>
    </message>
    <message>
        <source>ended %1</source>
        <translation>beëindigd %1</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; has ended; the person&apos;s records stay.</source>
        <translation>De login &quot;%1&quot; is beëindigd; wat de persoon vastlegde, blijft.</translation>
    </message>
    <message>
        <source>Say who the login is for: --worker ID, --coordinator or --supervisor.</source>
        <translation>Zeg voor wie de login is: --worker ID, --coordinator of --supervisor.</translation>
    </message>
    <message>
        <source>--worker needs the id of a worker, a whole number.</source>
        <translation>--worker vraagt het nummer van een medewerker, een geheel getal.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is now a %2 of %3.</source>
        <translation>De login &quot;%1&quot; is nu %2 van %3.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>The postcode &quot;%1&quot; is not a Dutch postcode like 1234 AB.</source>
        <translation>De postcode &quot;%1&quot; is geen Nederlandse postcode zoals 1234 AB.</translation>
    </message>
    <message>
        <source>The postcode &quot;%1&quot; does not exist: SA, SD and SS are never used.</source>
        <translation>De postcode &quot;%1&quot; bestaat niet: SA, SD en SS worden nooit gebruikt.</translation>
    </message>
    <message>
        <source>The e-mail address &quot;%1&quot; is not valid.</source>
        <translation>Het e-mailadres &quot;%1&quot; is niet geldig.</translation>
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
        <source>The language &quot;%1&quot; of %2 is not known.</source>
        <translation>De taal &quot;%1&quot; van %2 is onbekend.</translation>
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
        <source>The language &quot;%1&quot; of the family %2 is not known.</source>
        <translation>De taal &quot;%1&quot; van het gezin %2 is onbekend.</translation>
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
    <message>
        <source>Only a visit that took place has people present.</source>
        <translation>Alleen bij een huisbezoek dat heeft plaatsgevonden, zijn mensen aanwezig.</translation>
    </message>
    <message>
        <source>A visit that took place needs the trusted person, the professional or both present.</source>
        <translation>Bij een huisbezoek dat heeft plaatsgevonden, moet de vertrouwenspersoon, de professional of beiden aanwezig zijn.</translation>
    </message>
    <message>
        <source>The visit of %1 has not taken place yet.</source>
        <translation>Het huisbezoek van %1 heeft nog niet plaatsgevonden.</translation>
    </message>
    <message>
        <source>A cancelled visit needs a reason.</source>
        <translation>Een afgezegd huisbezoek heeft een reden nodig.</translation>
    </message>
    <message>
        <source>A visit where the family was not found at home needs a reason.</source>
        <translation>Een huisbezoek waarbij het gezin niet thuis werd aangetroffen, heeft een reden nodig.</translation>
    </message>
    <message>
        <source>Only a cancelled visit or a no-show has a reason.</source>
        <translation>Alleen een afgezegd of niet aangetroffen huisbezoek heeft een reden.</translation>
    </message>
    <message>
        <source>A follow-up action needs a description.</source>
        <translation>Een vervolgactie heeft een beschrijving nodig.</translation>
    </message>
    <message>
        <source>The follow-up action &quot;%1&quot; needs an owner.</source>
        <translation>De vervolgactie &quot;%1&quot; heeft een actiehouder nodig.</translation>
    </message>
    <message>
        <source>The follow-up action &quot;%1&quot; needs a due date.</source>
        <translation>De vervolgactie &quot;%1&quot; heeft een uiterste datum nodig.</translation>
    </message>
    <message>
        <source>A goal needs a description.</source>
        <translation>Een doel heeft een beschrijving nodig.</translation>
    </message>
    <message>
        <source>The start score runs from 1 (acute problems) to 5 (fully self-reliant).</source>
        <translation>De startscore loopt van 1 (acute problematiek) tot 5 (volledig zelfredzaam).</translation>
    </message>
    <message>
        <source>A goal needs the date it was set.</source>
        <translation>Een doel heeft de datum nodig waarop het is gesteld.</translation>
    </message>
    <message>
        <source>The date the goal was set lies in the future.</source>
        <translation>De datum waarop het doel is gesteld, ligt in de toekomst.</translation>
    </message>
    <message>
        <source>The goal cannot end before the date it was set.</source>
        <translation>Het doel kan niet eindigen vóór de datum waarop het is gesteld.</translation>
    </message>
    <message>
        <source>An evaluation needs the date it was held.</source>
        <translation>Een evaluatie heeft de datum nodig waarop ze is gehouden.</translation>
    </message>
    <message>
        <source>The date of the evaluation lies in the future.</source>
        <translation>De datum van de evaluatie ligt in de toekomst.</translation>
    </message>
    <message>
        <source>An evaluation needs a reason for its decision.</source>
        <translation>Een evaluatie heeft een reden voor het besluit nodig.</translation>
    </message>
    <message>
        <source>The text holds a control character (U+%1) that cannot be stored; remove it.</source>
        <translation>De tekst bevat een stuurteken (U+%1) dat niet kan worden opgeslagen; haal het weg.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: only digits, spaces, hyphens and brackets, with a + in front for an international number.</source>
        <translation>‘%1’ is geen telefoonnummer: alleen cijfers, spaties, streepjes en haakjes, met een + ervoor voor een buitenlands nummer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: a Dutch number has ten digits (06 12345678, 030 123 45 67), an international one starts with + and the country code (+32 470 12 34 56).</source>
        <translation>‘%1’ is geen telefoonnummer: een Nederlands nummer heeft tien cijfers (06 12345678, 030 123 45 67), een buitenlands nummer begint met + en de landcode (+32 470 12 34 56).</translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <source>Check that a supervision package is exactly as it was exported.</source>
        <translation>Controleren of een supervisiepakket precies zo is als het is geëxporteerd.</translation>
    </message>
    <message>
        <source>Open an encrypted package with the passphrase in this file (first line).</source>
        <translation>Een versleuteld pakket openen met de wachtzin in dit bestand (eerste regel).</translation>
    </message>
    <message>
        <source>The package %1 is not as it was exported:</source>
        <translation>Het pakket %1 is niet meer zoals het is geëxporteerd:</translation>
    </message>
    <message>
        <source>The package %1 is intact.</source>
        <translation>Het pakket %1 is ongeschonden.</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) from %1 to %2, exported on %3 by %4 with DuoCoach %5.</source>
        <translation>
            <numerusform>%n huisbezoek van %1 tot en met %2, geëxporteerd op %3 door %4 met DuoCoach %5.</numerusform>
            <numerusform>%n huisbezoeken van %1 tot en met %2, geëxporteerd op %3 door %4 met DuoCoach %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>Content SHA-256: %1</source>
        <translation>SHA-256 van de inhoud: %1</translation>
    </message>
    <message>
        <source>Accept a package signed by the key with this fingerprint (may be given more than once).</source>
        <translation>Een pakket aanvaarden dat is ondertekend met de sleutel met deze vingerafdruk (mag vaker worden gegeven).</translation>
    </message>
    <message>
        <source>Accept packages signed by the keys in this file (a fingerprint a line).</source>
        <translation>Pakketten aanvaarden die zijn ondertekend met de sleutels in dit bestand (een vingerafdruk per regel).</translation>
    </message>
    <message>
        <source>Accept an intact package made before packages were signed.</source>
        <translation>Een onveranderd pakket aanvaarden dat is gemaakt voordat pakketten werden ondertekend.</translation>
    </message>
    <message>
        <source>The package %1 is unsigned (format %2, made before packages were signed): its hashes match, but anyone with the file could have changed it and recomputed them. Give --allow-unsigned to accept it anyway.</source>
        <translation>Het pakket %1 is niet ondertekend (formaat %2, gemaakt voordat pakketten werden ondertekend): de hashes kloppen, maar wie het bestand had, kon het veranderen en ze opnieuw berekenen. Geef --allow-unsigned om het toch te aanvaarden.</translation>
    </message>
    <message>
        <source>The package %1 is intact, signed by an unknown key: %2. If you know this sender (compare the key with them), verify again with --trust &quot;%3&quot;.</source>
        <translation>Het pakket %1 is onveranderd, ondertekend met een onbekende sleutel: %2. Kent u deze afzender (vergelijk de sleutel met hem of haar), controleer dan opnieuw met --trust &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Signed by %1.</source>
        <translation>Ondertekend door %1.</translation>
    </message>
    <message>
        <source>Known sender: %1.</source>
        <translation>Bekende afzender: %1.</translation>
    </message>
    <message>
        <source>Unsigned: an older package (format %1).</source>
        <translation>Niet ondertekend: een ouder pakket (formaat %1).</translation>
    </message>
</context>
<context>
    <name>VisitActions</name>
    <message>
        <source>Visit Report…</source>
        <translation>Verslag…</translation>
    </message>
    <message>
        <source>Mark Done…</source>
        <translation>Afronden…</translation>
    </message>
    <message>
        <source>Cancel Visit…</source>
        <translation>Huisbezoek afzeggen…</translation>
    </message>
    <message>
        <source>No-show…</source>
        <translation>Niet aangetroffen…</translation>
    </message>
    <message>
        <source>Raise Safety Concern…</source>
        <translation>Veiligheidszorg melden…</translation>
    </message>
    <message>
        <source>Visit Report</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <source>Cancel Visit</source>
        <translation>Huisbezoek afzeggen</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Niet aangetroffen</translation>
    </message>
    <message>
        <source>Raise Safety Concern</source>
        <translation>Veiligheidszorg melden</translation>
    </message>
    <message>
        <source>Close Safety Concern</source>
        <translation>Veiligheidszorg afsluiten</translation>
    </message>
    <message>
        <source>New Follow-up Action</source>
        <translation>Nieuwe vervolgactie</translation>
    </message>
    <message>
        <source>%1 has no duo at the moment; a follow-up action belongs to one of the family&apos;s duo.</source>
        <translation>%1 heeft op dit moment geen duo; een vervolgactie hoort bij iemand uit het duo van het gezin.</translation>
    </message>
    <message>
        <source>Follow-up Action</source>
        <translation>Vervolgactie</translation>
    </message>
    <message>
        <source>Note for the Trusted Person</source>
        <translation>Notitie voor de vertrouwenspersoon</translation>
    </message>
    <message>
        <source>New Referral</source>
        <translation>Nieuwe verwijzing</translation>
    </message>
    <message>
        <source>%1 has no duo at the moment; a referral is sent by one of the family&apos;s duo.</source>
        <translation>%1 heeft op dit moment geen duo; een verwijzing wordt verstuurd door iemand uit het duo van het gezin.</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Verwijzing</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Nabespreking</translation>
    </message>
</context>
<context>
    <name>VisitFilterFields</name>
    <message>
        <source>All duos</source>
        <translation>Alle duo&apos;s</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Elke status</translation>
    </message>
    <message>
        <source>&amp;Duo:</source>
        <translation>&amp;Duo:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <comment>period: from one day to another, both included</comment>
        <translation>&amp;tot en met</translation>
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
    <message>
        <source>%1: a safety concern was raised on this visit.</source>
        <translation>%1: bij dit huisbezoek is een veiligheidszorg gemeld.</translation>
    </message>
</context>
<context>
    <name>VisitLogCsv</name>
    <message>
        <source>An export needs a first day and a last day after it.</source>
        <translation>Een export heeft een eerste dag nodig en een laatste dag daarna.</translation>
    </message>
    <message>
        <source>Could not read the visits from &quot;%1&quot;: %2</source>
        <translation>De huisbezoeken uit &quot;%1&quot; konden niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot; kon niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Duur (minuten)</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation>Casuscode</translation>
    </message>
    <message>
        <source>Duo</source>
        <translation>Duo</translation>
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
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Trusted person present</source>
        <translation>Vertrouwenspersoon aanwezig</translation>
    </message>
    <message>
        <source>Professional present</source>
        <translation>Professional aanwezig</translation>
    </message>
    <message>
        <source>Both present</source>
        <translation>Beiden aanwezig</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <source>Safety concerns</source>
        <translation>Veiligheidszorgen</translation>
    </message>
</context>
<context>
    <name>VisitLogFilterBar</name>
    <message>
        <source>&amp;My visits only</source>
        <translation>Alleen &amp;mijn huisbezoeken</translation>
    </message>
    <message>
        <source>Only the visits of your own duos.</source>
        <translation>Alleen de huisbezoeken van uw eigen duo&apos;s.</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>het begin</translation>
    </message>
    <message>
        <source>The log opens at today; a later day shows the visits planned.</source>
        <translation>Het logboek opent bij vandaag; een latere dag toont de geplande huisbezoeken.</translation>
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
    <message>
        <source>Mark Done…</source>
        <translation>Afronden…</translation>
    </message>
    <message>
        <source>Cancel Visit…</source>
        <translation>Huisbezoek afzeggen…</translation>
    </message>
    <message>
        <source>No-show…</source>
        <translation>Niet aangetroffen…</translation>
    </message>
    <message>
        <source>Visit Report…</source>
        <translation>Verslag…</translation>
    </message>
</context>
<context>
    <name>VisitNetworkBox</name>
    <message>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>Add Support…</source>
        <translation>Ondersteuning toevoegen…</translation>
    </message>
    <message>
        <source>Refer…</source>
        <translation>Verwijzen…</translation>
    </message>
    <message>
        <source>Saved at once, each as a step of its own.</source>
        <translation>Wordt meteen opgeslagen, elk als eigen stap.</translation>
    </message>
</context>
<context>
    <name>VisitPlanner</name>
    <message>
        <source>%1, %2–%3</source>
        <comment>date, start time–end time</comment>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <source>%1 and %2 already have a visit to %3 on %4.</source>
        <translation>%1 en %2 hebben al een huisbezoek aan %3 op %4.</translation>
    </message>
    <message>
        <source>%1 already has a visit to %2 on %3.</source>
        <translation>%1 heeft al een huisbezoek aan %2 op %3.</translation>
    </message>
    <message>
        <source>%1 There is one more clash.</source>
        <translation>%1 Er is nog één overlap.</translation>
    </message>
    <message>
        <source>%1 There are %2 more clashes.</source>
        <translation>%1 Er zijn nog %2 overlappen.</translation>
    </message>
    <message>
        <source>%1 at %2 does not exist in the Netherlands: that night the clocks go forward an hour.</source>
        <translation>%1 om %2 bestaat niet in Nederland: die nacht gaat de klok een uur vooruit.</translation>
    </message>
    <message>
        <source>This duo is not assigned to the family on %1.</source>
        <translation>Dit duo is op %1 niet aan het gezin gekoppeld.</translation>
    </message>
    <message>
        <source>A series has between 2 and 104 visits.</source>
        <translation>Een reeks heeft tussen 2 en 104 huisbezoeken.</translation>
    </message>
    <message>
        <source>Visits of a series are between 1 and 365 days apart.</source>
        <translation>Huisbezoeken van een reeks liggen tussen 1 en 365 dagen uit elkaar.</translation>
    </message>
    <message>
        <source>Only a planned visit can be moved; the visit of %1 on %2 is %3.</source>
        <translation>Alleen een gepland huisbezoek kan worden verplaatst; het huisbezoek van %1 op %2 is %3.</translation>
    </message>
</context>
<context>
    <name>VisitReportDialog</name>
    <message>
        <source>Visit Report</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <source>Visit Report of %1</source>
        <translation>Verslag van %1</translation>
    </message>
    <message>
        <source>Mark Visit Done: %1</source>
        <translation>Huisbezoek afronden: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 · %2&lt;/b&gt;&lt;br&gt;%3, %4 · %5</source>
        <translation>&lt;b&gt;%1 · %2&lt;/b&gt;&lt;br&gt;%3, %4 · %5</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>Verslag opslaan</translation>
    </message>
    <message>
        <source>Mark Done</source>
        <translation>Afronden</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>member and role</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No household members are registered.</source>
        <translation>Er zijn geen gezinsleden vastgelegd.</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>e.g. translated the letter, explained the appointment</source>
        <translation>bijv. de brief vertaald, de afspraak uitgelegd</translation>
    </message>
    <message>
        <source>e.g. made a repayment plan, talked about bedtimes</source>
        <translation>bijv. een afbetalingsplan gemaakt, over bedtijden gepraat</translation>
    </message>
    <message>
        <source>What the trusted person did:</source>
        <translation>Wat de vertrouwenspersoon deed:</translation>
    </message>
    <message>
        <source>What the professional did:</source>
        <translation>Wat de professional deed:</translation>
    </message>
    <message>
        <source>Task split</source>
        <translation>Taakverdeling</translation>
    </message>
    <message>
        <source>Topics (life domains)</source>
        <translation>Onderwerpen (leefgebieden)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>life domain: goal</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The family has no goals yet.</source>
        <translation>Het gezin heeft nog geen doelen.</translation>
    </message>
    <message>
        <source>Goals worked on</source>
        <translation>Doelen waaraan is gewerkt</translation>
    </message>
    <message>
        <source>What happened, how the family is doing</source>
        <translation>Wat er gebeurde, hoe het met het gezin gaat</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Actiehouder</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Add Action</source>
        <translation>Actie toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>Vervolgacties</translation>
    </message>
    <message>
        <source>What the family told you in confidence</source>
        <translation>Wat het gezin je in vertrouwen vertelde</translation>
    </message>
    <message>
        <source>Only you can read this note. It is not shown to the professional and never leaves in an export.</source>
        <translation>Alleen jij kunt deze notitie lezen. De professional ziet haar niet en ze gaat nooit mee in een export.</translation>
    </message>
    <message>
        <source>Note for the trusted person only</source>
        <translation>Notitie alleen voor de vertrouwenspersoon</translation>
    </message>
    <message>
        <source>Raise a safety concern (meldcode)</source>
        <translation>Veiligheidszorg melden (meldcode)</translation>
    </message>
    <message>
        <source>What did you see or hear that worries you?</source>
        <translation>Wat heb je gezien of gehoord dat je zorgen baart?</translation>
    </message>
    <message>
        <source>%1 (trusted person)</source>
        <translation>%1 (vertrouwenspersoon)</translation>
    </message>
    <message>
        <source>%1 (professional)</source>
        <translation>%1 (professional)</translation>
    </message>
    <message>
        <source>What needs to be done</source>
        <translation>Wat er moet gebeuren</translation>
    </message>
    <message>
        <source>Follow-up action %1 needs a description, or remove it.</source>
        <translation>Vervolgactie %1 heeft een beschrijving nodig, of verwijder haar.</translation>
    </message>
    <message>
        <source>The follow-up action &quot;%1&quot; is due before the visit.</source>
        <translation>De vervolgactie &quot;%1&quot; moet klaar zijn vóór het huisbezoek.</translation>
    </message>
    <message>
        <source>Describe the safety concern, or untick &quot;Raise a safety concern&quot;.</source>
        <translation>Beschrijf de veiligheidszorg, of vink &quot;Veiligheidszorg melden&quot; uit.</translation>
    </message>
    <message>
        <source>Ask for a debrief after this heavy visit</source>
        <translation>Nabespreking vragen na dit zware bezoek</translation>
    </message>
    <message>
        <source>The coordinator sees the request and records that the debrief took place, never what was said.</source>
        <translation>De coördinator ziet het verzoek en legt vast dat de nabespreking plaatsvond, nooit wat er gezegd is.</translation>
    </message>
</context>
<context>
    <name>VisitReportStore</name>
    <message>
        <source>Only the report of a visit that took place can be corrected.</source>
        <translation>Alleen het verslag van een huisbezoek dat heeft plaatsgevonden, kan worden gecorrigeerd.</translation>
    </message>
    <message>
        <source>This visit is done already; correct its report instead.</source>
        <translation>Dit huisbezoek is al afgerond; corrigeer in plaats daarvan het verslag.</translation>
    </message>
    <message>
        <source>A visit report needs the name of who wrote it.</source>
        <translation>Een verslag heeft de naam nodig van wie het schreef.</translation>
    </message>
    <message>
        <source>Follow-up action %1 belongs to another visit.</source>
        <translation>Vervolgactie %1 hoort bij een ander huisbezoek.</translation>
    </message>
    <message>
        <source>There is no visit with number %1.</source>
        <translation>Er is geen huisbezoek met nummer %1.</translation>
    </message>
    <message>
        <source>A person present at the visit is not a member of the family.</source>
        <translation>Iemand die bij het huisbezoek aanwezig was, hoort niet bij het gezin.</translation>
    </message>
    <message>
        <source>A goal worked on at the visit is not a goal of the family.</source>
        <translation>Een doel waaraan bij het huisbezoek is gewerkt, is geen doel van het gezin.</translation>
    </message>
    <message>
        <source>This visit took place and has its report; it cannot be cancelled or marked as a no-show.</source>
        <translation>Dit huisbezoek heeft plaatsgevonden en heeft een verslag; het kan niet worden afgezegd of als niet aangetroffen worden vastgelegd.</translation>
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
    <message>
        <source>The visit of %1 on %2 is no longer planned; a visit that took place or was called off is kept.</source>
        <translation>Het huisbezoek van %1 op %2 is niet meer gepland; een huisbezoek dat heeft plaatsgevonden of niet doorging, blijft bewaard.</translation>
    </message>
    <message>
        <source>The visit of %1 on %2 has a report or a safety concern and is kept.</source>
        <translation>Het huisbezoek van %1 op %2 heeft een verslag of een veiligheidszorg en blijft bewaard.</translation>
    </message>
    <message>
        <source>Visits of a series are between 1 and 365 days apart.</source>
        <translation>Huisbezoeken van een reeks liggen tussen 1 en 365 dagen uit elkaar.</translation>
    </message>
    <message>
        <source>A series has between 2 and 104 visits.</source>
        <translation>Een reeks heeft tussen 2 en 104 huisbezoeken.</translation>
    </message>
    <message>
        <source>There is no series of visits with number %1.</source>
        <translation>Er is geen reeks huisbezoeken met nummer %1.</translation>
    </message>
    <message>
        <source>The series still has visits; only an empty series is removed.</source>
        <translation>De reeks heeft nog huisbezoeken; alleen een lege reeks wordt verwijderd.</translation>
    </message>
</context>
<context>
    <name>VisitsPerMonthChart</name>
    <message>
        <source>Home visits per month</source>
        <translation>Huisbezoeken per maand</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Huisbezoeken</translation>
    </message>
    <message>
        <source>C&amp;hart of:</source>
        <translation>&amp;Grafiek van:</translation>
    </message>
    <message>
        <source>All duos together</source>
        <translation>Alle duo&apos;s samen</translation>
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
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
</context>
<context>
    <name>WaitingListModel</name>
    <message>
        <source>Referred on %1, waiting since then for a duo.</source>
        <translation>Aangemeld op %1, wacht sindsdien op een duo.</translation>
    </message>
    <message>
        <source>The family&apos;s wish about the trusted person&apos;s gender</source>
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
    <message>
        <source>&amp;Assign Duo…</source>
        <translation>Duo &amp;koppelen…</translation>
    </message>
    <message>
        <source>Choose a duo for the selected family, ranked by language, district, wishes and caseload</source>
        <translation>Kies een duo voor het geselecteerde gezin, gerangschikt op taal, wijk, wensen en caseload</translation>
    </message>
    <message>
        <source>Assign Duo…</source>
        <translation>Duo koppelen…</translation>
    </message>
    <message>
        <source>Open Family</source>
        <translation>Gezin openen</translation>
    </message>
</context>
<context>
    <name>WeekPlannerPage</name>
    <message>
        <source>%1–%2</source>
        <comment>first and last day of a week in one month</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>first and last day of a week</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Previous Week</source>
        <translation>Vorige week</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Vorige week</translation>
    </message>
    <message>
        <source>Next Week</source>
        <translation>Volgende week</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Volgende week</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>The week of today</source>
        <translation>De week van vandaag</translation>
    </message>
    <message>
        <source>Plan Visit…</source>
        <translation>Huisbezoek plannen…</translation>
    </message>
    <message>
        <source>Plan a visit; or double-click an empty slot in the week</source>
        <translation>Een huisbezoek plannen; of dubbelklik op een leeg vak in de week</translation>
    </message>
    <message>
        <source>&amp;Week of:</source>
        <translation>&amp;Week van:</translation>
    </message>
    <message>
        <source>Double-click an empty slot to plan a visit; drag a planned visit to move it; double-click a visit to open it.</source>
        <translation>Dubbelklik op een leeg vak om een huisbezoek te plannen; sleep een gepland huisbezoek om het te verplaatsen; dubbelklik op een huisbezoek om het te openen.</translation>
    </message>
    <message>
        <source>Duos</source>
        <translation>Duo&apos;s</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>worker name (role)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · week %2</source>
        <translation>%1 · week %2</translation>
    </message>
    <message>
        <source>Plan Visit</source>
        <translation>Huisbezoek plannen</translation>
    </message>
    <message>
        <source>%1 works in no duo on %2.</source>
        <translation>%1 zit op %2 in geen enkel duo.</translation>
    </message>
    <message>
        <source>Move Visit</source>
        <translation>Huisbezoek verplaatsen</translation>
    </message>
    <message>
        <source>Only a planned visit can be moved; this one is %1.</source>
        <translation>Alleen een gepland huisbezoek kan worden verplaatst; dit is %1.</translation>
    </message>
    <message>
        <source>This visit is one of a series. Move only this visit, or this one and every later planned visit of the series by the same amount?</source>
        <translation>Dit huisbezoek hoort bij een reeks. Alleen dit huisbezoek verplaatsen, of dit en elk later gepland huisbezoek van de reeks evenveel?</translation>
    </message>
    <message>
        <source>Only This Visit</source>
        <translation>Alleen dit huisbezoek</translation>
    </message>
    <message>
        <source>All Following</source>
        <translation>Alle volgende</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>At the new time this clashes with what the duo already has:</source>
        <translation>Op de nieuwe tijd overlapt dit met wat het duo al heeft:</translation>
    </message>
    <message>
        <source>Move Anyway</source>
        <translation>Toch verplaatsen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Plan Visit at %1…</source>
        <translation>Huisbezoek plannen om %1…</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>Verplaatsen…</translation>
    </message>
    <message>
        <source>Open Family</source>
        <translation>Gezin openen</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>%1 · %2
%3, %4–%5 · %6
Duo: %7</source>
        <translation>%1 · %2
%3, %4–%5 · %6
Duo: %7</translation>
    </message>
    <message>
        <source>Part of a series of visits</source>
        <translation>Onderdeel van een reeks huisbezoeken</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>start–end time</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Overlaps another visit: planned despite the clash</source>
        <translation>Overlapt met een ander bezoek: gepland ondanks de botsing</translation>
    </message>
    <message>
        <source>Overlaps another visit</source>
        <translation>Overlapt met een ander bezoek</translation>
    </message>
</context>
<context>
    <name>WithdrawConsentCommand</name>
    <message>
        <source>Withdraw consent for %1</source>
        <translation>Toestemming voor %1 intrekken</translation>
    </message>
    <message>
        <source>the consent for %1</source>
        <translation>de toestemming voor %1</translation>
    </message>
</context>
<context>
    <name>WithdrawConsentDialog</name>
    <message>
        <source>Withdraw Consent</source>
        <translation>Toestemming intrekken</translation>
    </message>
    <message>
        <source>Consent for &lt;b&gt;%1&lt;/b&gt;, given by %2 on %3.</source>
        <translation>Toestemming voor &lt;b&gt;%1&lt;/b&gt;, gegeven door %2 op %3.</translation>
    </message>
    <message>
        <source>Withdrawn on:</source>
        <translation>Ingetrokken op:</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Intrekken</translation>
    </message>
    <message>
        <source>Choose a day from %1 to today.</source>
        <translation>Kies een dag van %1 tot en met vandaag.</translation>
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
    <message>
        <source>Training…</source>
        <translation>Scholing…</translation>
    </message>
    <message>
        <source>Record a course the selected worker followed</source>
        <translation>Een cursus vastleggen die de gekozen medewerker volgde</translation>
    </message>
    <message>
        <source>Meeting…</source>
        <translation>Bijeenkomst…</translation>
    </message>
    <message>
        <source>Record a network meeting of trusted persons, or the organisations&apos; interim meeting, with who was there</source>
        <translation>Een netwerkbijeenkomst van vertrouwenspersonen of het tussenoverleg van de organisaties vastleggen, met wie er waren</translation>
    </message>
    <message>
        <source>Record Training</source>
        <translation>Scholing vastleggen</translation>
    </message>
</context>
<context>
    <name>WorkerCare</name>
    <message>
        <source>Name the course.</source>
        <translation>Vul de naam van de cursus in.</translation>
    </message>
    <message>
        <source>The course &quot;%1&quot; needs the day it started.</source>
        <translation>Vul de begindatum van de cursus &quot;%1&quot; in.</translation>
    </message>
    <message>
        <source>The course &quot;%1&quot; ends on %2, before it starts on %3.</source>
        <translation>De cursus &quot;%1&quot; eindigt op %2, vóór de begindatum %3.</translation>
    </message>
    <message>
        <source>The course &quot;%1&quot; was completed: give the day it ended.</source>
        <translation>De cursus &quot;%1&quot; is afgerond: vul de einddatum in.</translation>
    </message>
    <message>
        <source>The course &quot;%1&quot; cannot be completed on %2, a day still to come.</source>
        <translation>De cursus &quot;%1&quot; kan niet afgerond zijn op %2, een dag die nog moet komen.</translation>
    </message>
    <message>
        <source>A certificate of &quot;%1&quot; needs the course completed.</source>
        <translation>Een certificaat van &quot;%1&quot; kan alleen bij een afgeronde cursus.</translation>
    </message>
    <message>
        <source>The certificate of &quot;%1&quot; is dated %2, outside the course and today.</source>
        <translation>Het certificaat van &quot;%1&quot; staat op %2, buiten de cursus en vandaag.</translation>
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
    <message>
        <source>New Organisation…</source>
        <translation>Nieuwe organisatie…</translation>
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
    <message>
        <source>The import from %1 was cancelled; nothing was imported.</source>
        <translation>De import uit %1 is geannuleerd; er is niets geïmporteerd.</translation>
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
        <translation>Duo&apos;s</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
</context>
<context>
    <name>WorkingAsDialog</name>
    <message>
        <source>Working As</source>
        <translation>Werken als</translation>
    </message>
    <message>
        <source>Who is working with DuoCoach? Your choice decides what &quot;Today&quot; and &quot;My week&quot; show and is recorded with what you write.</source>
        <translation>Wie werkt er met DuoCoach? Je keuze bepaalt wat &quot;Vandaag&quot; en &quot;Mijn week&quot; tonen en wordt vastgelegd bij wat je schrijft.</translation>
    </message>
    <message>
        <source>&amp;Duo coach:</source>
        <translation>&amp;Duocoach:</translation>
    </message>
    <message>
        <source>&amp;Coordinator</source>
        <translation>&amp;Coördinator</translation>
    </message>
    <message>
        <source>&amp;Supervisor</source>
        <translation>&amp;Supervisor</translation>
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
        <translation>Medewerkers en duo&apos;s</translation>
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
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>My week</source>
        <translation>Mijn week</translation>
    </message>
</context>
<context>
    <name>ZrmLevels</name>
    <message>
        <source>Growing, complex debts.</source>
        <translation>Groeiende, complexe schulden.</translation>
    </message>
    <message>
        <source>No disposable income, or debts growing through impulsive or unsuitable spending.</source>
        <translation>Geen vrij besteedbaar inkomen, of groeiende schulden door spontaan of ongepast uitgeven.</translation>
    </message>
    <message>
        <source>Has disposable income; any debts are stable or under management (e.g. debt counselling).</source>
        <translation>Vrij besteedbaar inkomen; eventuele schulden zijn stabiel of onder beheer (bijv. schuldhulpverlening).</translation>
    </message>
    <message>
        <source>Has disposable income and spends sensibly; any debts are going down.</source>
        <translation>Vrij besteedbaar inkomen en gepast uitgeven; eventuele schulden nemen af.</translation>
    </message>
    <message>
        <source>Has disposable income and money left at the end of the month; no debts.</source>
        <translation>Vrij besteedbaar inkomen; aan het eind van de maand is er geld over; geen schulden.</translation>
    </message>
    <message>
        <source>No school, work or path towards them, or work without proper protection or insurance; not looking.</source>
        <translation>Geen (traject naar) opleiding of werk, of werk zonder adequate toerusting of verzekering; geen zoekactiviteiten.</translation>
    </message>
    <message>
        <source>No school or work but looking; or enrolled only on paper, often absent, or about to drop out or be fired.</source>
        <translation>Geen opleiding of werk, wel zoekactiviteiten; of ‘papieren’ opleiding, veel schoolverzuim, dreigend ontslag of dreigende uitval.</translation>
    </message>
    <message>
        <source>In school but falling behind, or often absent from school or work, or on a path towards school or work.</source>
        <translation>Volgt opleiding maar loopt achter, of geregeld verzuim van opleiding of werk, of volgt traject naar opleiding of werk.</translation>
    </message>
    <message>
        <source>On track at school, or basic qualification plus temporary job or path to work; rarely absent without reason.</source>
        <translation>Op schema met opleiding, of startkwalificatie met tijdelijke baan of traject naar werk; zelden ongeoorloofd verzuim.</translation>
    </message>
    <message>
        <source>Doing very well at school, or basic qualification and a permanent job; never absent without reason.</source>
        <translation>Presteert zeer goed in opleiding, of startkwalificatie met vaste baan; geen ongeoorloofd verzuim.</translation>
    </message>
    <message>
        <source>No pleasant or useful activities, or no structure in the day; irregular day-night rhythm.</source>
        <translation>Geen plezierige of nuttige activiteiten, of geen structuur in de dag; onregelmatig dag-nachtritme.</translation>
    </message>
    <message>
        <source>Hardly any pleasant or useful activities or structure in the day; disturbed day-night rhythm.</source>
        <translation>Nauwelijks plezierige of nuttige activiteiten, nauwelijks structuur in de dag; afwijkend dag-nachtritme.</translation>
    </message>
    <message>
        <source>Too few pleasant or useful activities, but enough structure; day-night rhythm somewhat disturbed.</source>
        <translation>Onvoldoende plezierige of nuttige activiteiten, maar voldoende structuur in de dag; enige afwijkingen in het dag-nachtritme.</translation>
    </message>
    <message>
        <source>Enough pleasant or useful activities; day-night rhythm does not harm daily functioning.</source>
        <translation>Voldoende plezierige of nuttige activiteiten; dag-nachtritme heeft geen negatieve invloed op het dagelijks functioneren.</translation>
    </message>
    <message>
        <source>Time mostly filled with pleasant or useful activities; healthy day-night rhythm.</source>
        <translation>Tijd is overwegend gevuld met plezierige of nuttige activiteiten; gezond dag-nachtritme.</translation>
    </message>
    <message>
        <source>Homeless or in crisis shelter.</source>
        <translation>Dakloos of in crisisopvang.</translation>
    </message>
    <message>
        <source>Housing unfit to live in, or threatened with eviction.</source>
        <translation>Voor wonen ongeschikte huisvesting, of dreigende huisuitzetting.</translation>
    </message>
    <message>
        <source>Safe, stable housing but only just adequate, or living in an institution (not independent).</source>
        <translation>Veilige, stabiele huisvesting, maar slechts marginaal toereikend; of niet-autonome huisvesting (instelling).</translation>
    </message>
    <message>
        <source>Safe, stable and adequate housing; partly independent (supported living).</source>
        <translation>Veilige, stabiele en toereikende huisvesting; gedeeltelijk autonoom (begeleid wonen).</translation>
    </message>
    <message>
        <source>Safe, stable and adequate housing; lives independently (a young person: with parents or carers).</source>
        <translation>Veilige, stabiele en toereikende huisvesting; woont zelfstandig (een jongere: bij ouders of verzorgers).</translation>
    </message>
    <message>
        <source>Domestic violence, child abuse, other abuse or neglect.</source>
        <translation>Geweld in huiselijke kring, kindermishandeling, misbruik of verwaarlozing.</translation>
    </message>
    <message>
        <source>Relationship problems within the household, or a threat of domestic violence, abuse or neglect.</source>
        <translation>Relationele problemen binnen het huishouden, of dreigend huiselijk geweld, misbruik of verwaarlozing.</translation>
    </message>
    <message>
        <source>Tension in relationships within the household; tries to change own negative behaviour.</source>
        <translation>Spanningen in relaties binnen het huishouden; probeert eigen negatief relationeel gedrag te veranderen.</translation>
    </message>
    <message>
        <source>No (longer any) relationship problems or tension in the household.</source>
        <translation>Relationele problemen of spanningen binnen het huishouden zijn niet (meer) aanwezig.</translation>
    </message>
    <message>
        <source>Gives and gets support within the household; communication is consistently open.</source>
        <translation>Wordt gesteund en steunt binnen het huishouden; communicatie is consistent open.</translation>
    </message>
    <message>
        <source>Mental health emergency; a danger to self or others.</source>
        <translation>Geestelijke noodsituatie; een gevaar voor zichzelf of anderen.</translation>
    </message>
    <message>
        <source>(Chronic) mental disorder seriously limiting functioning, no danger to self or others; no treatment.</source>
        <translation>(Chronische) geestelijke aandoening die het functioneren ernstig beperkt, geen gevaar voor zichzelf of anderen; geen behandeling.</translation>
    </message>
    <message>
        <source>Mental disorder limiting functioning; poor treatment adherence, or limited despite good adherence.</source>
        <translation>Geestelijke aandoening die het functioneren beperkt; minimale behandeltrouw, of beperking ondanks goede behandeltrouw.</translation>
    </message>
    <message>
        <source>Mild strain as a normal reaction to stress; functioning barely limited; adheres to treatment or needs none.</source>
        <translation>Minimale tekenen van geestelijke onrust als voorspelbare reactie op stressoren; functioneren marginaal beperkt; goede behandeltrouw of geen behandeling nodig.</translation>
    </message>
    <message>
        <source>Mentally healthy; no more than everyday worries.</source>
        <translation>Geestelijk gezond; niet meer dan de dagelijkse beslommeringen en zorgen.</translation>
    </message>
    <message>
        <source>Emergency or critical situation; needs medical attention at once.</source>
        <translation>Noodgeval of kritieke situatie; direct medische aandacht nodig.</translation>
    </message>
    <message>
        <source>(Chronic) physical condition needing treatment, seriously limiting functioning; no treatment.</source>
        <translation>(Chronische) lichamelijke aandoening die behandeling vereist en het functioneren ernstig beperkt; geen behandeling.</translation>
    </message>
    <message>
        <source>Physical condition limiting functioning; poor treatment adherence, or limited despite good adherence.</source>
        <translation>Lichamelijke aandoening die het functioneren beperkt; minimale behandeltrouw, of beperking ondanks goede behandeltrouw.</translation>
    </message>
    <message>
        <source>Minor discomfort linked to daily activities; functioning barely limited; adheres to treatment or needs none.</source>
        <translation>Minimaal lichamelijk ongemak bij dagelijkse activiteiten; functioneren marginaal beperkt; goede behandeltrouw of geen behandeling nodig.</translation>
    </message>
    <message>
        <source>Physically healthy; healthy lifestyle (healthy food, enough exercise).</source>
        <translation>Lichamelijk gezond; gezonde leefstijl (gezonde voeding, voldoende bewegen).</translation>
    </message>
    <message>
        <source>Dependent on substances, gambling, gaming or the like; use causes or worsens problems needing treatment.</source>
        <translation>Afhankelijk van middelen, gokken, gamen e.d.; gebruik veroorzaakt of verergert problemen die behandeling vereisen.</translation>
    </message>
    <message>
        <source>Problematic use causing health problems or trouble at home, school or work; no treatment.</source>
        <translation>Problematisch gebruik met lichamelijke of geestelijke problemen, of problemen thuis, op school of op het werk; geen behandeling.</translation>
    </message>
    <message>
        <source>Uses substances without related problems; poor treatment adherence, or limited despite good adherence.</source>
        <translation>Gebruik van middelen zonder daaraan gerelateerde problemen; minimale behandeltrouw, of beperking ondanks goede behandeltrouw.</translation>
    </message>
    <message>
        <source>No use despite strong urges, or addictive medication without other use; adheres to treatment or needs none.</source>
        <translation>Geen gebruik ondanks sterke drang, of behandeling met verslavende middelen zonder bijgebruik; goede behandeltrouw of geen behandeling nodig.</translation>
    </message>
    <message>
        <source>No substance use and no strong urge to use.</source>
        <translation>Geen middelengebruik en geen sterke drang tot gebruik.</translation>
    </message>
    <message>
        <source>Several daily tasks not done: squalid home, wrong medication, no paperwork or food poisoning.</source>
        <translation>Meerdere dagelijkse taken worden niet uitgevoerd: woningvervuiling, onder- of overmedicatie, geen administratie of voedselvergiftiging.</translation>
    </message>
    <message>
        <source>One daily task (housework, shopping, medication, paperwork) not done, or several only partly.</source>
        <translation>Eén dagelijkse taak (huishouden, boodschappen, medicatie, administratie) wordt niet uitgevoerd, of meerdere beperkt.</translation>
    </message>
    <message>
        <source>All daily tasks are done, but one only partly.</source>
        <translation>Alle dagelijkse taken worden uitgevoerd, maar een enkele taak beperkt.</translation>
    </message>
    <message>
        <source>Daily tasks done in full, with help from outside the household or an aid.</source>
        <translation>Geen beperkingen in de uitvoering van de dagelijkse taken; krijgt hulp van buiten het huishouden of gebruikt een hulpmiddel.</translation>
    </message>
    <message>
        <source>Daily tasks done in full, without help from outside the household or aids.</source>
        <translation>Geen beperkingen in de uitvoering van de dagelijkse taken; geen hulp van buiten het huishouden en geen hulpmiddelen.</translation>
    </message>
    <message>
        <source>Severe social isolation; no supportive contact with family, friends or other people.</source>
        <translation>Ernstig sociaal isolement; geen steunend contact met familie, vrienden of anderen.</translation>
    </message>
    <message>
        <source>Hardly any supportive contact with family or friends; much contact that holds them back.</source>
        <translation>Nauwelijks steunend contact met familie of vrienden; veel belemmerend contact.</translation>
    </message>
    <message>
        <source>Some supportive contact with family or friends; little contact that holds them back.</source>
        <translation>Enig steunend contact met familie of vrienden; weinig belemmerend contact.</translation>
    </message>
    <message>
        <source>Enough supportive contact with family or friends; hardly any contact that holds them back.</source>
        <translation>Voldoende steunend contact met familie of vrienden; nauwelijks belemmerend contact.</translation>
    </message>
    <message>
        <source>Healthy network: much supportive contact with family and friends, none that holds them back.</source>
        <translation>Gezond sociaal netwerk: veel steunend contact met familie en vrienden, geen belemmerend contact.</translation>
    </message>
    <message>
        <source>Not applicable because of a crisis or survival mode, or causes serious nuisance.</source>
        <translation>Niet van toepassing door crisissituatie of ‘overlevingsmodus’, of veroorzaakt ernstige overlast.</translation>
    </message>
    <message>
        <source>No participation in society, or causes nuisance.</source>
        <translation>Geen maatschappelijke participatie, of veroorzaakt overlast.</translation>
    </message>
    <message>
        <source>Hardly takes part in society; practical, financial or social barriers to taking part more.</source>
        <translation>Nauwelijks participerend in de maatschappij; logistieke, financiële of sociaal-maatschappelijke hindernissen om meer te participeren.</translation>
    </message>
    <message>
        <source>Some participation (joining in); a personal barrier (motivation) to taking part more.</source>
        <translation>Enige maatschappelijke participatie (meedoen); persoonlijke hindernis (motivatie) om meer te participeren.</translation>
    </message>
    <message>
        <source>Takes an active part in society (contributing).</source>
        <translation>Actief participerend in de maatschappij (bijdragen).</translation>
    </message>
    <message>
        <source>Very frequent (monthly) contact with the police, or open cases with the justice system.</source>
        <translation>Zeer regelmatig (maandelijks) contact met de politie, of openstaande zaken bij justitie.</translation>
    </message>
    <message>
        <source>Regular (several times a year) contact with the police, or ongoing court cases.</source>
        <translation>Regelmatig (meerdere keren per jaar) contact met de politie, of lopende zaken bij justitie.</translation>
    </message>
    <message>
        <source>Occasional (about yearly) contact with the police, or a suspended sentence or conditional release.</source>
        <translation>Incidenteel (eens per jaar) contact met de politie, of voorwaardelijke straf of voorwaardelijke invrijheidstelling.</translation>
    </message>
    <message>
        <source>Rare (less than yearly) contact with the police, or a criminal record.</source>
        <translation>Zelden (minder dan eens per jaar) contact met de politie, of een strafblad.</translation>
    </message>
    <message>
        <source>No contact with the police and no criminal record.</source>
        <translation>Geen contact met de politie en geen strafblad.</translation>
    </message>
    <message>
        <source>A basic self-care task (eating, washing, dressing, toilet) not done; starving, dehydrated or soiled.</source>
        <translation>Een onderdeel van de zelfzorg (eten, wassen, aankleden, toiletgang) wordt niet uitgevoerd; verhongering, uitdroging, bevuiling of vervuiling.</translation>
    </message>
    <message>
        <source>Several basic self-care tasks are done only partly.</source>
        <translation>Meerdere onderdelen van de zelfzorg worden beperkt uitgevoerd.</translation>
    </message>
    <message>
        <source>All basic self-care tasks are done, but one only partly.</source>
        <translation>Alle onderdelen van de zelfzorg worden uitgevoerd, maar een enkel onderdeel beperkt.</translation>
    </message>
    <message>
        <source>Basic self-care done in full, with help or with an aid.</source>
        <translation>Geen beperkingen in de zelfzorg; krijgt hulp of gebruikt een hulpmiddel.</translation>
    </message>
    <message>
        <source>Basic self-care such as eating, washing and dressing done in full, without help or aids.</source>
        <translation>Geen beperkingen in de zelfzorg, zoals eten, wassen en aankleden; geen hulp of hulpmiddelen.</translation>
    </message>
</context>
</TS>
