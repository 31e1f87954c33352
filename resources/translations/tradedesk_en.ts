<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CancelController</name>
    <message numerus="yes">
        <source>%1 of %n cancelled</source>
        <translation>
            <numerusform>%1 of %n cancelled</numerusform>
            <numerusform>%1 of %n cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already filled or closed: %1</source>
        <translation>
            <numerusform>%n already filled or closed: %1</numerusform>
            <numerusform>%n already filled or closed: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not cancelled, still open: %1</source>
        <translation>
            <numerusform>%n not cancelled, still open: %1</numerusform>
            <numerusform>%n not cancelled, still open: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not confirmed, may still be open: %1</source>
        <translation>
            <numerusform>%n not confirmed, may still be open: %1</numerusform>
            <numerusform>%n not confirmed, may still be open: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent (another account&apos;s order): %1</source>
        <translation>
            <numerusform>%n not sent (another account&apos;s order): %1</numerusform>
            <numerusform>%n not sent (another account&apos;s orders): %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CancelPreviewDialog</name>
    <message numerus="yes">
        <source>%n buy order(s)</source>
        <translation>
            <numerusform>%n buy order</numerusform>
            <numerusform>%n buy orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sell order(s)</source>
        <translation>
            <numerusform>%n sell order</numerusform>
            <numerusform>%n sell orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n buy order(s) worth %1</source>
        <translation>
            <numerusform>%n buy order worth %1</numerusform>
            <numerusform>%n buy orders worth %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sell order(s) worth %1</source>
        <translation>
            <numerusform>%n sell order worth %1</numerusform>
            <numerusform>%n sell orders worth %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The value of %n of them is not known.</source>
        <translation>
            <numerusform>The value of one of them is not known.</numerusform>
            <numerusform>The value of %n of them is not known.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DepthView</name>
    <message numerus="yes">
        <source>▲ %n own order(s) above</source>
        <translation>
            <numerusform>▲ %n own order above</numerusform>
            <numerusform>▲ %n own orders above</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>▼ %n own order(s) below</source>
        <translation>
            <numerusform>▼ %n own order below</numerusform>
            <numerusform>▼ %n own orders below</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>▲ Market %Ln row(s) above · C centres</source>
        <translation>
            <numerusform>▲ Market %Ln row above · C centres</numerusform>
            <numerusform>▲ Market %Ln rows above · C centres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>▼ Market %Ln row(s) below · C centres</source>
        <translation>
            <numerusform>▼ Market %Ln row below · C centres</numerusform>
            <numerusform>▼ Market %Ln rows below · C centres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>▲ %n own</source>
        <translation>
            <numerusform>▲ %n own</numerusform>
            <numerusform>▲ %n own</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>▼ %n own</source>
        <translation>
            <numerusform>▼ %n own</numerusform>
            <numerusform>▼ %n own</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>▲ Market %Ln row(s) · C centres</source>
        <translation>
            <numerusform>▲ Market %Ln row · C centres</numerusform>
            <numerusform>▲ Market %Ln rows · C centres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>▼ Market %Ln row(s) · C centres</source>
        <translation>
            <numerusform>▼ Market %Ln row · C centres</numerusform>
            <numerusform>▼ Market %Ln rows · C centres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FillsView</name>
    <message numerus="yes">
        <source>%n fill(s) listed, newest first</source>
        <translation>
            <numerusform>%n fill listed, newest first</numerusform>
            <numerusform>%n fills listed, newest first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Order %1: %n fill(s), %2 at an average %3; fees %4</source>
        <translation>
            <numerusform>Order %1: %n fill, %2 at an average %3; fees %4</numerusform>
            <numerusform>Order %1: %n fills, %2 at an average %3; fees %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LadderTrader</name>
    <message numerus="yes">
        <source>Cancelling %n order(s) at %1…</source>
        <translation>
            <numerusform>Cancelling %n order at %1…</numerusform>
            <numerusform>Cancelling %n orders at %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled %n order(s) at %1.</source>
        <translation>
            <numerusform>Cancelled %n order at %1.</numerusform>
            <numerusform>Cancelled %n orders at %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n order(s) at %1?</source>
        <translation>
            <numerusform>Cancel %n order at %1?</numerusform>
            <numerusform>Cancel %n orders at %1?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
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
    <name>OrderNotifier</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orders are no longer listed and the exchange does not know them — check on the exchange: %1.</source>
        <translation>
            <numerusform>%n order is no longer listed and the exchange does not know it — check on the exchange: %1.</numerusform>
            <numerusform>%n orders are no longer listed and the exchange does not know them — check on the exchange: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message numerus="yes">
        <source>The fees of the %n fill(s) of this order read from the exchange (%1 of %2 filled).</source>
        <translation>
            <numerusform>The fees of the %n fill of this order read from the exchange (%1 of %2 filled).</numerusform>
            <numerusform>The fees of the %n fills of this order read from the exchange (%1 of %2 filled).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message numerus="yes">
        <source>%n item(s) could not be read and are not shown: %1</source>
        <translation>
            <numerusform>%n item could not be read and is not shown: %1</numerusform>
            <numerusform>%n items could not be read and are not shown: %1</numerusform>
        </translation>
    </message>
</context>
</TS>
