<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CancelController</name>
    <message numerus="yes">
        <source>%n order(s) cancelled.</source>
        <translation>
            <numerusform>%n order cancelled.</numerusform>
            <numerusform>%n orders cancelled.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n order(s) cancelled.</source>
        <translation>
            <numerusform>%n order cancelled.</numerusform>
            <numerusform>%n orders cancelled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be:</source>
        <translation>
            <numerusform>%n could not be:</numerusform>
            <numerusform>%n could not be:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n selected order(s)?</source>
        <translation>
            <numerusform>Cancel %n selected order?</numerusform>
            <numerusform>Cancel %n selected orders?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelling %n order(s)…</source>
        <translation>
            <numerusform>Cancelling %n order…</numerusform>
            <numerusform>Cancelling %n orders…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>%n order(s): </source>
        <translation>
            <numerusform>%n order: </numerusform>
            <numerusform>%n orders: </numerusform>
        </translation>
    </message>
</context>
</TS>
