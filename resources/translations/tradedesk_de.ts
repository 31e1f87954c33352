<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountDataController</name>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>Guthaben</translation>
    </message>
</context>
<context>
    <name>ActivityLogLines</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
</context>
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
    <name>ActivityLogView</name>
    <message>
        <source>Activity log</source>
        <translation>Protokoll</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Ergebnis unbekannt</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Ratenlimit erreicht</translation>
    </message>
    <message>
        <source>Not authorised</source>
        <translation>Nicht berechtigt</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Unreadable reply</source>
        <translation>Unlesbare Antwort</translation>
    </message>
</context>
<context>
    <name>ApiService</name>
    <message>
        <source>The exchange address is not a valid URL.</source>
        <translation>Die Börsenadresse ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The exchange address must not carry a query, fragment or user name.</source>
        <translation>Die Börsenadresse darf keine Abfrage, kein Fragment und keinen Benutzernamen enthalten.</translation>
    </message>
    <message>
        <source>The exchange address must start with https://.</source>
        <translation>Die Börsenadresse muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>Plain http is only allowed to this computer (loopback); use https:// for %1.</source>
        <translation>Unverschlüsseltes http ist nur zu diesem Rechner (Loopback) erlaubt; für %1 bitte https:// verwenden.</translation>
    </message>
    <message>
        <source>The exchange's reply could not be read: %1.</source>
        <translation>Die Antwort der Börse war nicht lesbar: %1.</translation>
    </message>
    <message>
        <source>No exchange address is set.</source>
        <translation>Es ist keine Börsenadresse eingestellt.</translation>
    </message>
    <message>
        <source>No API key and private key are set; open Settings.</source>
        <translation>API-Schlüssel und privater Schlüssel fehlen; bitte die Einstellungen öffnen.</translation>
    </message>
    <message>
        <source>Signed requests are paused: the exchange refused the credentials. Check the API key and private key.</source>
        <translation>Signierte Anfragen sind angehalten: Die Börse hat die Zugangsdaten abgelehnt. Bitte API-Schlüssel und privaten Schlüssel prüfen.</translation>
    </message>
    <message>
        <source>The exchange's reply was larger than %1 MiB and was dropped.</source>
        <translation>Die Antwort der Börse war größer als %1 MiB und wurde verworfen.</translation>
    </message>
    <message>
        <source>Could not reach the exchange (%1). Nothing was sent.</source>
        <translation>Die Börse war nicht erreichbar (%1). Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The connection to the exchange failed (%1).</source>
        <translation>Die Verbindung zur Börse ist fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <source>The exchange redirected to %1; redirects are not followed for signed requests.</source>
        <translation>Die Börse hat nach %1 umgeleitet; bei signierten Anfragen wird Umleitungen nicht gefolgt.</translation>
    </message>
    <message>
        <source>The exchange reported an internal error (HTTP %1).</source>
        <translation>Die Börse meldet einen internen Fehler (HTTP %1).</translation>
    </message>
    <message>
        <source>The exchange's rate limit was hit; pausing before the next request.</source>
        <translation>Das Ratenlimit der Börse wurde erreicht; vor der nächsten Anfrage wird pausiert.</translation>
    </message>
    <message>
        <source>The exchange refused the signature or API key</source>
        <translation>Die Börse hat die Signatur oder den API-Schlüssel abgelehnt</translation>
    </message>
    <message>
        <source>No permission for this request</source>
        <translation>Keine Berechtigung für diese Anfrage</translation>
    </message>
    <message>
        <source>A required parameter or header is missing</source>
        <translation>Ein erforderlicher Parameter oder Header fehlt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The exchange rejected the request (HTTP %1).</source>
        <translation>Die Börse hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>no order id in the reply</source>
        <translation>keine Auftrags-ID in der Antwort</translation>
    </message>
    <message>
        <source>the price is not an exact decimal</source>
        <translation>der Preis ist keine exakte Dezimalzahl</translation>
    </message>
    <message>
        <source>%1 The request may have been carried out: the outcome is unknown.</source>
        <translation>%1 Die Anfrage wurde möglicherweise ausgeführt: Das Ergebnis ist unbekannt.</translation>
    </message>
    <message>
        <source>No reply from the exchange within %1.%2 s.</source>
        <translation>Keine Antwort der Börse innerhalb von %1,%2 s.</translation>
    </message>
    <message>
        <source>The exchange refused the request's time: this computer's clock is %1 s off the exchange's. Nothing was done; the next request uses the exchange's time.</source>
        <translation>Die Börse hat die Zeit der Anfrage abgelehnt: Die Uhr dieses Rechners geht %1 s anders als die der Börse. Es ist nichts geschehen; die nächste Anfrage verwendet die Zeit der Börse.</translation>
    </message>
    <message>
        <source>Withdrawn before it left this computer; nothing was sent.</source>
        <translation>Zurückgezogen, bevor er diesen Computer verließ; nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>It could not leave in time (the exchange's rate limit or clock held it); it was withdrawn and nothing was sent.</source>
        <translation>Er konnte nicht rechtzeitig abgehen (Ratenlimit oder Uhr der Börse hielten ihn auf); er wurde zurückgezogen, nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>The exchange's reply is not valid JSON (%1 at byte %2).</source>
        <translation>Die Antwort der Börse ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>The exchange refused the request's time: it was held up on its way. Nothing was done; the next request is signed anew.</source>
        <translation>Die Börse hat die Zeit der Anfrage abgelehnt: Sie wurde unterwegs aufgehalten. Es ist nichts geschehen; die nächste Anfrage wird neu signiert.</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Nichts wurde gesendet: %1</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>%1 does not belong to this user: its permissions were left as they are (mode %2).</source>
        <translation>%1 gehört nicht diesem Benutzer: die Zugriffsrechte bleiben, wie sie sind (Modus %2).</translation>
    </message>
    <message>
        <source>%1 could not be made private (mode %2): %3</source>
        <translation>%1 konnte nicht privat gemacht werden (Modus %2): %3</translation>
    </message>
    <message>
        <source>%1 was open to other users (mode %2); it is now %3.</source>
        <translation>%1 war für andere Benutzer offen (Modus %2); jetzt %3.</translation>
    </message>
    <message>
        <source>The settings file's time an order may wait to leave ("%1" ms) is outside its range (%2 to %3 ms): the default, %4 ms, is used.</source>
        <translation>Die Wartezeit eines Auftrags vor dem Senden in der Einstellungsdatei ("%1" ms) liegt außerhalb ihres Bereichs (%2 bis %3 ms): der Standardwert, %4 ms, gilt.</translation>
    </message>
    <message>
        <source>The settings file's order confirmation ("%1") is neither true nor false: orders are confirmed before they are sent.</source>
        <translation>Die Auftragsbestätigung in der Einstellungsdatei ("%1") ist weder true noch false: Aufträge werden vor dem Senden bestätigt.</translation>
    </message>
    <message>
        <source>The settings file's large-order warning ("%1") is outside its range (above 0, at most %2): the default, %3, is used.</source>
        <translation>Die Warnung für große Aufträge in der Einstellungsdatei ("%1") liegt außerhalb ihres Bereichs (über 0, höchstens %2): der Standardwert, %3, gilt.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link: it was not followed, its target's permissions were left as they are.</source>
        <translation>%1 ist ein symbolischer Link: er wurde nicht verfolgt, die Rechte seines Ziels blieben unverändert.</translation>
    </message>
    <message>
        <source>%1 could not be opened to check its permissions: %2</source>
        <translation>%1 konnte zur Prüfung seiner Rechte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be checked: %2</source>
        <translation>%1 konnte nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>%1 is a symbolic link</source>
        <translation>%1 ist ein symbolischer Link</translation>
    </message>
    <message>
        <source>%1 is not a regular file of this user (mode %2)</source>
        <translation>%1 ist keine normale Datei dieses Benutzers (Modus %2)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>The settings file was changed outside TradeDesk; the safety settings in use are unchanged: order confirmation %1, large-order warning %2, an order may wait %3 ms to leave (the file said %4; it says so again).</source>
        <translation>Die Einstellungsdatei wurde außerhalb von TradeDesk geändert; die verwendeten Sicherheitseinstellungen bleiben unverändert: Auftragsbestätigung %1, Warnung bei großen Aufträgen %2, ein Auftrag darf %3 ms auf das Senden warten (die Datei sagte %4; jetzt wieder wie zuvor).</translation>
    </message>
    <message>
        <source>The settings file's default symbol ("%1") is not of the exchange's form (BASE-QUOTE, letters and digits): %2 is used.</source>
        <translation>Das Standardsymbol in der Einstellungsdatei ("%1") hat nicht die Form der Börse (BASIS-QUOTE, Buchstaben und Ziffern): %2 gilt.</translation>
    </message>
    <message>
        <source>open orders refresh interval</source>
        <translation>Aktualisierungsintervall der offenen Aufträge</translation>
    </message>
    <message>
        <source>finished orders refresh interval</source>
        <translation>Aktualisierungsintervall der abgeschlossenen Aufträge</translation>
    </message>
    <message>
        <source>request timeout</source>
        <translation>Zeitlimit für Anfragen</translation>
    </message>
    <message>
        <source>colour-blind safe colours</source>
        <translation>farbenblind-sichere Farben</translation>
    </message>
    <message>
        <source>The settings file's %1 ("%2" ms) is outside its range (%3 to %4 ms): the default, %5 ms, is used.</source>
        <translation>Die Einstellung „%1“ in der Einstellungsdatei ("%2" ms) liegt außerhalb ihres Bereichs (%3 bis %4 ms): der Standardwert, %5 ms, gilt.</translation>
    </message>
    <message>
        <source>The settings file's %1 ("%2") is neither true nor false: it is %3.</source>
        <translation>Die Einstellung „%1“ in der Einstellungsdatei ("%2") ist weder true noch false: sie ist %3.</translation>
    </message>
    <message>
        <source>The settings file's theme ("%1") is none of light, dark or system: the system's is used.</source>
        <translation>Das Farbschema in der Einstellungsdatei ("%1") ist weder light, dark noch system: das des Systems gilt.</translation>
    </message>
    <message>
        <source>The settings file cannot be used: %1. TradeDesk leaves it as it is: nothing is read from it or written to it, the safety settings in use are unchanged (order confirmation %2, large-order warning %3, an order may wait %4 ms to leave), and settings changed from now on are kept only until TradeDesk closes.</source>
        <translation>Die Einstellungsdatei kann nicht verwendet werden: %1. TradeDesk lässt sie, wie sie ist: nichts wird aus ihr gelesen oder in sie geschrieben, die verwendeten Sicherheitseinstellungen bleiben unverändert (Auftragsbestätigung %2, Warnung bei großen Aufträgen %3, ein Auftrag darf %4 ms auf das Senden warten), und ab jetzt geänderte Einstellungen gelten nur, bis TradeDesk geschlossen wird.</translation>
    </message>
    <message>
        <source>%1 is too large (%2 bytes, at most %3)</source>
        <translation>%1 ist zu groß (%2 Byte, höchstens %3)</translation>
    </message>
    <message>
        <source>The settings file's default account ("%1") is not an account ID (digits): no default account is used.</source>
        <translation>Das Standardkonto der Einstellungsdatei („%1“) ist keine Konto-ID (Ziffern): es wird kein Standardkonto verwendet.</translation>
    </message>
    <message>
        <source>Settings: the settings file cannot be used; the defaults are in use — see the Activity log</source>
        <translation>Einstellungen: die Einstellungsdatei kann nicht verwendet werden; es gelten die Standardwerte – siehe Aktivitätsprotokoll</translation>
    </message>
    <message>
        <source>Settings: 1 value was invalid and uses its default — see the Activity log</source>
        <translation>Einstellungen: 1 Wert war ungültig und verwendet seinen Standardwert – siehe Aktivitätsprotokoll</translation>
    </message>
    <message>
        <source>Settings: %1 values were invalid and use their defaults — see the Activity log</source>
        <translation>Einstellungen: %1 Werte waren ungültig und verwenden ihre Standardwerte – siehe Aktivitätsprotokoll</translation>
    </message>
</context>
<context>
    <name>BalancesModel</name>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>%1 exactly, as the exchange sent it.</source>
        <translation>Genau %1, wie von der Börse gesendet.</translation>
    </message>
    <message>
        <source>Total %1 %2</source>
        <translation>Gesamt %1 %2</translation>
    </message>
</context>
<context>
    <name>BookController</name>
    <message>
        <source>Order book</source>
        <translation>Orderbuch</translation>
    </message>
</context>
<context>
    <name>CancelController</name>
    <message>
        <source>Cancel order %1</source>
        <translation>Auftrag %1 stornieren</translation>
    </message>
    <message>
        <source>Cancel all %1</source>
        <translation>Alle %1 stornieren</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n cancelled</source>
        <translation>
            <numerusform>%1 von %n storniert</numerusform>
            <numerusform>%1 von %n storniert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already filled or closed: %1</source>
        <translation>
            <numerusform>%n bereits ausgeführt oder geschlossen: %1</numerusform>
            <numerusform>%n bereits ausgeführt oder geschlossen: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not cancelled, still open: %1</source>
        <translation>
            <numerusform>%n nicht storniert, noch offen: %1</numerusform>
            <numerusform>%n nicht storniert, noch offen: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not confirmed, may still be open: %1</source>
        <translation>
            <numerusform>%n nicht bestätigt, möglicherweise noch offen: %1</numerusform>
            <numerusform>%n nicht bestätigt, möglicherweise noch offen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The cancel request failed (%1)</source>
        <translation>Die Stornierungsanfrage ist fehlgeschlagen (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n not sent (another account's order): %1</source>
        <translation>
            <numerusform>%n nicht gesendet (Order eines anderen Kontos): %1</numerusform>
            <numerusform>%n nicht gesendet (Orders eines anderen Kontos): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>it belongs to account %1, and account %2 is in use now</source>
        <translation>sie gehört zu Konto %1, verwendet wird jetzt Konto %2</translation>
    </message>
    <message>
        <source>the preview was of account %1, and account %2 is in use now</source>
        <translation>die Vorschau zeigte Konto %1, verwendet wird jetzt Konto %2</translation>
    </message>
    <message>
        <source>No open %1 orders were listed; nothing was sent.</source>
        <translation>Es waren keine offenen %1-Aufträge aufgeführt; nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>Auftrag %1</translation>
    </message>
    <message>
        <source>%1 (order %2)</source>
        <translation>%1 (Order %2)</translation>
    </message>
    <message>
        <source>, %1 had filled</source>
        <translation>, %1 war ausgeführt</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>Cancelled%1</source>
        <translation>Storniert%1</translation>
    </message>
    <message>
        <source>Not cancelled: already %1%2</source>
        <translation>Nicht storniert: bereits %1%2</translation>
    </message>
    <message>
        <source>Not cancelled: still open%1%2</source>
        <translation>Nicht storniert: noch offen%1%2</translation>
    </message>
    <message>
        <source>Not confirmed — still open? Neither the cancel nor a look-up answered%1</source>
        <translation>Nicht bestätigt – noch offen? Weder die Stornierung noch eine Abfrage kam durch%1</translation>
    </message>
    <message>
        <source>Not confirmed%1%2</source>
        <translation>Nicht bestätigt%1%2</translation>
    </message>
    <message>
        <source>Not sent%1</source>
        <translation>Nicht gesendet%1</translation>
    </message>
    <message>
        <source>%1 — %2.</source>
        <translation>%1 — %2.</translation>
    </message>
    <message>
        <source>still open when checked at %1, the cancel may still land; check again</source>
        <translation>bei der Abfrage um %1 noch offen, die Stornierung kann noch ankommen; erneut prüfen</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>Stornieren: %1</translation>
    </message>
    <message>
        <source>Move order %1</source>
        <translation>Order %1 verschieben</translation>
    </message>
    <message>
        <source>%1: cancelled%2 (the first step).</source>
        <translation>%1: storniert%2 (der erste Schritt).</translation>
    </message>
    <message>
        <source> (%1 had filled)</source>
        <translation> (%1 war ausgeführt)</translation>
    </message>
    <message>
        <source>%1 (order %2).</source>
        <translation>%1 (Auftrag %2).</translation>
    </message>
    <message>
        <source>is cancelled</source>
        <translation>ist storniert</translation>
    </message>
    <message>
        <source>is still open — it was not cancelled</source>
        <translation>ist noch offen — er wurde nicht storniert</translation>
    </message>
    <message>
        <source>was not cancelled: it is %1</source>
        <translation>wurde nicht storniert: er ist %1</translation>
    </message>
    <message>
        <source>Resolved: %1 %2%3.</source>
        <translation>Geklärt: %1 %2%3.</translation>
    </message>
    <message>
        <source>Checked after the cancel request failed (%1)</source>
        <translation>Nachgeprüft, nachdem die Stornierungsanfrage fehlgeschlagen war (%1)</translation>
    </message>
</context>
<context>
    <name>CancelPreviewDialog</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cancel &amp;orders</source>
        <translation>Aufträge &amp;stornieren</translation>
    </message>
    <message>
        <source>&amp;Keep them</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <source>Only these orders are cancelled: an order placed after this list stays open. Orders that fill meanwhile cannot be cancelled; the result says which.</source>
        <translation>Nur diese Aufträge werden storniert: ein nach dieser Liste erteilter Auftrag bleibt offen. Aufträge, die inzwischen ausgeführt werden, können nicht storniert werden; das Ergebnis sagt, welche.</translation>
    </message>
    <message numerus="yes">
        <source>%n buy order(s)</source>
        <translation>
            <numerusform>%n Kauforder</numerusform>
            <numerusform>%n Kauforders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sell order(s)</source>
        <translation>
            <numerusform>%n Verkaufsorder</numerusform>
            <numerusform>%n Verkaufsorders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n buy order(s) worth %1</source>
        <translation>
            <numerusform>%n Kauforder im Wert von %1</numerusform>
            <numerusform>%n Kauforders im Wert von %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sell order(s) worth %1</source>
        <translation>
            <numerusform>%n Verkaufsorder im Wert von %1</numerusform>
            <numerusform>%n Verkaufsorders im Wert von %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The value of %n of them is not known.</source>
        <translation>
            <numerusform>Der Wert von %n davon ist nicht bekannt.</numerusform>
            <numerusform>Der Wert von %n davon ist nicht bekannt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel &amp;order</source>
        <translation>Auftrag &amp;stornieren</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <source>If it fills meanwhile it cannot be cancelled; the result says so.</source>
        <translation>Wird er inzwischen ausgeführt, kann er nicht mehr storniert werden; das Ergebnis sagt es.</translation>
    </message>
</context>
<context>
    <name>ClientIdField</name>
    <message>
        <source>Identifies this order if the connection fails; a fresh one is made after each placed order.</source>
        <translation>Identifiziert diesen Auftrag, falls die Verbindung abbricht; nach jedem platzierten Auftrag wird eine neue erzeugt.</translation>
    </message>
    <message>
        <source>New client order ID</source>
        <translation>Neue Kunden-Auftrags-ID</translation>
    </message>
    <message>
        <source>Client &amp;ID</source>
        <translation>Kunden-&amp;ID</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Kunden-ID</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>TradeDesk: place and cancel spot orders and watch open and finished orders.
Without a configured exchange it trades on the embedded demo exchange.</source>
        <translation>TradeDesk: Spot-Aufträge platzieren und stornieren, offene und abgeschlossene Aufträge verfolgen.
Ohne eingerichtete Börse wird auf der eingebauten Demo-Börse gehandelt.</translation>
    </message>
    <message>
        <source>Trade on the embedded demo exchange (simulated market, no account needed).</source>
        <translation>Auf der eingebauten Demo-Börse handeln (simulierter Markt, kein Konto nötig).</translation>
    </message>
    <message>
        <source>Exchange REST address (https, or http to this computer).</source>
        <translation>REST-Adresse der Börse (https, oder http zu diesem Rechner).</translation>
    </message>
    <message>
        <source>Ed25519 private key: PKCS#8 PEM, DER, or base64 DER file.</source>
        <translation>Privater Ed25519-Schlüssel: PKCS#8-PEM-, DER- oder Base64-DER-Datei.</translation>
    </message>
    <message>
        <source>Account ID to trade with.</source>
        <translation>Konto-ID, mit der gehandelt wird.</translation>
    </message>
    <message>
        <source>Symbol to open with, e.g. BTC-USDT.</source>
        <translation>Symbol beim Start, z. B. BTC-USDT.</translation>
    </message>
    <message>
        <source>light, dark or system (default).</source>
        <translation>light, dark oder system (Standard).</translation>
    </message>
    <message>
        <source>Use this INI file for preferences (for tests).</source>
        <translation>Diese INI-Datei für die Einstellungen verwenden (für Tests).</translation>
    </message>
    <message>
        <source>Quit after this many milliseconds (for smoke tests).</source>
        <translation>Nach so vielen Millisekunden beenden (für Rauchtests).</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>--base-url is not a valid URL.</source>
        <translation>--base-url ist keine gültige URL.</translation>
    </message>
    <message>
        <source>--demo and --base-url exclude each other.</source>
        <translation>--demo und --base-url schließen einander aus.</translation>
    </message>
    <message>
        <source>--theme is light, dark or system.</source>
        <translation>--theme ist light, dark oder system.</translation>
    </message>
    <message>
        <source>With --quit-after: save a picture of the window to this file just before quitting.</source>
        <translation>Mit --quit-after: kurz vor dem Beenden ein Bild des Fensters in diese Datei speichern.</translation>
    </message>
    <message>
        <source>--grab needs --quit-after.</source>
        <translation>--grab braucht --quit-after.</translation>
    </message>
    <message>
        <source>API key issued by the exchange. Other users of this computer can read a command line: prefer the environment variable TRADEDESK_API_KEY.</source>
        <translation>Von der Börse ausgegebener API-Schlüssel. Andere Benutzer dieses Computers können eine Befehlszeile lesen: besser die Umgebungsvariable TRADEDESK_API_KEY verwenden.</translation>
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
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Sent to the exchange as:</source>
        <translation>So wird es an die Börse gesendet:</translation>
    </message>
    <message>
        <source>&amp;Place order</source>
        <translation>Auftrag &amp;platzieren</translation>
    </message>
    <message>
        <source>&amp;Place anyway</source>
        <translation>&amp;Trotzdem platzieren</translation>
    </message>
    <message>
        <source>Place the order (%1); Enter cancels</source>
        <translation>Auftrag platzieren (%1); Enter bricht ab</translation>
    </message>
    <message>
        <source>&amp;Place anyway — crosses the market</source>
        <translation>&amp;Trotzdem platzieren — kreuzt den Markt</translation>
    </message>
    <message>
        <source>&amp;Place anyway — market unknown</source>
        <translation>&amp;Trotzdem platzieren — Markt unbekannt</translation>
    </message>
    <message>
        <source>&amp;Place anyway — the price moved</source>
        <translation>&amp;Trotzdem platzieren — der Preis hat sich bewegt</translation>
    </message>
    <message>
        <source>Not sent: confirmation cancelled</source>
        <translation>Nicht gesendet: Bestätigung abgebrochen</translation>
    </message>
</context>
<context>
    <name>DemoModule</name>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: Datei nicht vorhanden.</translation>
    </message>
    <message>
        <source>%1 has no function %2: it is not a TradeDesk demo exchange module.</source>
        <translation>%1 hat keine Funktion %2: Das ist kein Demo-Börsenmodul von TradeDesk.</translation>
    </message>
    <message>
        <source>%1 was built for another TradeDesk version (module interface %2, this TradeDesk needs %3).</source>
        <translation>%1 wurde für eine andere TradeDesk-Version gebaut (Modulschnittstelle %2, dieses TradeDesk braucht %3).</translation>
    </message>
    <message>
        <source>%1 made no exchange.</source>
        <translation>%1 hat keine Börse erzeugt.</translation>
    </message>
</context>
<context>
    <name>DepthModel</name>
    <message>
        <source>Spread %1</source>
        <translation>Spanne %1</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>Geld</translation>
    </message>
    <message>
        <source>%1 %2, size %3, total %4</source>
        <translation>%1 %2, Menge %3, kumuliert %4</translation>
    </message>
    <message>
        <source>, yours %1</source>
        <translation>, davon Ihre %1</translation>
    </message>
    <message>
        <source>Spread —</source>
        <translation>Spanne —</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>%1 · last %2</source>
        <translation>%1 · zuletzt %2</translation>
    </message>
    <message>
        <source>, last trade</source>
        <translation>, letzter Handel</translation>
    </message>
    <message>
        <source>, %1 on its way</source>
        <translation>, %1 unterwegs</translation>
    </message>
    <message>
        <source>%1, inside the spread</source>
        <translation>%1, innerhalb der Spanne</translation>
    </message>
    <message>
        <source>%1 %2, no orders</source>
        <translation>%1 %2, keine Orders</translation>
    </message>
    <message>
        <source>, %1 being moved away</source>
        <translation>, %1 wird wegverschoben</translation>
    </message>
    <message>
        <source>%1 left of %2</source>
        <translation>%1 offen von %2</translation>
    </message>
    <message>
        <source>Your open orders at the price: the size left unfilled</source>
        <translation>Ihre offenen Aufträge zu diesem Preis: die noch nicht ausgeführte Menge</translation>
    </message>
    <message>
        <source>Mine (open)</source>
        <translation>Meine (offen)</translation>
    </message>
</context>
<context>
    <name>DepthView</name>
    <message>
        <source>Order book</source>
        <translation>Orderbuch</translation>
    </message>
    <message>
        <source>Tick × %1</source>
        <translation>Tick × %1</translation>
    </message>
    <message>
        <source>&amp;Grouping</source>
        <translation>Gr&amp;uppierung</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Zentrieren</translation>
    </message>
    <message>
        <source>ARMED — trade from the boo&amp;k</source>
        <translation>SCHARF — aus dem Bu&amp;ch handeln</translation>
    </message>
    <message>
        <source>Trade from the boo&amp;k</source>
        <translation>Aus dem Bu&amp;ch handeln</translation>
    </message>
    <message>
        <source>Trade from the book: off</source>
        <translation>Aus dem Buch handeln: aus</translation>
    </message>
    <message>
        <source>The book is not armed: nothing was sent. Arm "Trade from the book" (Alt+K) to trade from the ladder.</source>
        <translation>Das Buch ist nicht scharf: nichts wurde gesendet. „Aus dem Buch handeln“ (Alt+K) schärfen, um aus der Leiter zu handeln.</translation>
    </message>
    <message>
        <source>No order of yours at this level.</source>
        <translation>Keine eigene Order auf dieser Stufe.</translation>
    </message>
    <message>
        <source>No order of yours at this level to move.</source>
        <translation>Keine eigene Order auf dieser Stufe zum Verschieben.</translation>
    </message>
    <message>
        <source>Nothing moved: that price would cross the spread.</source>
        <translation>Nichts verschoben: dieser Preis würde den Spread kreuzen.</translation>
    </message>
    <message numerus="yes">
        <source>▲ %n own order(s) above</source>
        <translation>
            <numerusform>▲ %n eigene Order darüber</numerusform>
            <numerusform>▲ %n eigene Orders darüber</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>▼ %n own order(s) below</source>
        <translation>
            <numerusform>▼ %n eigene Order darunter</numerusform>
            <numerusform>▼ %n eigene Orders darunter</numerusform>
        </translation>
    </message>
    <message>
        <source>Centre the ladder's prices on the market (C)</source>
        <translation>Die Preise der Leiter auf den Markt zentrieren (C)</translation>
    </message>
    <message>
        <source>No order of yours at this price: nothing was sent.</source>
        <translation>Keine eigene Order zu diesem Preis: nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>This price is inside the spread: choose it with the arrow keys and press B to buy or S to sell. Nothing was sent.</source>
        <translation>Dieser Preis liegt innerhalb der Spanne: mit den Pfeiltasten wählen und B zum Kaufen oder S zum Verkaufen drücken. Nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>A buy at %1 would trade at once against the ask %2: nothing was sent. Use the form for an order that crosses.</source>
        <translation>Ein Kauf zu %1 würde sofort gegen den Briefkurs %2 handeln: Nichts wurde gesendet. Für eine Order über die Spanne hinweg das Formular benutzen.</translation>
    </message>
    <message>
        <source>A sell at %1 would trade at once against the bid %2: nothing was sent. Use the form for an order that crosses.</source>
        <translation>Ein Verkauf zu %1 würde sofort gegen den Geldkurs %2 handeln: Nichts wurde gesendet. Für eine Order über die Spanne hinweg das Formular benutzen.</translation>
    </message>
    <message>
        <source>Place again (R)</source>
        <translation>Erneut platzieren (R)</translation>
    </message>
    <message>
        <source>The book is not armed: nothing was sent. Arm "Trade from the book" (Alt+K) to place it again.</source>
        <translation>Das Buch ist nicht scharf: nichts wurde gesendet. Schalten Sie „Aus dem Buch handeln“ (Alt+C) scharf, um sie erneut zu platzieren.</translation>
    </message>
    <message>
        <source>Not moved: released outside the rows; nothing was sent.</source>
        <translation>Nicht verschoben: außerhalb der Zeilen losgelassen; nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>Outside the rows: release to keep it (nothing is sent).</source>
        <translation>Außerhalb der Zeilen: loslassen behält sie (nichts wird gesendet).</translation>
    </message>
    <message>
        <source>Release here: cancel it · outside the rows: keep it.</source>
        <translation>Hier loslassen: stornieren · außerhalb der Zeilen: behalten.</translation>
    </message>
    <message>
        <source>Release outside the rows to keep it: a buy can't cross the ask.</source>
        <translation>Außerhalb der Zeilen loslassen behält sie: ein Kauf kann den Ask nicht kreuzen.</translation>
    </message>
    <message>
        <source>Release outside the rows to keep it: a sell can't cross the bid.</source>
        <translation>Außerhalb der Zeilen loslassen behält sie: ein Verkauf kann den Bid nicht kreuzen.</translation>
    </message>
    <message>
        <source>No side here: the book shows no bids or no asks now, so this price is neither. Nothing was sent.</source>
        <translation>Keine Seite hier: das Buch zeigt gerade keine Gebote oder keine Angebote, dieser Preis gehört zu keiner Seite. Nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>▲ Buy %1 @ %2</source>
        <translation>▲ Kauf %1 @ %2</translation>
    </message>
    <message>
        <source>▼ Sell %1 @ %2</source>
        <translation>▼ Verkauf %1 @ %2</translation>
    </message>
    <message>
        <source>Price step between rows: tick × %1</source>
        <translation>Preisschritt zwischen den Zeilen: Tick × %1</translation>
    </message>
    <message>
        <source>Arm to trade from the book (Alt+K). Unarmed, a click takes the price into the form; Ctrl+click its side and the size up to it.</source>
        <translation>Scharf schalten, um aus dem Buch zu handeln (Alt+C). Nicht scharf übernimmt ein Klick den Preis ins Formular, Strg+Klick auch die Seite und die Menge bis dorthin.</translation>
    </message>
    <message>
        <source>Release: move buy %1 %2 → %3 · outside the rows: keep it.</source>
        <translation>Loslassen: Kauf %1 %2 → %3 verschieben · außerhalb der Zeilen: behalten.</translation>
    </message>
    <message>
        <source>Release: move sell %1 %2 → %3 · outside the rows: keep it.</source>
        <translation>Loslassen: Verkauf %1 %2 → %3 verschieben · außerhalb der Zeilen: behalten.</translation>
    </message>
    <message>
        <source>Point at a level, or choose one with the arrow keys first.</source>
        <translation>Zuerst auf eine Stufe zeigen oder eine mit den Pfeiltasten wählen.</translation>
    </message>
    <message>
        <source>Keys at %1: B buys, S sells %2</source>
        <translation>Tasten bei %1: B kauft, S verkauft %2</translation>
    </message>
    <message>
        <source>Keys: %1</source>
        <translation>Tasten: %1</translation>
    </message>
    <message>
        <source>✕ Click cancels yours at %1</source>
        <translation>✕ Klick storniert Ihre bei %1</translation>
    </message>
    <message>
        <source>Click the book to use its keys</source>
        <translation>Für die Tasten ins Orderbuch klicken</translation>
    </message>
    <message numerus="yes">
        <source>▲ Market %Ln row(s) above · C centres</source>
        <translation>
            <numerusform>▲ Markt %Ln Zeile darüber · C zentriert</numerusform>
            <numerusform>▲ Markt %Ln Zeilen darüber · C zentriert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>▼ Market %Ln row(s) below · C centres</source>
        <translation>
            <numerusform>▼ Markt %Ln Zeile darunter · C zentriert</numerusform>
            <numerusform>▼ Markt %Ln Zeilen darunter · C zentriert</numerusform>
        </translation>
    </message>
    <message>
        <source>Click here, or press C in the book, to centre its rows on the market.</source>
        <translation>Hier klicken oder im Buch C drücken, um seine Zeilen auf den Markt zu zentrieren.</translation>
    </message>
    <message>
        <source>The market just crossed this price: a click here places nothing until its side has shown for a second.</source>
        <translation>Der Markt hat diesen Preis gerade gekreuzt: ein Klick hier platziert nichts, bis seine Seite eine Sekunde lang angezeigt wurde.</translation>
    </message>
    <message>
        <source>The market just crossed %1 — it is an ask now: nothing placed. Click again to sell there.</source>
        <translation>Der Markt hat %1 gerade gekreuzt — jetzt ein Angebot (Brief): nichts platziert. Erneut klicken, um dort zu verkaufen.</translation>
    </message>
    <message>
        <source>The market just crossed %1 — it is a bid now: nothing placed. Click again to buy there.</source>
        <translation>Der Markt hat %1 gerade gekreuzt — jetzt ein Gebot (Geld): nichts platziert. Erneut klicken, um dort zu kaufen.</translation>
    </message>
    <message>
        <source>Keys' row %1 is out of view · ↑/↓</source>
        <translation>Tastenzeile %1 nicht sichtbar · ↑/↓</translation>
    </message>
    <message>
        <source>Keys' row: %1 (nearest the market)</source>
        <translation>Tastenzeile: %1 (am nächsten am Markt)</translation>
    </message>
    <message>
        <source>%1 is out of view: nothing was sent. ↑/↓ picks the row nearest the market, C centres.</source>
        <translation>%1 ist nicht sichtbar: nichts wurde gesendet. ↑/↓ wählt die Zeile am nächsten am Markt, C zentriert.</translation>
    </message>
    <message>
        <source>ARMED · %1 a clic&amp;k</source>
        <translation>SCHARF · %1 je Klick (Bu&amp;ch)</translation>
    </message>
    <message>
        <source>Trade from the book: armed, %1 a click</source>
        <translation>Aus dem Buch handeln: scharf, %1 je Klick</translation>
    </message>
    <message numerus="yes">
        <source>▲ %n own</source>
        <translation>
            <numerusform>▲ %n eigene</numerusform>
            <numerusform>▲ %n eigene</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>▼ %n own</source>
        <translation>
            <numerusform>▼ %n eigene</numerusform>
            <numerusform>▼ %n eigene</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>▲ Market %Ln row(s) · C centres</source>
        <translation>
            <numerusform>▲ Markt %Ln Zeile · C zentriert</numerusform>
            <numerusform>▲ Markt %Ln Zeilen · C zentriert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>▼ Market %Ln row(s) · C centres</source>
        <translation>
            <numerusform>▼ Markt %Ln Zeile · C zentriert</numerusform>
            <numerusform>▼ Markt %Ln Zeilen · C zentriert</numerusform>
        </translation>
    </message>
    <message>
        <source>Armed (Alt+K): a click places at its row (the line under the rows says what), Mine cancels, a drag of Mine moves. B/S, Delete and Ctrl+Up/Down act at the outlined row: the one picked with the arrows or by moving the pointer onto it, never one that scrolled under it. Ctrl+click fills only price and side into the form: the ticket's quantity stays.</source>
        <translation>Scharf (Alt+K): Ein Klick platziert in seiner Zeile (die Zeile unter dem Buch sagt, was), „Meine“ storniert, Ziehen von „Meine“ verschiebt. B/S, Entf und Strg+Auf/Ab wirken in der umrandeten Zeile: der mit den Pfeiltasten oder durch Bewegen des Zeigers gewählten, nie einer, die darunter gescrollt ist. Strg+Klick übernimmt nur Preis und Seite ins Formular: die Menge des Tickets bleibt.</translation>
    </message>
    <message>
        <source>How long ago the best bid and ask arrived: the book and the best bid/ask are polled in turn, a fresh one about every second. Older than 2.5 s, a click or key on the book places nothing.</source>
        <translation>Wie lange es her ist, dass der beste Geld- und Briefkurs eintraf: Orderbuch und bester Geld-/Briefkurs werden abwechselnd abgefragt, ein frischer etwa jede Sekunde. Ist er älter als 2,5 s, platziert ein Klick oder eine Taste im Orderbuch nichts.</translation>
    </message>
    <message>
        <source>touch %1 s</source>
        <translation>Geld/Brief %1 s</translation>
    </message>
    <message>
        <source>Best bid and ask %1 s old</source>
        <translation>Bester Geld- und Briefkurs %1 s alt</translation>
    </message>
</context>
<context>
    <name>Ed25519Key</name>
    <message>
        <source>The file is not a readable PKCS#8 private key.</source>
        <translation>Die Datei ist kein lesbarer privater PKCS#8-Schlüssel.</translation>
    </message>
    <message>
        <source>This is a %1 key; the exchange needs an Ed25519 key (openssl genpkey -algorithm ed25519).</source>
        <translation>Dies ist ein %1-Schlüssel; die Börse braucht einen Ed25519-Schlüssel (openssl genpkey -algorithm ed25519).</translation>
    </message>
    <message>
        <source>non-Ed25519</source>
        <translation>Nicht-Ed25519</translation>
    </message>
    <message>
        <source>The key is empty.</source>
        <translation>Der Schlüssel ist leer.</translation>
    </message>
    <message>
        <source>The key file is too large to be a private key.</source>
        <translation>Die Schlüsseldatei ist zu groß für einen privaten Schlüssel.</translation>
    </message>
    <message>
        <source>The key is protected by a passphrase; export it without one (openssl pkey -in key.pem -out plain.pem).</source>
        <translation>Der Schlüssel ist mit einer Passphrase geschützt; bitte ohne exportieren (openssl pkey -in key.pem -out plain.pem).</translation>
    </message>
    <message>
        <source>The PEM file does not hold a PKCS#8 private key (expected "BEGIN PRIVATE KEY").</source>
        <translation>Die PEM-Datei enthält keinen privaten PKCS#8-Schlüssel (erwartet: „BEGIN PRIVATE KEY“).</translation>
    </message>
    <message>
        <source>The key line is not valid base64.</source>
        <translation>Die Schlüsselzeile ist kein gültiges Base64.</translation>
    </message>
    <message>
        <source>Cannot read the key file: %1</source>
        <translation>Die Schlüsseldatei ist nicht lesbar: %1</translation>
    </message>
    <message>
        <source>An Ed25519 seed is 32 bytes.</source>
        <translation>Ein Ed25519-Seed hat 32 Bytes.</translation>
    </message>
    <message>
        <source>The signing library (libsodium) cannot be initialised.</source>
        <translation>Die Signaturbibliothek (libsodium) lässt sich nicht initialisieren.</translation>
    </message>
    <message>
        <source>Cannot read the key file: it is not a regular file (a pipe, device or folder cannot hold a private key).</source>
        <translation>Die Schlüsseldatei ist nicht lesbar: Sie ist keine gewöhnliche Datei (eine Pipe, ein Gerät oder ein Ordner kann keinen privaten Schlüssel enthalten).</translation>
    </message>
    <message>
        <source>other users of this computer can read or change this key, so it is not used. Make it yours alone with: chmod 600 %1</source>
        <translation>Andere Benutzer dieses Computers können diesen Schlüssel lesen oder ändern, daher wird er nicht verwendet. Nur für Sie zugänglich machen mit: chmod 600 %1</translation>
    </message>
</context>
<context>
    <name>FillsController</name>
    <message>
        <source>Fills</source>
        <translation>Ausführungen</translation>
    </message>
</context>
<context>
    <name>FillsModel</name>
    <message>
        <source>Maker</source>
        <translation>Maker</translation>
    </message>
    <message>
        <source>Taker</source>
        <translation>Taker</translation>
    </message>
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
        <source>Fee asset</source>
        <translation>Gebühr in</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>Auftrags-ID</translation>
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
        <source>Fee</source>
        <translation>Gebühr</translation>
    </message>
</context>
<context>
    <name>FillsView</name>
    <message>
        <source>From</source>
        <translation>Ab</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Ältere</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
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
        <source>Show the fills of the order selected in the open or finished orders, or found by a look-up</source>
        <translation>Die Ausführungen des in offenen oder erledigten Aufträgen gewählten oder per Suche gefundenen Auftrags zeigen</translation>
    </message>
    <message>
        <source>Fills</source>
        <translation>Ausführungen</translation>
    </message>
    <message numerus="yes">
        <source>%n fill(s) listed, newest first</source>
        <translation>
            <numerusform>%n Ausführung, neueste zuerst</numerusform>
            <numerusform>%n Ausführungen, neueste zuerst</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an order to see its fills.</source>
        <translation>Wählen Sie einen Auftrag, um seine Ausführungen zu sehen.</translation>
    </message>
    <message>
        <source>Order %1: no fills yet.</source>
        <translation>Auftrag %1: noch keine Ausführungen.</translation>
    </message>
    <message numerus="yes">
        <source>Order %1: %n fill(s), %2 at an average %3; fees %4</source>
        <translation>
            <numerusform>Auftrag %1: %n Ausführung, %2 zu durchschnittlich %3; Gebühren %4</numerusform>
            <numerusform>Auftrag %1: %n Ausführungen, %2 zu durchschnittlich %3; Gebühren %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected order only</source>
        <translation>Nur gewählter Auftrag</translation>
    </message>
    <message>
        <source>Maker</source>
        <translation>Maker</translation>
    </message>
</context>
<context>
    <name>FinishedFilterBar</name>
    <message>
        <source>F&amp;rom</source>
        <translation>&amp;Seit</translation>
    </message>
    <message>
        <source>Ol&amp;der</source>
        <translation>Älte&amp;re</translation>
    </message>
    <message>
        <source>&amp;Newest</source>
        <translation>Neues&amp;te</translation>
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
        <translation>Ab</translation>
    </message>
    <message>
        <source>From time</source>
        <translation>Ab Zeitpunkt</translation>
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
        <translation>Die Aufträge vor dem ältesten angezeigten zeigen</translation>
    </message>
    <message>
        <source>Back to the newest orders</source>
        <translation>Zurück zu den neuesten Aufträgen</translation>
    </message>
</context>
<context>
    <name>FinishedOrdersModel</name>
    <message>
        <source>Cancelled to move it from the book: %1 → %2 (the rest placed as a new order).</source>
        <translation>Storniert, um sie im Orderbuch zu verschieben: %1 → %2 (der Rest als neue Order platziert).</translation>
    </message>
</context>
<context>
    <name>LadderMove</name>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>%1: cancelling…</source>
        <translation>%1: wird storniert…</translation>
    </message>
    <message>
        <source>%1: cancelled; checking what filled…</source>
        <translation>%1: storniert; prüfe, was ausgeführt wurde…</translation>
    </message>
    <message>
        <source>%1: placing…</source>
        <translation>%1: wird platziert…</translation>
    </message>
    <message>
        <source>buy</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <source>sell</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>Not moved, the order was already %2 — nothing placed: %1.</source>
        <translation>Nicht verschoben, die Order war bereits %2 — nichts platziert: %1.</translation>
    </message>
    <message>
        <source>Not moved, its cancel was not confirmed (%2) — nothing placed: %1.</source>
        <translation>Nicht verschoben, ihre Stornierung wurde nicht bestätigt (%2) — nichts platziert: %1.</translation>
    </message>
    <message>
        <source>Cancelled, new order not placed: %1 — what filled before the cancel is not known (%2).</source>
        <translation>Storniert, neue Order nicht platziert: %1 — was vor der Stornierung ausgeführt wurde, ist unbekannt (%2).</translation>
    </message>
    <message>
        <source>Not moved, the order still shows as open after its cancel — nothing placed: %1.</source>
        <translation>Nicht verschoben, die Order erscheint nach ihrer Stornierung noch als offen — nichts platziert: %1.</translation>
    </message>
    <message>
        <source>Cancelled, new order not placed: %1 — %2</source>
        <translation>Storniert, neue Order nicht platziert: %1 — %2</translation>
    </message>
    <message>
        <source>Cancelled; the rest is on its way: %1.</source>
        <translation>Storniert; der Rest ist unterwegs: %1.</translation>
    </message>
    <message>
        <source>Filled during move — nothing placed: %1.</source>
        <translation>Während des Verschiebens ausgeführt — nichts platziert: %1.</translation>
    </message>
    <message>
        <source>Moving %1</source>
        <translation>Verschiebe %1</translation>
    </message>
    <message>
        <source>%1 %2 %3 → %4</source>
        <translation>%1 %2 %3 → %4</translation>
    </message>
</context>
<context>
    <name>LadderTrader</name>
    <message>
        <source>The ticket is for %1 and the book shows %2: choose %2 in the ticket first.</source>
        <translation>Das Ticket ist für %1 und das Buch zeigt %2: zuerst %2 im Ticket wählen.</translation>
    </message>
    <message>
        <source>Type a quantity in the ticket first: a click in the book uses it.</source>
        <translation>Zuerst eine Menge im Ticket eingeben: ein Klick im Buch verwendet sie.</translation>
    </message>
    <message>
        <source>Nothing placed: %1</source>
        <translation>Nichts platziert: %1</translation>
    </message>
    <message>
        <source>the order is not complete</source>
        <translation>die Order ist unvollständig</translation>
    </message>
    <message>
        <source>Order %1 is being moved already; wait for it.</source>
        <translation>Order %1 wird bereits verschoben; bitte warten.</translation>
    </message>
    <message>
        <source>every order is confirmed (Settings), and a move cannot stop for it; place it from the form</source>
        <translation>jede Order wird bestätigt (Einstellungen), und eine Verschiebung kann dafür nicht anhalten; platzieren Sie sie im Formular</translation>
    </message>
    <message>
        <source>it needs a confirmation (%1); place it from the form</source>
        <translation>sie braucht eine Bestätigung (%1); platzieren Sie sie im Formular</translation>
    </message>
    <message>
        <source>Not moved, nothing cancelled: %1</source>
        <translation>Nicht verschoben, nichts storniert: %1</translation>
    </message>
    <message>
        <source>%1: placing…</source>
        <translation>%1: wird platziert…</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Move order %1</source>
        <translation>Order %1 verschieben</translation>
    </message>
    <message>
        <source>Move interrupted: your order at %1 was cancelled, nothing placed at %2 (%3). Press R on the book to place %4 %5 at %2 again, after you review it.</source>
        <translation>Verschieben unterbrochen: Ihre Order zu %1 wurde storniert, nichts zu %2 platziert (%3). Drücken Sie R im Buch, um %4 %5 zu %2 nach Prüfung erneut zu platzieren.</translation>
    </message>
    <message>
        <source>buy</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <source>sell</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>No interrupted move to place again.</source>
        <translation>Kein unterbrochenes Verschieben zum erneuten Platzieren.</translation>
    </message>
    <message>
        <source>the book shows %1 and the move was on %2: choose %2 first.</source>
        <translation>das Buch zeigt %1 und das Verschieben war auf %2: wählen Sie zuerst %2.</translation>
    </message>
    <message>
        <source>%1 would now trade at once against %2; use the form for an order that crosses.</source>
        <translation>%1 würde jetzt sofort gegen %2 handeln; nutzen Sie das Formular für eine Order, die den Spread kreuzt.</translation>
    </message>
    <message>
        <source>Not placed again: %1</source>
        <translation>Nicht erneut platziert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Cancelling %n order(s) at %1…</source>
        <translation>
            <numerusform>%n Order zu %1 wird storniert…</numerusform>
            <numerusform>%n Orders zu %1 werden storniert…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled %n order(s) at %1.</source>
        <translation>
            <numerusform>%n Order zu %1 storniert.</numerusform>
            <numerusform>%n Orders zu %1 storniert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel at %1: %2</source>
        <translation>Stornierung zu %1: %2</translation>
    </message>
    <message>
        <source>Cancelled; the new order's outcome is being checked (never sent twice): %1…</source>
        <translation>Storniert; das Ergebnis der neuen Order wird geprüft (nie doppelt gesendet): %1…</translation>
    </message>
    <message>
        <source>Moved: %1.</source>
        <translation>Verschoben: %1.</translation>
    </message>
    <message>
        <source>Cancelled; whether the new order was placed is not known — check the open orders: %1.</source>
        <translation>Storniert; ob die neue Order platziert wurde, ist unbekannt — prüfen Sie die offenen Orders: %1.</translation>
    </message>
    <message>
        <source>Cancelled, new order not placed: %1 — %2</source>
        <translation>Storniert, neue Order nicht platziert: %1 — %2</translation>
    </message>
    <message>
        <source>Not placed: the market moved — %1. Nothing sent.</source>
        <translation>Nicht platziert: Der Markt hat sich bewegt — %1. Nichts gesendet.</translation>
    </message>
    <message>
        <source>the market moved — %1</source>
        <translation>der Markt hat sich bewegt — %1</translation>
    </message>
    <message>
        <source>Not sent: the market moved — %1.</source>
        <translation>Nicht gesendet: Der Markt hat sich bewegt — %1.</translation>
    </message>
    <message>
        <source>Not placed: the ticket is set to Market — switch it to Limit to trade from the book.</source>
        <translation>Nicht platziert: Das Ticket steht auf Market — auf Limit umstellen, um aus dem Buch zu handeln.</translation>
    </message>
    <message>
        <source>a buy at %1 would trade at once against the ask %2</source>
        <translation>ein Kauf zu %1 würde sofort gegen den Briefkurs %2 handeln</translation>
    </message>
    <message>
        <source>a sell at %1 would trade at once against the bid %2</source>
        <translation>ein Verkauf zu %1 würde sofort gegen den Geldkurs %2 handeln</translation>
    </message>
    <message>
        <source>Disarmed: symbol changed to %1.</source>
        <translation>Entschärft: Symbol zu %1 gewechselt.</translation>
    </message>
    <message>
        <source>placing paused while the confirmation was open, so the numbers it showed may be out of date (%1). Check the order and place it again.</source>
        <translation>während die Bestätigung offen war, wurde das Platzieren pausiert; die angezeigten Zahlen sind womöglich veraltet (%1). Prüfen Sie die Order und platzieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>Cancel %1?</source>
        <translation>%1 stornieren?</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n order(s) at %1?</source>
        <translation>
            <numerusform>%n Order zu %1 stornieren?</numerusform>
            <numerusform>%n Orders zu %1 stornieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept your orders at %1: nothing was cancelled.</source>
        <translation>Ihre Orders zu %1 bleiben: nichts wurde storniert.</translation>
    </message>
    <message>
        <source>Not armed: there is no ticket to trade from the book with.</source>
        <translation>Nicht scharf: Es gibt kein Ticket, mit dem aus dem Buch gehandelt werden kann.</translation>
    </message>
    <message>
        <source>Not armed: the ticket is set to Market; the book places limit orders. Switch to Limit to arm.</source>
        <translation>Nicht scharf: Das Ticket steht auf Market; das Buch platziert Limit-Orders. Auf Limit umstellen, um scharf zu schalten.</translation>
    </message>
    <message>
        <source>Not armed: the ticket is for %1 and the book shows %2. Choose %2 in the ticket to arm.</source>
        <translation>Nicht scharf: Das Ticket gilt für %1, das Buch zeigt %2. %2 im Ticket wählen, um scharf zu schalten.</translation>
    </message>
    <message>
        <source>Not armed: the ticket has no size. Type the quantity each click trades, then arm (Alt+K).</source>
        <translation>Nicht scharf: Das Ticket hat keine Menge. Die Menge eingeben, die jeder Klick handelt, dann scharf schalten.</translation>
    </message>
    <message>
        <source>Not armed: the ticket's size "%1" is not a quantity a click could trade. Type a valid size, then arm (Alt+K).</source>
        <translation>Nicht scharf: Die Menge „%1“ im Ticket kann kein Klick handeln. Eine gültige Menge eingeben, dann scharf schalten.</translation>
    </message>
    <message>
        <source>Disarmed: the ticket is set to Market; the book places limit orders. Switch to Limit to arm.</source>
        <translation>Entschärft: Das Ticket steht auf Market; das Buch platziert Limit-Orders. Auf Limit umstellen, um scharf zu schalten.</translation>
    </message>
    <message>
        <source>Disarmed: the ticket's symbol changed to %1.</source>
        <translation>Entschärft: Das Symbol des Tickets wurde zu %1 geändert.</translation>
    </message>
    <message>
        <source>Disarmed: the size in the order form was cleared. Type a size, then arm again (Alt+K).</source>
        <translation>Entschärft: Die Menge im Orderformular wurde geleert. Eine Menge eingeben, dann erneut scharf schalten.</translation>
    </message>
    <message>
        <source>Disarmed: size changed to %1 in the order form. Arm again (Alt+K) to trade it from the book.</source>
        <translation>Entschärft: Menge im Orderformular zu %1 geändert. Erneut scharf schalten, um sie aus dem Buch zu handeln.</translation>
    </message>
    <message>
        <source>Not armed: %1 Type a valid size, then arm (Alt+K).</source>
        <translation>Nicht scharf: %1 Eine gültige Menge eingeben, dann scharf schalten.</translation>
    </message>
    <message>
        <source>The book is %1 s old: nothing placed. It refreshes every second.</source>
        <translation>Das Orderbuch ist %1 s alt: nichts platziert. Es wird jede Sekunde aktualisiert.</translation>
    </message>
    <message>
        <source>the book is %1 s old (it refreshes every second)</source>
        <translation>das Orderbuch ist %1 s alt (es wird jede Sekunde aktualisiert)</translation>
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
        <translation>Auftrags-&amp;ID oder Kunden-ID</translation>
    </message>
    <message>
        <source>Order ID or client ID</source>
        <translation>Auftrags-ID oder Kunden-ID</translation>
    </message>
    <message>
        <source>e.g. 9007199254740993 or td-3f2a…</source>
        <translation>z. B. 9007199254740993 oder td-3f2a…</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Enter an order ID or a client order ID.</source>
        <translation>Bitte eine Auftrags-ID oder Kunden-Auftrags-ID eingeben.</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>Suche %1…</translation>
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
        <translation>Konto</translation>
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
        <translation>Ausgeführte Menge</translation>
    </message>
    <message>
        <source>Filled amount</source>
        <translation>Ausgeführter Betrag</translation>
    </message>
    <message>
        <source>Average price</source>
        <translation>Durchschnittspreis</translation>
    </message>
    <message>
        <source>Failure reason</source>
        <translation>Fehlergrund</translation>
    </message>
    <message>
        <source>Last fill</source>
        <translation>Letzte Ausführung</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Platziert</translation>
    </message>
    <message>
        <source>Seen finished</source>
        <translation>Abgeschlossen gesehen</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Markt</translation>
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
        <translation>TradeDesk – %1</translation>
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
        <translation>%1 (%2)</translation>
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
        <translation>Auftrag such&amp;en…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Aktualisie&amp;ren</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Export &amp;finished orders…</source>
        <translation>&amp;Abgeschlossene Aufträge exportieren…</translation>
    </message>
    <message>
        <source>Export finished orders</source>
        <translation>Abgeschlossene Aufträge exportieren</translation>
    </message>
    <message>
        <source>Export activity &amp;log…</source>
        <translation>&amp;Protokoll exportieren…</translation>
    </message>
    <message>
        <source>Export activity log</source>
        <translation>Protokoll exportieren</translation>
    </message>
    <message>
        <source>Export request &amp;journal…</source>
        <translation>Anfrage&amp;journal exportieren…</translation>
    </message>
    <message>
        <source>Export request journal</source>
        <translation>Anfragejournal exportieren</translation>
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
        <translation>&amp;Farbenblind-sichere Farben</translation>
    </message>
    <message>
        <source>&amp;About TradeDesk</source>
        <translation>&amp;Über TradeDesk</translation>
    </message>
    <message>
        <source>About TradeDesk</source>
        <translation>Über TradeDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;TradeDesk %1&lt;/b&gt;&lt;br&gt;A spot trading workstation.&lt;br&gt;Qt %2</source>
        <translation>&lt;b&gt;TradeDesk %1&lt;/b&gt;&lt;br&gt;Ein Arbeitsplatz für den Spot-Handel.&lt;br&gt;Qt %2</translation>
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
        <translation>A&amp;nsicht</translation>
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
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Select the open orders to cancel first.</source>
        <translation>Bitte zuerst die zu stornierenden offenen Aufträge auswählen.</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n selected order(s)?</source>
        <translation>
            <numerusform>%n ausgewählten Auftrag stornieren?</numerusform>
            <numerusform>%n ausgewählte Aufträge stornieren?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelling %n order(s)…</source>
        <translation>
            <numerusform>Storniere %n Auftrag…</numerusform>
            <numerusform>Storniere %n Aufträge…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel all %1 orders?</source>
        <translation>Alle %1-Aufträge stornieren?</translation>
    </message>
    <message>
        <source>Cancelling all %1 orders…</source>
        <translation>Storniere alle %1-Aufträge…</translation>
    </message>
    <message>
        <source>Select an order to %1 first.</source>
        <translation>Bitte zuerst einen Auftrag zum %1 auswählen.</translation>
    </message>
    <message>
        <source>reverse</source>
        <translation>Umkehren</translation>
    </message>
    <message>
        <source>repeat</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>TradeDesk</source>
        <translation>TradeDesk</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Open orders (%1)</source>
        <translation>Offene Aufträge (%1)</translation>
    </message>
    <message>
        <source>⚠ Not every open order could be fetched this time (the exchange's pages ran out); more may exist than are listed.</source>
        <translation>⚠ Diesmal konnten nicht alle offenen Aufträge abgerufen werden (die Seiten der Börse reichten nicht); es kann mehr geben als aufgelistet.</translation>
    </message>
    <message>
        <source>Order book</source>
        <translation>Orderbuch</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <source>Fills</source>
        <translation>Ausführungen</translation>
    </message>
    <message>
        <source>Export fills</source>
        <translation>Ausführungen exportieren</translation>
    </message>
    <message>
        <source>⚠ The exchange did not page to older orders as asked: what it sent that is not older is left out, and older finished orders may exist that are not listed.</source>
        <translation>⚠ Die Börse hat nicht wie verlangt zu älteren Aufträgen geblättert: Was sie geschickt hat und nicht älter ist, wird weggelassen, und es kann ältere abgeschlossene Aufträge geben, die nicht aufgelistet sind.</translation>
    </message>
    <message>
        <source>⚠ The exchange did not page the open orders as asked (a page was not older than the one before); more may exist than are listed. No order is taken off the list until a complete list comes.</source>
        <translation>⚠ Die Börse hat die offenen Aufträge nicht wie verlangt seitenweise geliefert (eine Seite war nicht älter als die vorige); es kann mehr geben als aufgelistet. Kein Auftrag wird aus der Liste genommen, bis eine vollständige Liste kommt.</translation>
    </message>
    <message>
        <source>No open %1 orders are listed; nothing was sent.</source>
        <translation>Es sind keine offenen %1-Aufträge aufgeführt; nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>Cancelling %1…</source>
        <translation>Storniere %1…</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>Cancel %1?</source>
        <translation>%1 stornieren?</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
</context>
<context>
    <name>MarketCrossing</name>
    <message>
        <source>Market unknown: the market data is stale.</source>
        <translation>Markt unbekannt: die Marktdaten sind veraltet.</translation>
    </message>
    <message>
        <source>Market unknown: no bid or ask received.</source>
        <translation>Markt unbekannt: weder Geld- noch Briefkurs erhalten.</translation>
    </message>
    <message>
        <source>Bid %1</source>
        <translation>Geld %1</translation>
    </message>
    <message>
        <source>Ask %1</source>
        <translation>Brief %1</translation>
    </message>
    <message>
        <source>Last %1</source>
        <translation>Letzter %1</translation>
    </message>
    <message>
        <source>Market order: fills at once as a taker; the market is unknown, so no estimate.</source>
        <translation>Marktauftrag: wird sofort als Taker ausgeführt; der Markt ist unbekannt, daher keine Schätzung.</translation>
    </message>
    <message>
        <source>Market unknown: no fresh ask, so it cannot be told whether this buy fills at once.</source>
        <translation>Markt unbekannt: kein aktueller Briefkurs, daher ist nicht zu sagen, ob dieser Kauf sofort ausgeführt wird.</translation>
    </message>
    <message>
        <source>Market unknown: no fresh bid, so it cannot be told whether this sell fills at once.</source>
        <translation>Markt unbekannt: kein aktueller Geldkurs, daher ist nicht zu sagen, ob dieser Verkauf sofort ausgeführt wird.</translation>
    </message>
    <message>
        <source>Crosses the market: fills at once as a taker (taker fee applies).</source>
        <translation>Kreuzt den Markt: wird sofort als Taker ausgeführt (es gilt die Taker-Gebühr).</translation>
    </message>
    <message>
        <source>A buy at %1 is at the ask %2: it fills at once as a taker.</source>
        <translation>Ein Kauf zu %1 liegt auf dem Briefkurs %2: er wird sofort als Taker ausgeführt.</translation>
    </message>
    <message>
        <source>A buy at %1 is above the ask %2: it fills at once as a taker.</source>
        <translation>Ein Kauf zu %1 liegt über dem Briefkurs %2: er wird sofort als Taker ausgeführt.</translation>
    </message>
    <message>
        <source>A sell at %1 is at the bid %2: it fills at once as a taker.</source>
        <translation>Ein Verkauf zu %1 liegt auf dem Geldkurs %2: er wird sofort als Taker ausgeführt.</translation>
    </message>
    <message>
        <source>A sell at %1 is below the bid %2: it fills at once as a taker.</source>
        <translation>Ein Verkauf zu %1 liegt unter dem Geldkurs %2: er wird sofort als Taker ausgeführt.</translation>
    </message>
    <message>
        <source>Market order: fills at once as a taker. %1</source>
        <translation>Marktauftrag: wird sofort als Taker ausgeführt. %1</translation>
    </message>
    <message>
        <source>Less than one lot (%1) at %2: nothing would fill.</source>
        <translation>Weniger als ein Los (%1) zu %2: nichts würde ausgeführt.</translation>
    </message>
    <message>
        <source>Buys about %1 ≈ %2 at the ask %3; the book's depth is unknown (order book not shown), the fill may be worse.</source>
        <translation>Kauft etwa %1 ≈ %2 zum Briefkurs %3; die Tiefe des Orderbuchs ist unbekannt (Orderbuch nicht angezeigt), die Ausführung kann schlechter sein.</translation>
    </message>
    <message>
        <source>Sells about %1 ≈ %2 at the bid %3; the book's depth is unknown (order book not shown), the fill may be worse.</source>
        <translation>Verkauft etwa %1 ≈ %2 zum Geldkurs %3; die Tiefe des Orderbuchs ist unbekannt (Orderbuch nicht angezeigt), die Ausführung kann schlechter sein.</translation>
    </message>
    <message>
        <source>%1; the visible book holds only %2: the rest fills above %3.</source>
        <translation>%1; das sichtbare Orderbuch hält nur %2: der Rest wird über %3 ausgeführt.</translation>
    </message>
    <message>
        <source>%1; the visible book holds only %2: the rest fills below %3.</source>
        <translation>%1; das sichtbare Orderbuch hält nur %2: der Rest wird unter %3 ausgeführt.</translation>
    </message>
    <message>
        <source>%1, worst %2.</source>
        <translation>%1, schlechtester Preis %2.</translation>
    </message>
    <message>
        <source>Buys about %1, average ≈ %2 (%3 % above the ask)</source>
        <translation>Kauft etwa %1, Durchschnitt ≈ %2 (%3 % über dem Briefkurs)</translation>
    </message>
    <message>
        <source>Sells about %1, average ≈ %2 (%3 % below the bid)</source>
        <translation>Verkauft etwa %1, Durchschnitt ≈ %2 (%3 % unter dem Geldkurs)</translation>
    </message>
</context>
<context>
    <name>MarketDataController</name>
    <message>
        <source>Symbols</source>
        <translation>Symbole</translation>
    </message>
    <message>
        <source>Last price</source>
        <translation>Letzter Preis</translation>
    </message>
    <message>
        <source>Best bid/ask</source>
        <translation>Bester Geld-/Briefkurs</translation>
    </message>
    <message>
        <source>24 h ticker</source>
        <translation>24-h-Ticker</translation>
    </message>
</context>
<context>
    <name>MarketPanel</name>
    <message>
        <source>Last price</source>
        <translation>Letzter Preis</translation>
    </message>
    <message>
        <source>Best bid: click to use as the price</source>
        <translation>Bester Geldkurs: klicken, um ihn als Preis zu übernehmen</translation>
    </message>
    <message>
        <source>Best ask: click to use as the price</source>
        <translation>Bester Briefkurs: klicken, um ihn als Preis zu übernehmen</translation>
    </message>
    <message>
        <source>Best bid</source>
        <translation>Bester Geldkurs</translation>
    </message>
    <message>
        <source>Best ask</source>
        <translation>Bester Briefkurs</translation>
    </message>
    <message>
        <source>24 h %1%2 %</source>
        <translation>24 h %1%2 %</translation>
    </message>
    <message>
        <source>Bid %1</source>
        <translation>Geld %1</translation>
    </message>
    <message>
        <source>Bid —</source>
        <translation>Geld —</translation>
    </message>
    <message>
        <source>Ask %1</source>
        <translation>Brief %1</translation>
    </message>
    <message>
        <source>Ask —</source>
        <translation>Brief —</translation>
    </message>
    <message>
        <source>24 h high, low and traded amount (in the quote token)</source>
        <translation>24-h-Hoch, -Tief und gehandelter Betrag (in der Kurswährung)</translation>
    </message>
    <message>
        <source>24 hours: high %1, low %2, volume %3</source>
        <translation>24 Stunden: Hoch %1, Tief %2, Volumen %3</translation>
    </message>
    <message>
        <source>H %1 · L %2
Vol %3</source>
        <translation>H %1 · T %2
Vol. %3</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>NetModule</name>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: Datei nicht vorhanden.</translation>
    </message>
    <message>
        <source>%1 has no function %2: it is not a TradeDesk network module.</source>
        <translation>%1 hat keine Funktion %2: Es ist kein TradeDesk-Netzwerkmodul.</translation>
    </message>
    <message>
        <source>%1 was built for another TradeDesk version (module interface %2, this TradeDesk needs %3).</source>
        <translation>%1 wurde für eine andere TradeDesk-Version gebaut (Modulschnittstelle %2, dieses TradeDesk braucht %3).</translation>
    </message>
    <message>
        <source>%1 made no network.</source>
        <translation>%1 hat kein Netzwerk erzeugt.</translation>
    </message>
</context>
<context>
    <name>NotificationSettings</name>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Order filled</source>
        <translation>Auftrag ausgeführt</translation>
    </message>
    <message>
        <source>Order partly filled</source>
        <translation>Auftrag teilweise ausgeführt</translation>
    </message>
    <message>
        <source>Order cancelled elsewhere</source>
        <translation>Auftrag anderswo storniert</translation>
    </message>
    <message>
        <source>Order rejected</source>
        <translation>Auftrag abgelehnt</translation>
    </message>
    <message>
        <source>Beep with each notification</source>
        <translation>Bei jeder Benachrichtigung piepen</translation>
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
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
</context>
<context>
    <name>OrderForm</name>
    <message>
        <source>Order %1 repeated in the form; nothing is sent until you place it.</source>
        <translation>Auftrag %1 ins Formular übernommen; gesendet wird erst beim Platzieren.</translation>
    </message>
    <message>
        <source>A %1 order cannot be entered here; only LIMIT and MARKET orders can.</source>
        <translation>Ein %1-Auftrag kann hier nicht erfasst werden; nur LIMIT- und MARKET-Aufträge.</translation>
    </message>
    <message>
        <source>Order %1 has filled nothing: there is nothing to reverse.</source>
        <translation>Auftrag %1 ist nicht ausgeführt: es gibt nichts umzukehren.</translation>
    </message>
    <message>
        <source>Reverse of the part of order %1 that has filled so far: enter a price. Nothing is sent until you place it.</source>
        <translation>Umkehrung des bisher ausgeführten Teils von Auftrag %1: Preis eingeben. Gesendet wird erst beim Platzieren.</translation>
    </message>
    <message>
        <source>Reverse of what order %1 filled: enter a price. Nothing is sent until you place it.</source>
        <translation>Umkehrung dessen, was Auftrag %1 ausgeführt hat: Preis eingeben. Gesendet wird erst beim Platzieren.</translation>
    </message>
    <message>
        <source>MARKET buys are sized in %1, the amount to spend; your %2 quantity is kept for Limit.</source>
        <translation>MARKET-Käufe werden in %1 bemessen, dem Betrag, der ausgegeben wird; Ihre Menge in %2 bleibt für Limit erhalten.</translation>
    </message>
    <message>
        <source>MARKET sells are sized in %1, the amount to receive; your %2 quantity is kept for Limit.</source>
        <translation>MARKET-Verkäufe werden in %1 bemessen, dem Betrag, der eingenommen wird; Ihre Menge in %2 bleibt für Limit erhalten.</translation>
    </message>
</context>
<context>
    <name>OrderLookup</name>
    <message>
        <source>The account changed to %1 while looking up in %2; look up again.</source>
        <translation>Während der Abfrage in %2 wurde zu Konto %1 gewechselt; bitte erneut abfragen.</translation>
    </message>
    <message>
        <source>Look up %1</source>
        <translation>Suche %1</translation>
    </message>
    <message>
        <source>Found order %1 (%2).</source>
        <translation>Auftrag %1 gefunden (%2).</translation>
    </message>
</context>
<context>
    <name>OrderNotifier</name>
    <message>
        <source>Order %1</source>
        <translation>Auftrag %1</translation>
    </message>
    <message>
        <source>%1 — filled %2 at %3</source>
        <translation>%1 — ausgeführt: %2 zu %3</translation>
    </message>
    <message>
        <source>%1 — partly filled: %2 of %3</source>
        <translation>%1 — teilweise ausgeführt: %2 von %3</translation>
    </message>
    <message>
        <source>%1 — rejected (order %2): %3</source>
        <translation>%1 — abgelehnt (Order %2): %3</translation>
    </message>
    <message>
        <source>%1 — filled %2 of %3 before it was cancelled</source>
        <translation>%1 — %2 von %3 ausgeführt, bevor sie storniert wurde</translation>
    </message>
    <message>
        <source>%1 — filled %2 of %3 before it was cancelled elsewhere</source>
        <translation>%1 — %2 von %3 ausgeführt, bevor sie anderswo storniert wurde</translation>
    </message>
    <message>
        <source>%1 — cancelled elsewhere (order %2)</source>
        <translation>%1 — anderswo storniert (Order %2)</translation>
    </message>
    <message>
        <source>%1 (order %2)</source>
        <translation>%1 (Order %2)</translation>
    </message>
    <message>
        <source>%1 is no longer listed and the exchange does not know it — check on the exchange.</source>
        <translation>%1 wird nicht mehr gelistet, und die Börse kennt sie nicht — bitte auf der Börse prüfen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weitere</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orders are no longer listed and the exchange does not know them — check on the exchange: %1.</source>
        <translation>
            <numerusform>%n Order wird nicht mehr gelistet, und die Börse kennt sie nicht — bitte auf der Börse prüfen: %1.</numerusform>
            <numerusform>%n Orders werden nicht mehr gelistet, und die Börse kennt sie nicht — bitte auf der Börse prüfen: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — filled %2 at %3: %4 of the %5 asked</source>
        <translation>%1 — ausgeführt: %2 zu %3: %4 der verlangten %5</translation>
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
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>First seen by this app; the exchange does not report when orders are created.</source>
        <translation>Zuerst von dieser App gesehen; die Börse meldet nicht, wann Aufträge erstellt wurden.</translation>
    </message>
    <message>
        <source>Placed from this app.</source>
        <translation>Aus dieser App platziert.</translation>
    </message>
    <message>
        <source>Seen finished at %1.</source>
        <translation>Abgeschlossen gesehen um %1.</translation>
    </message>
    <message>
        <source>Last fill at %1 (the exchange's trade time).</source>
        <translation>Letzte Ausführung um %1 (Handelszeit der Börse).</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Gebühr</translation>
    </message>
    <message>
        <source>No fill of this order read yet: orders carry no fee, their fills do.</source>
        <translation>Noch keine Ausführung dieses Auftrags gelesen: Aufträge tragen keine Gebühr, ihre Ausführungen schon.</translation>
    </message>
    <message numerus="yes">
        <source>The fees of the %n fill(s) of this order read from the exchange (%1 of %2 filled).</source>
        <translation>
            <numerusform>Die Gebühren der %n Ausführung dieses Auftrags, von der Börse gelesen (%1 von %2 ausgeführt).</numerusform>
            <numerusform>Die Gebühren der %n Ausführungen dieses Auftrags, von der Börse gelesen (%1 von %2 ausgeführt).</numerusform>
        </translation>
    </message>
    <message>
        <source>asked %1</source>
        <translation>verlangt %1</translation>
    </message>
</context>
<context>
    <name>OrderText</name>
    <message>
        <source>%1 %2 at market for %3</source>
        <translation>%1 %2 zum Marktpreis für %3</translation>
    </message>
    <message>
        <source>%1 %2 at market</source>
        <translation>%1 %2 zum Marktpreis</translation>
    </message>
    <message>
        <source>%1 %2 @ %3</source>
        <translation>%1 %2 @ %3</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <source>Time (local, %1)</source>
        <translation>Zeit (lokal, %1)</translation>
    </message>
    <message>
        <source>Asked %1 at market.</source>
        <translation>Verlangt: %1 zum Marktpreis.</translation>
    </message>
    <message>
        <source>%1 Filled %2 for %3.</source>
        <translation>%1 Ausgeführt: %2 für %3.</translation>
    </message>
</context>
<context>
    <name>OrderTimes</name>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <source>Order times cannot be saved: %1. The times of this session's orders are kept until TradeDesk closes; after that they are not known.</source>
        <translation>Auftragszeiten können nicht gespeichert werden: %1. Die Zeiten der Aufträge dieser Sitzung bleiben erhalten, bis TradeDesk geschlossen wird; danach sind sie nicht bekannt.</translation>
    </message>
    <message>
        <source>Order times cannot be read: %1. Orders placed before TradeDesk started show no time (it is not known).</source>
        <translation>Auftragszeiten können nicht gelesen werden: %1. Aufträge, die vor dem Start von TradeDesk erteilt wurden, zeigen keine Zeit (sie ist nicht bekannt).</translation>
    </message>
    <message>
        <source>%1 is damaged (%2 at byte %3)</source>
        <translation>%1 ist beschädigt (%2 bei Byte %3)</translation>
    </message>
    <message>
        <source>%1 holds no order times</source>
        <translation>%1 enthält keine Auftragszeiten</translation>
    </message>
    <message>
        <source>%1 has %2 damaged entries</source>
        <translation>%1 hat %2 beschädigte Einträge</translation>
    </message>
    <message>
        <source>Order times cannot be read: %1. TradeDesk starts afresh with what could be read; orders whose time is not known show none.</source>
        <translation>Auftragszeiten können nicht gelesen werden: %1. TradeDesk beginnt neu mit dem, was gelesen werden konnte; Aufträge, deren Zeit nicht bekannt ist, zeigen keine.</translation>
    </message>
    <message>
        <source>It could not be kept aside (%1): it will be replaced.</source>
        <translation>Sie konnte nicht beiseitegelegt werden (%1): sie wird ersetzt.</translation>
    </message>
    <message>
        <source>The old file is kept as %1.</source>
        <translation>Die alte Datei bleibt als %1 erhalten.</translation>
    </message>
</context>
<context>
    <name>OrderValidator</name>
    <message>
        <source>Choose an account.</source>
        <translation>Bitte ein Konto wählen.</translation>
    </message>
    <message>
        <source>Choose a symbol.</source>
        <translation>Bitte ein Symbol wählen.</translation>
    </message>
    <message>
        <source>%1 is not traded on this exchange.</source>
        <translation>%1 wird an dieser Börse nicht gehandelt.</translation>
    </message>
    <message>
        <source>Trading in %1 is suspended.</source>
        <translation>Der Handel mit %1 ist ausgesetzt.</translation>
    </message>
    <message>
        <source>A client order ID is needed to recover the order if the connection fails.</source>
        <translation>Eine Kunden-Auftrags-ID ist nötig, um den Auftrag nach einem Verbindungsabbruch wiederzufinden.</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>Höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Only letters A-Z, digits, '-' and '_'.</source>
        <translation>Nur Buchstaben A–Z, Ziffern, '-' und '_'.</translation>
    </message>
    <message>
        <source>price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Price must be a multiple of the tick %1.</source>
        <translation>Der Preis muss ein Vielfaches der Tick-Größe %1 sein.</translation>
    </message>
    <message>
        <source>More than %1 % from the last price %2: the exchange would refuse it.</source>
        <translation>Mehr als %1 % vom letzten Preis %2 entfernt: Die Börse würde ablehnen.</translation>
    </message>
    <message>
        <source>The price is %1 % %2 the last price %3.</source>
        <translation>Der Preis liegt %1 % %2 dem letzten Preis %3.</translation>
    </message>
    <message>
        <source>above</source>
        <translation>über</translation>
    </message>
    <message>
        <source>below</source>
        <translation>unter</translation>
    </message>
    <message>
        <source>Quantity must be a multiple of the lot step %1.</source>
        <translation>Die Menge muss ein Vielfaches der Losgröße %1 sein.</translation>
    </message>
    <message>
        <source>The order is too large to compute.</source>
        <translation>Der Auftrag ist zu groß zum Berechnen.</translation>
    </message>
    <message>
        <source>Not enough %1: needs %2, available %3.</source>
        <translation>Nicht genug %1: benötigt %2, verfügbar %3.</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>At most %1 decimals for %2.</source>
        <translation>Höchstens %1 Nachkommastellen für %2.</translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation>Bitte %1 eingeben.</translation>
    </message>
    <message>
        <source>The %1 must be above zero.</source>
        <translation>%1 muss größer als null sein.</translation>
    </message>
    <message>
        <source>Write the %1 in full, without an exponent.</source>
        <translation>%1 bitte ausgeschrieben angeben, ohne Exponent.</translation>
    </message>
    <message>
        <source>The %1 has too many digits (at most %2 before and %3 after the point).</source>
        <translation>%1 hat zu viele Stellen (höchstens %2 vor und %3 nach dem Komma).</translation>
    </message>
    <message>
        <source>Use digits and at most one '.', e.g. 1234.56.</source>
        <translation>Bitte Ziffern und höchstens einen '.' verwenden, z. B. 1234.56.</translation>
    </message>
    <message>
        <source>Use digits and at most one '%1' or '.', e.g. 1234%156; no grouping.</source>
        <translation>Bitte Ziffern und höchstens ein '%1' oder '.' verwenden, z. B. 1234%156; ohne Tausendertrennzeichen.</translation>
    </message>
    <message>
        <source>Waiting for market data for %1 to check the amount.</source>
        <translation>Warte auf Marktdaten für %1, um den Betrag zu prüfen.</translation>
    </message>
    <message>
        <source>"%1" is ambiguous: '.' groups thousands here. Write %2 or %3, whichever you mean.</source>
        <translation>„%1“ ist mehrdeutig: „.“ trennt hier Tausender. Bitte %2 oder %3 schreiben, je nachdem, was gemeint ist.</translation>
    </message>
    <message>
        <source>No last price for %1: the price %2 cannot be checked against the market.</source>
        <translation>Kein letzter Kurs für %1: Der Preis %2 kann nicht mit dem Markt verglichen werden.</translation>
    </message>
    <message>
        <source>The minimum quantity is %1.</source>
        <translation>Die Mindestmenge ist %1.</translation>
    </message>
    <message>
        <source>Order value %1 is below the minimum %2.</source>
        <translation>Der Auftragswert %1 liegt unter dem Minimum von %2.</translation>
    </message>
    <message>
        <source>The minimum order value is %1.</source>
        <translation>Der Mindestauftragswert ist %1.</translation>
    </message>
    <message>
        <source>Not enough %1 to sell %2 worth.</source>
        <translation>Nicht genug %1, um für %2 zu verkaufen.</translation>
    </message>
    <message>
        <source>Large order: %1.</source>
        <translation>Großer Auftrag: %1.</translation>
    </message>
    <message>
        <source>Not enough %1: selling %2 needs about %3 at the market now, available %4.</source>
        <translation>Nicht genug %1: der Verkauf für %2 braucht zum aktuellen Markt etwa %3, verfügbar %4.</translation>
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
    <message>
        <source>finished orders</source>
        <translation>abgeschlossene Aufträge</translation>
    </message>
    <message>
        <source>open orders</source>
        <translation>offene Aufträge</translation>
    </message>
</context>
<context>
    <name>OwnFile</name>
    <message>
        <source>%1 is a symbolic link</source>
        <translation>%1 ist ein symbolischer Link</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a pipe or a device)</source>
        <translation>%1 ist keine normale Datei (eine Pipe oder ein Gerät)</translation>
    </message>
    <message>
        <source>%1 belongs to another user</source>
        <translation>%1 gehört einem anderen Benutzer</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <source>%1 cannot be looked at: %2</source>
        <translation>%1 kann nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large (%2 bytes, at most %3)</source>
        <translation>%1 ist zu groß (%2 Byte, höchstens %3)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>PlaceControls</name>
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
        <translation>Auftrag platzieren (Eingabetaste)</translation>
    </message>
    <message>
        <source>&amp;Withdraw (Esc)</source>
        <translation>&amp;Zurückziehen (Esc)</translation>
    </message>
    <message>
        <source>Withdraw the waiting order (Esc)</source>
        <translation>Wartenden Auftrag zurückziehen (Esc)</translation>
    </message>
</context>
<context>
    <name>PlaceFlow</name>
    <message>
        <source>Not sent: placing paused while the confirmation was open, so the numbers it showed may be out of date (%1). Check the order and place it again.</source>
        <translation>Nicht gesendet: Während die Bestätigung offen war, wurde das Platzieren pausiert; die angezeigten Zahlen sind womöglich veraltet (%1). Prüfen Sie die Order und platzieren Sie sie erneut.</translation>
    </message>
</context>
<context>
    <name>PlacementTracker</name>
    <message>
        <source>Sending %1…</source>
        <translation>Sende %1…</translation>
    </message>
    <message>
        <source>Place %1</source>
        <translation>Platzieren %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Check %1</source>
        <translation>Prüfung %1</translation>
    </message>
    <message>
        <source>Dismissed while the outcome is unknown: the order may exist on the exchange. Client order ID %1 will not be used again.</source>
        <translation>Verworfen, solange das Ergebnis unbekannt ist: Der Auftrag kann an der Börse existieren. Die Kunden-Auftrags-ID %1 wird nicht wieder verwendet.</translation>
    </message>
    <message>
        <source>by client order ID</source>
        <translation>über die Kunden-Auftrags-ID</translation>
    </message>
    <message>
        <source>in the order lists</source>
        <translation>in den Auftragslisten</translation>
    </message>
    <message>
        <source>Resolved: the order was placed as %1 (%2), found %3.</source>
        <translation>Geklärt: Der Auftrag wurde als %1 platziert (%2), gefunden %3.</translation>
    </message>
    <message>
        <source>a list was too long to tell</source>
        <translation>eine Liste war zu lang, um es zu sagen</translation>
    </message>
    <message>
        <source>Already sent: this order went out with this client order ID. To place it again, change it or press ↻ for a new client order ID.</source>
        <translation>Bereits gesendet: Dieser Auftrag ging mit dieser Kunden-Auftrags-ID hinaus. Um ihn erneut zu platzieren, ihn ändern oder ↻ für eine neue Kunden-Auftrags-ID drücken.</translation>
    </message>
    <message>
        <source>Outcome unknown: %1 Looking for client order ID %2 (by ID, then in the open and finished orders); this same order is not sent again meanwhile.</source>
        <translation>Ergebnis unbekannt: %1 Suche nach Client-Auftrags-ID %2 (per ID, dann in den offenen und abgeschlossenen Aufträgen); derselbe Auftrag wird währenddessen nicht erneut gesendet.</translation>
    </message>
    <message>
        <source>an open order could not be read</source>
        <translation>ein offener Auftrag war nicht lesbar</translation>
    </message>
    <message>
        <source>a finished order could not be read</source>
        <translation>ein abgeschlossener Auftrag war nicht lesbar</translation>
    </message>
    <message>
        <source>Not sent again: the check just before sending could not prove that %1 is not on the exchange (%2). Nothing was sent; look at the open orders, then place it again or dismiss this message.</source>
        <translation>Nicht erneut gesendet: Die Prüfung unmittelbar vor dem Senden konnte nicht belegen, dass %1 nicht an der Börse liegt (%2). Nichts wurde gesendet; sehen Sie in die offenen Aufträge, dann platzieren Sie ihn erneut oder schließen Sie diese Meldung.</translation>
    </message>
    <message>
        <source>Not found: %1 checks in a row over %2 s (by client order ID, open and finished orders) were all answered and none shows %3, so it was most likely not placed. Placing again checks once more, then sends the same order with the same client order ID; the exchange does not promise to refuse a duplicate, so look at the open orders first if in doubt.</source>
        <translation>Nicht gefunden: %1 Prüfungen in Folge über %2 s (per Client-Auftrags-ID, offene und abgeschlossene Aufträge) wurden alle beantwortet und keine zeigt %3; er wurde also höchstwahrscheinlich nicht platziert. Erneutes Platzieren prüft noch einmal und sendet dann denselben Auftrag mit derselben Client-Auftrags-ID; die Börse verspricht nicht, ein Duplikat abzulehnen, sehen Sie im Zweifel zuerst in die offenen Aufträge.</translation>
    </message>
    <message>
        <source>Not sent: this same order is still being sent or checked. Other orders (another symbol, the other side, another price or size) can go meanwhile.</source>
        <translation>Nicht gesendet: Derselbe Auftrag wird noch gesendet oder geprüft. Andere Aufträge (anderes Symbol, andere Seite, anderer Preis oder andere Menge) können währenddessen gehen.</translation>
    </message>
    <message>
        <source>Second press ignored: this order went out less than a second ago. One press places one order.</source>
        <translation>Zweiter Druck ignoriert: Dieser Auftrag ging vor weniger als einer Sekunde hinaus. Ein Druck platziert einen Auftrag.</translation>
    </message>
    <message>
        <source>Checking once more that %1 is not on the exchange before sending it again…</source>
        <translation>Vor dem erneuten Senden wird noch einmal geprüft, dass %1 nicht an der Börse liegt…</translation>
    </message>
    <message>
        <source>Waiting to send %1… (Esc withdraws it)</source>
        <translation>%1 wartet auf Versand… (Esc zieht ihn zurück)</translation>
    </message>
    <message>
        <source>%1 — placed: order %2 (%3).</source>
        <translation>%1 — platziert: Order %2 (%3).</translation>
    </message>
    <message>
        <source>outcome unknown, checking whether it was placed (client order ID %1)…</source>
        <translation>Ergebnis unbekannt, prüfe, ob er platziert wurde (Client-Auftrags-ID %1)…</translation>
    </message>
    <message>
        <source>unknown, not found yet (check %1; %2 clean checks in a row and %3 s are needed)…</source>
        <translation>unbekannt, noch nicht gefunden (Prüfung %1; nötig sind %2 einwandfreie Prüfungen in Folge und %3 s)…</translation>
    </message>
    <message>
        <source>unknown, still checking (check %1 of at most %2: %3)…</source>
        <translation>unbekannt, prüfe weiter (Prüfung %1 von höchstens %2: %3)…</translation>
    </message>
    <message>
        <source>unknown, check the exchange: after %1 checks it is still not known whether %2 was placed (last: %3). It may exist. Dismiss this message to clear it; this client order ID will not be used again.</source>
        <translation>unbekannt, prüfen Sie die Börse: Nach %1 Prüfungen ist weiter unbekannt, ob %2 platziert wurde (zuletzt: %3). Er kann existieren. Schließen Sie diese Meldung, um sie zu entfernen; diese Client-Auftrags-ID wird nicht wieder verwendet.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Placed: order %1 (%2).</source>
        <translation>Platziert: Auftrag %1 (%2).</translation>
    </message>
    <message>
        <source>%1 — rejected: %2</source>
        <translation>%1 — abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 — not sent: %2</source>
        <translation>%1 — nicht gesendet: %2</translation>
    </message>
</context>
<context>
    <name>PriceSizeFields</name>
    <message>
        <source>digits and '.'</source>
        <translation>Ziffern und '.'</translation>
    </message>
    <message>
        <source>digits and '%1' or '.'</source>
        <translation>Ziffern und '%1' oder '.'</translation>
    </message>
    <message>
        <source>Price (%1)</source>
        <translation>Preis (%1)</translation>
    </message>
    <message>
        <source>&amp;Price</source>
        <translation>&amp;Preis</translation>
    </message>
    <message>
        <source>Quantity (%1)</source>
        <translation>Menge (%1)</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>Men&amp;ge</translation>
    </message>
    <message>
        <source>Amount in quote currency (%1)</source>
        <translation>Betrag in Kurswährung (%1)</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Betrag</translation>
    </message>
    <message>
        <source>Amount in %1 (%2)</source>
        <translation>Betrag in %1 (%2)</translation>
    </message>
</context>
<context>
    <name>PrivateFolder</name>
    <message>
        <source>the folder %1 cannot be looked at: %2</source>
        <translation>der Ordner %1 kann nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>the folder %1 is a symbolic link (it is not followed)</source>
        <translation>der Ordner %1 ist ein symbolischer Link (ihm wird nicht gefolgt)</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <source>the folder %1 belongs to another user</source>
        <translation>der Ordner %1 gehört einem anderen Benutzer</translation>
    </message>
    <message>
        <source>the folder %1 can be changed by other users (mode %2) and could not be made private</source>
        <translation>der Ordner %1 kann von anderen Benutzern geändert werden (Modus %2) und konnte nicht privat gemacht werden</translation>
    </message>
    <message>
        <source>The folder %1 was open to other users (mode %2); it is now 0700.</source>
        <translation>Der Ordner %1 war für andere Benutzer offen (Modus %2); er ist jetzt 0700.</translation>
    </message>
</context>
<context>
    <name>ReplyParser</name>
    <message>
        <source>The exchange's reply is not a JSON object.</source>
        <translation>Die Antwort der Börse ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The exchange's reply has no result code.</source>
        <translation>Die Antwort der Börse hat keinen Ergebniscode.</translation>
    </message>
    <message>
        <source>The exchange refused the request (code %1).</source>
        <translation>Die Börse hat die Anfrage abgelehnt (Code %1).</translation>
    </message>
    <message>
        <source>the order's side is neither BUY nor SELL</source>
        <translation>die Seite des Auftrags ist weder BUY noch SELL</translation>
    </message>
    <message>
        <source>the batch-cancel reply has no list of results</source>
        <translation>die Antwort auf die Sammelstornierung hat keine Ergebnisliste</translation>
    </message>
    <message>
        <source>"%1" is not an order id</source>
        <translation>„%1“ ist keine Auftrags-ID</translation>
    </message>
    <message>
        <source>the trade's side is neither BUY nor SELL</source>
        <translation>die Seite des Handels ist weder BUY noch SELL</translation>
    </message>
    <message>
        <source>symbol %1 has a zero tick or lot step</source>
        <translation>Symbol %1 hat eine Tick- oder Losgröße von null</translation>
    </message>
    <message>
        <source>the book ticker's levels are not [price, quantity] pairs</source>
        <translation>die Stufen des Orderbuch-Tickers sind keine Paare [Preis, Menge]</translation>
    </message>
    <message>
        <source>the depth levels are not [price, quantity] pairs</source>
        <translation>die Markttiefe-Stufen sind keine Paare [Preis, Menge]</translation>
    </message>
    <message>
        <source>%1 is not a JSON object</source>
        <translation>%1 ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>%1 has no "%2"</source>
        <translation>%1 hat kein „%2“</translation>
    </message>
    <message>
        <source>"%1" in %2 has the wrong type</source>
        <translation>„%1“ in %2 hat den falschen Typ</translation>
    </message>
    <message>
        <source>"%1" in %2 is not an exact decimal</source>
        <translation>„%1“ in %2 ist keine exakte Dezimalzahl</translation>
    </message>
    <message>
        <source>"%1" in %2 is not an order id</source>
        <translation>„%1“ in %2 ist keine Auftrags-ID</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>eine Liste erwartet</translation>
    </message>
    <message>
        <source>order %1: %2</source>
        <translation>Auftrag %1: %2</translation>
    </message>
    <message>
        <source>the reply is not valid JSON (%1)</source>
        <translation>die Antwort ist kein gültiges JSON (%1)</translation>
    </message>
    <message>
        <source>The exchange's reply is not valid JSON (%1).</source>
        <translation>Die Antwort der Börse ist kein gültiges JSON (%1).</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>the system keychain</source>
        <translation>der Systemschlüsselbund</translation>
    </message>
    <message>
        <source>%1 (readable only by you; no system keychain: %2)</source>
        <translation>%1 (nur für Sie lesbar; kein Systemschlüsselbund: %2)</translation>
    </message>
    <message>
        <source>not built in</source>
        <translation>nicht eingebaut</translation>
    </message>
    <message>
        <source>not yet known</source>
        <translation>noch nicht bekannt</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The demo exchange could not listen on 127.0.0.1.</source>
        <translation>Die Demo-Börse konnte nicht auf 127.0.0.1 lauschen.</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>The exchange refused the API key or signature; signed requests are paused until the credentials change in Settings.</source>
        <translation>Die Börse hat API-Schlüssel oder Signatur abgelehnt; signierte Anfragen ruhen, bis die Zugangsdaten in den Einstellungen geändert werden.</translation>
    </message>
    <message>
        <source>Demo exchange</source>
        <translation>Demo-Börse</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Lese %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) could not be read and are not shown: %1</source>
        <translation>
            <numerusform>%n Eintrag war nicht lesbar und wird nicht angezeigt: %1</numerusform>
            <numerusform>%n Einträge waren nicht lesbar und werden nicht angezeigt: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The embedded demo exchange is in use.</source>
        <translation>Die eingebaute Demo-Börse ist in Gebrauch.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Demo exchange could not start: %1</source>
        <translation>Die Demo-Börse konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>The app has no network to reach the exchange.</source>
        <translation>Die App hat kein Netzwerk, um die Börse zu erreichen.</translation>
    </message>
    <message>
        <source>The network could not be opened: %1</source>
        <translation>Das Netzwerk konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Order times</source>
        <translation>Auftragszeiten</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>Ko&amp;pieren</translation>
    </message>
    <message>
        <source>Confirm every order before it is sent</source>
        <translation>Jeden Auftrag vor dem Senden bestätigen</translation>
    </message>
    <message>
        <source>Colour-blind-safe colours (blue/orange)</source>
        <translation>Farbenblind-sichere Farben (Blau/Orange)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Börse</translation>
    </message>
    <message>
        <source>Base &amp;URL</source>
        <translation>Basis-&amp;URL</translation>
    </message>
    <message>
        <source>The embedded demo exchange is in use; start without --demo to use a real exchange.</source>
        <translation>Die eingebaute Demo-Börse ist aktiv; für eine echte Börse ohne --demo starten.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Request &amp;timeout</source>
        <translation>&amp;Zeitlimit für Anfragen</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>&amp;API-Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Import private key…</source>
        <translation>Privaten Schlüssel &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Generate new key pair</source>
        <translation>Neues Schlüsselpaar &amp;erzeugen</translation>
    </message>
    <message>
        <source>A PKCS#8 PEM file, a PKCS#8 DER file, or the DER as one base64 line</source>
        <translation>Eine PKCS#8-PEM-Datei, eine PKCS#8-DER-Datei oder das DER als eine Base64-Zeile</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Privater Schlüssel</translation>
    </message>
    <message>
        <source>Copy the public key to upload it to the exchange</source>
        <translation>Den öffentlichen Schlüssel kopieren, um ihn bei der Börse hochzuladen</translation>
    </message>
    <message>
        <source>Demo credentials live in memory only and are never stored.</source>
        <translation>Demo-Zugangsdaten liegen nur im Speicher und werden nie gespeichert.</translation>
    </message>
    <message>
        <source>Stored in: %1</source>
        <translation>Gespeichert in: %1</translation>
    </message>
    <message>
        <source>Trading</source>
        <translation>Handel</translation>
    </message>
    <message>
        <source>Default &amp;account</source>
        <translation>Standard&amp;konto</translation>
    </message>
    <message>
        <source>Default &amp;symbol</source>
        <translation>Standard&amp;symbol</translation>
    </message>
    <message>
        <source>The exchange allows one open-orders query per second.</source>
        <translation>Die Börse erlaubt eine Abfrage offener Aufträge pro Sekunde.</translation>
    </message>
    <message>
        <source>Refresh &amp;open orders every</source>
        <translation>&amp;Offene Aufträge aktualisieren alle</translation>
    </message>
    <message>
        <source>Refresh &amp;finished orders every</source>
        <translation>Abgeschlossene Au&amp;fträge aktualisieren alle</translation>
    </message>
    <message>
        <source>Public key (upload this)</source>
        <translation>Öffentlicher Schlüssel (diesen hochladen)</translation>
    </message>
    <message>
        <source>Import private key</source>
        <translation>Privaten Schlüssel importieren</translation>
    </message>
    <message>
        <source>Public key copied.</source>
        <translation>Öffentlicher Schlüssel kopiert.</translation>
    </message>
    <message>
        <source>New Ed25519 key ready; it is saved with the settings.</source>
        <translation>Neuer Ed25519-Schlüssel bereit; er wird mit den Einstellungen gespeichert.</translation>
    </message>
    <message>
        <source>Ed25519 key loaded.</source>
        <translation>Ed25519-Schlüssel geladen.</translation>
    </message>
    <message>
        <source>A private key is in use (kept secret; import or generate one to replace it).</source>
        <translation>Ein privater Schlüssel ist in Gebrauch (geheim gehalten; zum Ersetzen einen importieren oder erzeugen).</translation>
    </message>
    <message>
        <source>No private key yet: import one or generate a key pair.</source>
        <translation>Noch kein privater Schlüssel: einen importieren oder ein Schlüsselpaar erzeugen.</translation>
    </message>
    <message>
        <source>Upload the public key to the exchange, then enter the API key it gives you.</source>
        <translation>Den öffentlichen Schlüssel bei der Börse hochladen, dann den erhaltenen API-Schlüssel eintragen.</translation>
    </message>
    <message>
        <source>Embedded demo exchange (127.0.0.1)</source>
        <translation>Eingebaute Demo-Börse (127.0.0.1)</translation>
    </message>
    <message>
        <source>Saving the credentials…</source>
        <translation>Speichere die Zugangsdaten…</translation>
    </message>
    <message>
        <source>The new credentials are in use now but could NOT be stored: %1 They will be gone after a restart: keep a copy of the private key, or press Save to try again.</source>
        <translation>Die neuen Zugangsdaten sind jetzt in Gebrauch, konnten aber NICHT gespeichert werden: %1 Nach einem Neustart sind sie weg: eine Kopie des privaten Schlüssels aufbewahren oder zum erneuten Versuch Speichern drücken.</translation>
    </message>
    <message>
        <source>An order that cannot leave this computer within this time (a rate-limit pause, the exchange's clock still being learned) is withdrawn and reported not sent, never sent late.</source>
        <translation>Ein Auftrag, der diesen Computer nicht innerhalb dieser Zeit verlassen kann (Pause wegen Ratenlimit, Uhr der Börse wird noch ermittelt), wird zurückgezogen und als nicht gesendet gemeldet, nie verspätet gesendet.</translation>
    </message>
    <message>
        <source>Give up on an order not sent &amp;within</source>
        <translation>Auftrag verwerfen, wenn nicht gesendet inner&amp;halb von</translation>
    </message>
    <message>
        <source>e.g. 50000 or 50000.50</source>
        <translation>z. B. 50000 oder 50000.50</translation>
    </message>
    <message>
        <source>Compared with the order's value in its symbol's quote asset: USDT for BTC-USDT, BTC for ETH-BTC. Digits with an optional decimal point, no thousands separators.</source>
        <translation>Verglichen mit dem Wert des Auftrags in der Kurswährung seines Symbols: USDT bei BTC-USDT, BTC bei ETH-BTC. Ziffern mit optionalem Dezimalpunkt, ohne Tausendertrennzeichen.</translation>
    </message>
    <message>
        <source>%1 in the quote asset</source>
        <translation>%1 in der Kurswährung</translation>
    </message>
    <message>
        <source>in the quote asset</source>
        <translation>in der Kurswährung</translation>
    </message>
    <message>
        <source>Warn for orders worth &amp;more than</source>
        <translation>&amp;Warnen bei Aufträgen im Wert von mehr als</translation>
    </message>
</context>
<context>
    <name>SettingsValidator</name>
    <message>
        <source>The API key is 1 to 128 visible ASCII characters, without spaces.</source>
        <translation>Der API-Schlüssel besteht aus 1 bis 128 sichtbaren ASCII-Zeichen, ohne Leerzeichen.</translation>
    </message>
    <message>
        <source>The large-order warning needs a plain number above zero and at most %1, e.g. 50000.</source>
        <translation>Die Warnung für große Aufträge braucht eine einfache Zahl größer als null und höchstens %1, z. B. 50000.</translation>
    </message>
</context>
<context>
    <name>SideTypePicker</name>
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
        <translation>Kaufen (Alt+K)</translation>
    </message>
    <message>
        <source>Sell (Alt+S)</source>
        <translation>Verkaufen (Alt+V)</translation>
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
        <translation>Limit-Auftrag: Preis und Menge (Alt+L)</translation>
    </message>
    <message>
        <source>Market order: an amount to spend or receive (Alt+M)</source>
        <translation>Markt-Auftrag: ein Betrag zum Ausgeben oder Erhalten (Alt+M)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>SizeShortcuts</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Size the order at %1 % of the available balance</source>
        <translation>Auftragsgröße: %1 % des verfügbaren Guthabens</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Set this symbol's quantity presets</source>
        <translation>Mengenvorgaben für dieses Symbol festlegen</translation>
    </message>
    <message>
        <source>Edit quantity presets</source>
        <translation>Mengenvorgaben bearbeiten</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Vorgaben</translation>
    </message>
    <message>
        <source>Quantities separated by spaces, e.g. 0.01 0.05 0.1</source>
        <translation>Mengen durch Leerzeichen getrennt, z. B. 0,01 0,05 0,1</translation>
    </message>
    <message>
        <source>Quantity presets</source>
        <translation>Mengenvorgaben</translation>
    </message>
    <message>
        <source>Quantity %1</source>
        <translation>Menge %1</translation>
    </message>
    <message>
        <source>Set the quantity to %1</source>
        <translation>Menge auf %1 setzen</translation>
    </message>
    <message>
        <source>Presets size LIMIT orders (a market order is sized by amount)</source>
        <translation>Vorgaben bemessen LIMIT-Aufträge (ein Marktauftrag wird über den Betrag bemessen)</translation>
    </message>
</context>
<context>
    <name>StaleMark</name>
    <message>
        <source>⚠ Stale — the credentials were refused; last update %1</source>
        <translation>⚠ Veraltet — die Zugangsdaten wurden abgelehnt; letzte Aktualisierung %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>⚠ Stale — last update %1</source>
        <translation>⚠ Veraltet — letzte Aktualisierung %1</translation>
    </message>
    <message>
        <source>⚠ Stale — no update yet</source>
        <translation>⚠ Veraltet — noch keine Aktualisierung</translation>
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
        <translation>Börse: %1</translation>
    </message>
    <message>
        <source>● Not connected</source>
        <translation>● Nicht verbunden</translation>
    </message>
    <message>
        <source>● Credentials refused</source>
        <translation>● Zugangsdaten abgelehnt</translation>
    </message>
    <message>
        <source>● Connecting…</source>
        <translation>● Verbinde…</translation>
    </message>
    <message>
        <source>● Connection trouble: %1</source>
        <translation>● Verbindungsproblem: %1</translation>
    </message>
    <message>
        <source>● Connected</source>
        <translation>● Verbunden</translation>
    </message>
    <message>
        <source>Difference between this computer's clock and the exchange's.</source>
        <translation>Abweichung zwischen der Uhr dieses Rechners und der der Börse.</translation>
    </message>
    <message>
        <source>Rate limited: pausing %1 s</source>
        <translation>Ratenlimit: Pause %1 s</translation>
    </message>
    <message>
        <source>Rate limits OK</source>
        <translation>Ratenlimits OK</translation>
    </message>
    <message>
        <source>Orders not loaded yet</source>
        <translation>Aufträge noch nicht geladen</translation>
    </message>
    <message>
        <source>⚠ Stale: orders updated %1 s ago</source>
        <translation>⚠ Veraltet: Aufträge vor %1 s aktualisiert</translation>
    </message>
    <message>
        <source>Orders updated %1 s ago</source>
        <translation>Aufträge vor %1 s aktualisiert</translation>
    </message>
    <message>
        <source>● Connected, held back by the rate limit</source>
        <translation>● Verbunden, durch das Ratenlimit gebremst</translation>
    </message>
    <message>
        <source>Clock skew %1%2.%3 s</source>
        <translation>Uhrabweichung %1%2,%3 s</translation>
    </message>
    <message>
        <source>⚠ Stale: refresh failing, orders as of %1 s ago</source>
        <translation>⚠ Veraltet: Aktualisierung schlägt fehl, Aufträge von vor %1 s</translation>
    </message>
    <message>
        <source>This computer's clock is off by more than %1 s; requests are signed with the exchange's time.</source>
        <translation>Die Uhr dieses Rechners weicht um mehr als %1 s ab; Anfragen werden mit der Zeit der Börse signiert.</translation>
    </message>
    <message>
        <source>● Not connected: %1</source>
        <translation>● Nicht verbunden: %1</translation>
    </message>
    <message>
        <source>Clock skew —</source>
        <translation>Uhrabweichung —</translation>
    </message>
    <message>
        <source>Rate limits —</source>
        <translation>Ratenlimits —</translation>
    </message>
</context>
<context>
    <name>TargetPicker</name>
    <message>
        <source>A&amp;ccount</source>
        <translation>K&amp;onto</translation>
    </message>
    <message>
        <source>S&amp;ymbol</source>
        <translation>S&amp;ymbol</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>TicketModel</name>
    <message>
        <source>The exchange refused the API credentials: placing is paused until they are changed (Settings).</source>
        <translation>Die Börse hat die API-Zugangsdaten abgelehnt: Platzieren ruht, bis sie geändert werden (Einstellungen).</translation>
    </message>
    <message>
        <source>Market data is stale: placing is paused until a fresh price arrives.</source>
        <translation>Marktdaten veraltet: Platzieren ruht, bis ein frischer Preis eintrifft.</translation>
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
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 %2 at market for %3</source>
        <translation>%1 %2 zum Marktpreis für %3</translation>
    </message>
    <message>
        <source>%1 %2 at market for %3 worth</source>
        <translation>%1 %2 zum Marktpreis im Wert von %3</translation>
    </message>
    <message>
        <source>%1 %2 at %3 = %4</source>
        <translation>%1 %2 zu %3 = %4</translation>
    </message>
    <message>
        <source>Buy %1</source>
        <translation>%1 kaufen</translation>
    </message>
    <message>
        <source>Sell %1</source>
        <translation>%1 verkaufen</translation>
    </message>
    <message>
        <source>Waiting to send…</source>
        <translation>Wartet auf Versand…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Checking this order…</source>
        <translation>Dieser Auftrag wird geprüft…</translation>
    </message>
    <message>
        <source>Sent — change it or press ↻ to place again</source>
        <translation>Gesendet – ändern oder ↻ drücken, um erneut zu platzieren</translation>
    </message>
    <message>
        <source>"%1" is not a quantity above zero.</source>
        <translation>„%1“ ist keine Menge über null.</translation>
    </message>
    <message>
        <source>%1 is not a multiple of the lot step %2 %3.</source>
        <translation>%1 ist kein Vielfaches der Losgröße %2 %3.</translation>
    </message>
    <message>
        <source>At most 5 presets.</source>
        <translation>Höchstens 5 Vorgaben.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Not sent: the order is no longer valid (%1).</source>
        <translation>Nicht gesendet: der Auftrag ist nicht mehr gültig (%1).</translation>
    </message>
    <message>
        <source>Not sent: the market moved while the confirmation was open (%1). Check the order and place it again.</source>
        <translation>Nicht gesendet: der Markt hat sich bewegt, während die Bestätigung offen war (%1). Prüfen Sie den Auftrag und platzieren Sie ihn erneut.</translation>
    </message>
    <message>
        <source>The exchange is not answering: the symbols are not loaded, so %1 cannot be checked yet.</source>
        <translation>Die Börse antwortet nicht: Die Symbole sind nicht geladen, daher kann %1 noch nicht geprüft werden.</translation>
    </message>
    <message>
        <source>Symbols not loaded yet: %1 is checked once the exchange answers.</source>
        <translation>Symbole noch nicht geladen: %1 wird geprüft, sobald die Börse antwortet.</translation>
    </message>
    <message>
        <source>Enter a price first: % sizes need a price.</source>
        <translation>Zuerst einen Preis eingeben: %-Größen brauchen einen Preis.</translation>
    </message>
    <message>
        <source>%1 (%2 % of your %3, sized again from the freshest book when sent)</source>
        <translation>%1 (%2 % Ihres %3, beim Senden aus dem neuesten Orderbuch neu bemessen)</translation>
    </message>
</context>
</TS>