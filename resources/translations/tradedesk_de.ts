<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActivityLogModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not authorised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable reply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiService</name>
    <message>
        <source>The exchange address is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange address must not carry a query, fragment or user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange address must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http is only allowed to this computer (loopback); use https:// for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange&apos;s reply could not be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exchange address is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key and private key are set; open Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed requests are paused: the exchange refused the credentials. Check the API key and private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange&apos;s reply was larger than %1 MiB and was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the exchange (%1). Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the exchange failed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange redirected to %1; redirects are not followed for signed requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange reported an internal error (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange&apos;s rate limit was hit; pausing before the next request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange refused the signature or API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No permission for this request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A required parameter or header is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange rejected the request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no order id in the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the price is not an exact decimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The request may have been carried out: the outcome is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reply from the exchange within %1.%2 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CancelController</name>
    <message>
        <source>Cancel order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch cancel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel all %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) cancelled.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CancelPreviewDialog</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders that fill meanwhile cannot be cancelled; the result says which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &amp;orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>TradeDesk: place and cancel spot orders and watch open and finished orders.
Without a configured exchange it trades on the embedded demo exchange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade on the embedded demo exchange (simulated market, no account needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange REST address (https, or http to this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key issued by the exchange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed25519 private key: PKCS#8 PEM, DER, or base64 DER file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account ID to trade with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbol to open with, e.g. BTC-USDT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>light, dark or system (default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the QA screenshots (deterministic demo) to this folder and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this INI file for preferences (for tests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit after this many milliseconds (for smoke tests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--base-url is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo and --base-url exclude each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--theme is light, dark or system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --quit-after: save a picture of the window to this file just before quitting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--grab needs --quit-after.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmOrderDialog</name>
    <message>
        <source>Confirm order</source>
        <translation>Auftrag bestätigen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the exchange as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place order</source>
        <translation>Auftrag &amp;platzieren</translation>
    </message>
    <message>
        <source>&amp;Place anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ed25519Key</name>
    <message>
        <source>The file is not a readable PKCS#8 private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a %1 key; the exchange needs an Ed25519 key (openssl genpkey -algorithm ed25519).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non-Ed25519</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file is too large to be a private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is protected by a passphrase; export it without one (openssl pkey -in key.pem -out plain.pem).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PEM file does not hold a PKCS#8 private key (expected &quot;BEGIN PRIVATE KEY&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key line is not valid base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the key file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Ed25519 seed is 32 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinishedFilterBar</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Ab</translation>
    </message>
    <message>
        <source>&amp;Older</source>
        <translation>Ä&amp;ltere</translation>
    </message>
    <message>
        <source>&amp;Newest</source>
        <translation>&amp;Neueste</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>All symbols</source>
        <translation>Alle Symbole</translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source> orders</source>
        <translation> Aufträge</translation>
    </message>
    <message>
        <source>Show the orders before the oldest one listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the newest orders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LookupDialog</name>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Look up an order</source>
        <translation>Auftrag suchen</translation>
    </message>
    <message>
        <source>Order &amp;ID or client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order ID or client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 9007199254740993 or td-3f2a…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an order ID or a client order ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found order %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>Auftrags-ID</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Kunden-ID</translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Filled quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>TradeDesk — Demo exchange</source>
        <translation>TradeDesk – Demo-Börse</translation>
    </message>
    <message>
        <source>TradeDesk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) cancelled.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Some outcomes are unknown; the lists will show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The exchange returns at most 100 open orders; more may exist. Filter by symbol to see them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO EXCHANGE — simulated market on this computer; no real money is at stake.</source>
        <translation>DEMO-BÖRSE – simulierter Markt auf diesem Rechner; es geht um kein echtes Geld.</translation>
    </message>
    <message>
        <source>Open orders</source>
        <translation>Offene Aufträge</translation>
    </message>
    <message>
        <source>Order entry</source>
        <translation>Auftragseingabe</translation>
    </message>
    <message>
        <source>Finished orders</source>
        <translation>Abgeschlossene Aufträge</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place order</source>
        <translation>Auftrag &amp;platzieren</translation>
    </message>
    <message>
        <source>&amp;New order</source>
        <translation>&amp;Neuer Auftrag</translation>
    </message>
    <message>
        <source>&amp;Cancel selected</source>
        <translation>Auswahl &amp;stornieren</translation>
    </message>
    <message>
        <source>Cancel &amp;all for symbol…</source>
        <translation>&amp;Alle für Symbol stornieren…</translation>
    </message>
    <message>
        <source>&amp;Repeat order</source>
        <translation>Auftrag &amp;wiederholen</translation>
    </message>
    <message>
        <source>Re&amp;verse order</source>
        <translation>Auftrag &amp;umkehren</translation>
    </message>
    <message>
        <source>&amp;Look up order…</source>
        <translation>Auftrag &amp;suchen…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Export &amp;finished orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export finished orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export activity &amp;log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export activity log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export request &amp;journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export request journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>Layout &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Colour-blind-safe colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About TradeDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About TradeDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;TradeDesk %1&lt;/b&gt;&lt;br&gt;A spot trading workstation.&lt;br&gt;Qt %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>&amp;Aufträge</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Extras</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the open orders to cancel first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling order %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n selected order(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelling %n order(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel all %1 orders?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling all %1 orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an order to %1 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reverse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled: %1 %2 %3 at %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly filled: %1 of %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: order %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled elsewhere: order %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TradeDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarketDataController</name>
    <message>
        <source>Symbols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best bid/ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 h ticker</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarketPanel</name>
    <message>
        <source>Last price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best bid: click to use as the price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best ask: click to use as the price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best bid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 h %1%2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bid —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Order</name>
    <message>
        <source>Buy</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Markt</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Partially filled</source>
        <translation>Teilweise ausgeführt</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Ausgeführt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>OrderForm</name>
    <message>
        <source>A&amp;ccount</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>S&amp;ymbol</source>
        <translation>S&amp;ymbol</translation>
    </message>
    <message>
        <source>&amp;Buy</source>
        <translation>&amp;Kaufen</translation>
    </message>
    <message>
        <source>&amp;Sell</source>
        <translation>&amp;Verkaufen</translation>
    </message>
    <message>
        <source>Buy (Alt+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell (Alt+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>&amp;Limit</source>
        <translation>&amp;Limit</translation>
    </message>
    <message>
        <source>&amp;Market</source>
        <translation>&amp;Markt</translation>
    </message>
    <message>
        <source>Limit order: price and quantity (Alt+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market order: an amount to spend or receive (Alt+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>digits and &apos;.&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digits and &apos;%1&apos; or &apos;.&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Price</source>
        <translation>&amp;Preis</translation>
    </message>
    <message>
        <source>Quantity (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>&amp;Menge</translation>
    </message>
    <message>
        <source>Amount in quote currency (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Betrag</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size the order at %1 % of the available balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifies this order if the connection fails; a fresh one is made after each placed order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New client order ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;ID</source>
        <translation>Kunden-&amp;ID</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Kunden-ID</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Place the order (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>Checking the last order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 · %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse of order %1 filled in; nothing is sent until you place it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 repeated in the form; nothing is sent until you place it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous order&apos;s outcome is not known yet; wait for the check.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Ausgeführt</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Avg price</source>
        <translation>Ø Preis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>Auftrags-ID</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Kunden-ID</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Markt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last update %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderValidator</name>
    <message>
        <source>Choose an account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a symbol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not traded on this exchange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trading in %1 is suspended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client order ID is needed to recover the order if the connection fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only letters A-Z, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price must be a multiple of the tick %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %1 % from the last price %2: the exchange would refuse it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price is %1 % %2 the last price %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity must be a multiple of the lot step %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum quantity is %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order is too large to compute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order value %1 %2 is below the minimum %3 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough %1: needs %2, available %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 decimals for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum order value is %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough %1 to sell %2 %3 worth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large order: %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 must be above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the %1 in full, without an exponent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 has too many digits (at most %2 before and %3 after the point).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use digits and at most one &apos;.&apos;, e.g. 1234.56.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use digits and at most one &apos;%1&apos; or &apos;.&apos;, e.g. 1234%156; no grouping.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrdersController</name>
    <message>
        <source>Open orders</source>
        <translation>Offene Aufträge</translation>
    </message>
    <message>
        <source>Finished orders</source>
        <translation>Abgeschlossene Aufträge</translation>
    </message>
</context>
<context>
    <name>PlacementTracker</name>
    <message>
        <source>%1 %2 at market for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3 at %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed: order %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome unknown: %1 Checking by client ID %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown, checking… %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not placed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved: the order was placed as %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved: not placed. The exchange has no order %1; placing again reuses that ID, so it cannot be doubled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown, checking… (check %1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>%n order(s): </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 buy worth %2; %3 sell worth %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyParser</name>
    <message>
        <source>The exchange&apos;s reply is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange&apos;s reply is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange&apos;s reply has no result code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange refused the request (code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the order&apos;s side is neither BUY nor SELL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the order&apos;s type is neither LIMIT nor MARKET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the batch-cancel reply has no list of results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an order id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trade&apos;s side is neither BUY nor SELL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symbol %1 has a zero tick or lot step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the book ticker&apos;s levels are not [price, quantity] pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the depth levels are not [price, quantity] pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 has the wrong type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 is not an exact decimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 is not an order id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenshotScript</name>
    <message>
        <source>First run on the demo exchange: empty form, no orders yet, demo banner and status bar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings with a generated key pair: the public key is shown for upload; the private key never, the API key masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A valid LIMIT buy: value and balance shown, Place enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A valid MARKET sell for an amount in USDT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation: price off the 0.01 tick; Place disabled, reason beside the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation: quantity off the 0.0001 lot step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation: order value below the 10 USDT minimum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation: price more than 10 % from the last price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation: not enough USDT for the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation: exponent notation and a bad client order id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The optional confirmation shows exactly the form body that will be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fat-finger guard: price 7 % above the last price asks for a deliberate confirmation (Enter = no).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order in flight: the exchange has not answered yet; Place is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown outcome (no reply in time): checking by client order id; nothing is resent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved: the order was placed after all; one order shown, trail in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several open orders with three selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel preview: how many orders and how much value per side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch cancel result, inline and in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished orders filtered to BTC-USDT, with a fill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookup by order id: every field of the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat: a finished order&apos;s symbol, side, type, price and size fill the form; nothing is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A resting order fills: the notification (status bar here, tray on a desktop) and the log say so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colour-blind-safe palette: blue for buy, orange for sell, the side still written out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports: finished orders and the activity log as CSV, and the redacted request journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limited (429): polling pauses and the orders are marked stale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication error: the exchange refuses the key; signed polling stops until Settings change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (readable only by you; no system keychain: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not built in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The demo exchange could not listen on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange refused the API key or signature; signed requests are paused until the credentials change in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo exchange</source>
        <translation>Demo-Börse</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm every order before it is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour-blind-safe colours (blue/orange)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base &amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded demo exchange is in use; start without --demo to use a real exchange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request &amp;timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import private key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate new key pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PKCS#8 PEM file, a PKCS#8 DER file, or the DER as one base64 line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the public key to upload it to the exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo credentials live in memory only and are never stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange allows one open-orders query per second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh &amp;open orders every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh &amp;finished orders every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn for orders worth &amp;more than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key (upload this)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Ed25519 key ready; it is saved with the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed25519 key loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private key is in use (kept secret; import or generate one to replace it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No private key yet: import one or generate a key pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload the public key to the exchange, then enter the API key it gives you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key is 1 to 128 visible ASCII characters, without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The large-order warning needs a plain number above zero, e.g. 50000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedded demo exchange (127.0.0.1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <source>⚑ Demo exchange (simulated)</source>
        <translation>⚑ Demo-Börse (simuliert)</translation>
    </message>
    <message>
        <source>Exchange: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Credentials refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Connection trouble: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Connected</source>
        <translation>● Verbunden</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is off by more than 30 s; requests are signed with the exchange&apos;s time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference between this computer&apos;s clock and the exchange&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limited: pausing %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limits OK</source>
        <translation>Ratenlimits OK</translation>
    </message>
    <message>
        <source>Orders not loaded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Stale: orders updated %1 s ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders updated %1 s ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Connected, held back by the rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock skew %1%2.%3 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
