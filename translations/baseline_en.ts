<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <source>%n completed interview(s), this agency and the units below it.</source>
        <translation>
            <numerusform>%n completed interview, this agency and the units below it.</numerusform>
            <numerusform>%n completed interviews, this agency and the units below it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a design weight.</source>
        <translation>
            <numerusform>%n with a design weight.</numerusform>
            <numerusform>%n with a design weight.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Priority %1 · %n piece(s) of evidence</source>
        <translation>
            <numerusform>Priority %1 · %n piece of evidence</numerusform>
            <numerusform>Priority %1 · %n pieces of evidence</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message numerus="yes">
        <source>%1 · %2 · %n answer(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n answer</numerusform>
            <numerusform>%1 · %2 · %n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) match</source>
        <translation>
            <numerusform>%n interview matches</numerusform>
            <numerusform>%n interviews match</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message numerus="yes">
        <source>%n item(s) still need attention:</source>
        <translation>
            <numerusform>%n item still needs attention:</numerusform>
            <numerusform>%n items still need attention:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RosterView</name>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baseline::SyncController</name>
    <message numerus="yes">
        <source>Wrote %n interview(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n interview to %1.</numerusform>
            <numerusform>Wrote %n interviews to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n package(s) imported.</source>
        <translation>
            <numerusform>The package was imported.</numerusform>
            <numerusform>All %n packages imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) refused; nothing from them was applied.</source>
        <translation>
            <numerusform>%n package refused; nothing from it was applied.</numerusform>
            <numerusform>%n packages refused; nothing from them was applied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n receipt(s). Give each assessor theirs.</source>
        <translation>
            <numerusform>Wrote %n receipt. Give each assessor theirs.</numerusform>
            <numerusform>Wrote %n receipts. Give each assessor theirs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed the answers of %n delivered interview(s) from this device.</source>
        <translation>
            <numerusform>Removed the answers of %n delivered interview from this device.</numerusform>
            <numerusform>Removed the answers of %n delivered interviews from this device.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baseline::WorkspaceController</name>
    <message numerus="yes">
        <source>Locked after %n minute(s) without use.</source>
        <translation>
            <numerusform>Locked after %n minute without use.</numerusform>
            <numerusform>Locked after %n minutes without use.</numerusform>
        </translation>
    </message>
</context>
</TS>
