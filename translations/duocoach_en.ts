<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AccessLogDialog</name>
    <message numerus="yes">
        <source>%n entry(ies).</source>
        <translation>
            <numerusform>%n entry.</numerusform>
            <numerusform>%n entries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message numerus="yes">
        <source>%n visit(s) written to %1.</source>
        <translation>
            <numerusform>%n visit written to %1.</numerusform>
            <numerusform>%n visits written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message numerus="yes">
        <source>The database %1 is damaged: %2 (problems found: %n).</source>
        <translation>
            <numerusform>The database %1 is damaged: %2 (problems found: %n).</numerusform>
            <numerusform>The database %1 is damaged: %2 (problems found: %n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its access log is intact up to entry %1 (%n entries chained).</source>
        <translation>
            <numerusform>Its access log is intact up to entry %1 (%n entry chained).</numerusform>
            <numerusform>Its access log is intact up to entry %1 (%n entries chained).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n newer entries are not chained yet; the next change chains them.</source>
        <translation>
            <numerusform>%n newer entry is not chained yet; the next change chains it.</numerusform>
            <numerusform>%n newer entries are not chained yet; the next change chains them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CopyCommand</name>
    <message numerus="yes">
        <source>Copied %1 to %2: %n row(s), the access log included.</source>
        <translation>
            <numerusform>Copied %1 to %2: %n row, the access log included.</numerusform>
            <numerusform>Copied %1 to %2: %n rows, the access log included.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DueForRemovalDialog</name>
    <message numerus="yes">
        <source>Files closed from now on are kept for %n year(s).</source>
        <translation>
            <numerusform>Files closed from now on are kept for %n year.</numerusform>
            <numerusform>Files closed from now on are kept for %n years.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmergencyAccessDialog</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmergencyAccessList</name>
    <message numerus="yes">
        <source>&lt;b&gt;Emergency access&lt;/b&gt; in the last %n day(s): families read by someone outside their own duo</source>
        <translation>
            <numerusform>&lt;b&gt;Emergency access&lt;/b&gt; in the last day: families read by someone outside their own duo</numerusform>
            <numerusform>&lt;b&gt;Emergency access&lt;/b&gt; in the last %n days: families read by someone outside their own duo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message numerus="yes">
        <source>%n visit(s) written to %1.</source>
        <translation>
            <numerusform>%n visit written to %1.</numerusform>
            <numerusform>%n visits written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out for lack of consent to a supervision export: %n family/families.</source>
        <translation>
            <numerusform>Left out for lack of consent to a supervision export: %n family.</numerusform>
            <numerusform>Left out for lack of consent to a supervision export: %n families.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Report on %n visit(s) written to %1.</source>
        <translation>
            <numerusform>Report on %n visit written to %1.</numerusform>
            <numerusform>Report on %n visits written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedbackImportFlow</name>
    <message numerus="yes">
        <source>The feedback on %1 (%2 to %3) is with the duos now, on their Today page and with their visits: %n note(s).</source>
        <translation>
            <numerusform>The feedback on %1 (%2 to %3) is with the duos now, on their Today page and with their visits: %n note.</numerusform>
            <numerusform>The feedback on %1 (%2 to %3) is with the duos now, on their Today page and with their visits: %n notes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) about visits or duos no longer in this database were left out.</source>
        <translation>
            <numerusform>%n note about a visit or duo no longer in this database was left out.</numerusform>
            <numerusform>%n notes about visits or duos no longer in this database were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Supervision feedback imported: %n note(s).</source>
        <translation>
            <numerusform>Supervision feedback imported: %n note.</numerusform>
            <numerusform>Supervision feedback imported: %n notes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Matcher</name>
    <message numerus="yes">
        <source>%1: caseload full (%2 of %n)</source>
        <translation>
            <numerusform>%1: caseload full (%2 of %n)</numerusform>
            <numerusform>%1: caseload full (%2 of %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n places free</source>
        <translation>
            <numerusform>%1: %2 of %n places free</numerusform>
            <numerusform>%1: %2 of %n places free</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanSeriesCommand</name>
    <message numerus="yes">
        <source>Plan %n visit(s) to %1</source>
        <translation>
            <numerusform>Plan %n visit to %1</numerusform>
            <numerusform>Plan %n visits to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReferralsPanel</name>
    <message numerus="yes">
        <source>No answer after %n day(s)</source>
        <translation>
            <numerusform>No answer after %n day</numerusform>
            <numerusform>No answer after %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Referrals (%n without an answer)</source>
        <translation>
            <numerusform>Referrals (%n without an answer)</numerusform>
            <numerusform>Referrals (%n without an answer)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message numerus="yes">
        <source>DuoCoach makes a backup of &quot;%1&quot; when it opens it (one a day while nothing changes) and keeps the last %n. Restoring one puts the database back as it was then; the database as it is now is kept as a backup too, so a restore can be undone.</source>
        <translation>
            <numerusform>DuoCoach makes a backup of &quot;%1&quot; when it opens it (one a day while nothing changes) and keeps the last %n. Restoring one puts the database back as it was then; the database as it is now is kept as a backup too, so a restore can be undone.</numerusform>
            <numerusform>DuoCoach makes a backup of &quot;%1&quot; when it opens it (one a day while nothing changes) and keeps the last %n. Restoring one puts the database back as it was then; the database as it is now is kept as a backup too, so a restore can be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewFilterBar</name>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n visit(s)</source>
        <translation>
            <numerusform>%1 of %n visit</numerusform>
            <numerusform>%1 of %n visits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewReport</name>
    <message numerus="yes">
        <source>%n more family(ies) visited more recently.</source>
        <translation>
            <numerusform>%n more family visited more recently.</numerusform>
            <numerusform>%n more families visited more recently.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupervisionExportDialog</name>
    <message numerus="yes">
        <source>optional; at least %n characters</source>
        <translation>
            <numerusform>optional; at least %n character</numerusform>
            <numerusform>optional; at least %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>A passphrase needs at least %n character.</numerusform>
            <numerusform>A passphrase needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) of %1 written to %2.</source>
        <translation>
            <numerusform>%n visit of %1 written to %2.</numerusform>
            <numerusform>%n visits of %1 written to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n family(ies)</source>
        <translation>
            <numerusform>%n family</numerusform>
            <numerusform>%n families</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n family(ies) with visits in the period left out: no consent to share their file.</source>
        <translation>
            <numerusform>%n family with visits in the period left out: no consent to share their file.</numerusform>
            <numerusform>%n families with visits in the period left out: no consent to share their file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupervisionFeedbackList</name>
    <message numerus="yes">
        <source>&lt;b&gt;Feedback from supervision&lt;/b&gt; in the last %n day(s): %1</source>
        <translation>
            <numerusform>&lt;b&gt;Feedback from supervision&lt;/b&gt; in the last %n day: %1</numerusform>
            <numerusform>&lt;b&gt;Feedback from supervision&lt;/b&gt; in the last %n days: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupervisionPackage</name>
    <message numerus="yes">
        <source>%n byte(s) were added after the end of the package.</source>
        <translation>
            <numerusform>%n byte was added after the end of the package.</numerusform>
            <numerusform>%n bytes were added after the end of the package.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The package is cut off (%n byte(s) of its last page are missing).</source>
        <translation>
            <numerusform>The package is cut off (%n byte of its last page is missing).</numerusform>
            <numerusform>The package is cut off (%n bytes of its last page are missing).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message numerus="yes">
        <source>No answer %n day(s) after it was sent: ask the partner how it stands.</source>
        <translation>
            <numerusform>No answer %n day after it was sent: ask the partner how it stands.</numerusform>
            <numerusform>No answer %n days after it was sent: ask the partner how it stands.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Referrals without an answer after %n day(s): %1</source>
        <translation>
            <numerusform>Referrals without an answer after %n day: %1</numerusform>
            <numerusform>Referrals without an answer after %n days: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>· %n done today</source>
        <translation>
            <numerusform>· %n done today</numerusform>
            <numerusform>· %n done today</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message numerus="yes">
        <source>%n visit(s) from %1 to %2, exported on %3 by %4 with DuoCoach %5.</source>
        <translation>
            <numerusform>%n visit from %1 to %2, exported on %3 by %4 with DuoCoach %5.</numerusform>
            <numerusform>%n visits from %1 to %2, exported on %3 by %4 with DuoCoach %5.</numerusform>
        </translation>
    </message>
</context>
</TS>
