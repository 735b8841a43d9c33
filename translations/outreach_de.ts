<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ConsoleLauncher</name>
    <message>
        <source>Outreach Console: the agency&apos;s lead generation and outreach, with its job engine.</source>
        <translation>Outreach-Konsole: Lead-Generierung und Akquise der Agentur, mit ihrer Job-Engine.</translation>
    </message>
    <message>
        <source>Language of the console (%1); default: the saved choice, else the system&apos;s.</source>
        <translation>Sprache der Konsole (%1); Standard: die gespeicherte Wahl, sonst die des Systems.</translation>
    </message>
    <message>
        <source>Outreach Console</source>
        <translation>Outreach-Konsole</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; available: %2.</source>
        <translation>Unbekannte Sprache „%1“; verfügbar: %2.</translation>
    </message>
    <message>
        <source>The database cannot be opened:
%1</source>
        <translation>Die Datenbank lässt sich nicht öffnen:
%1</translation>
    </message>
    <message>
        <source>Open the demo workspace (created on first use in its own data folder, %1); the real database is not touched.</source>
        <translation>Den Demo-Arbeitsbereich öffnen (beim ersten Mal in einem eigenen Datenordner angelegt, %1); die echte Datenbank bleibt unberührt.</translation>
    </message>
    <message>
        <source>Database: sqlite:PATH or postgresql://user@host:port/db (default: env OUTREACH_DB, else the location chosen in Settings, else a SQLite file in the data folder).</source>
        <translation>Datenbank: sqlite:PFAD oder postgresql://user@host:port/db (Standard: Umgebungsvariable OUTREACH_DB, sonst der in den Einstellungen gewählte Speicherort, sonst eine SQLite-Datei im Datenordner).</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Partly failed</source>
        <translation>Teilweise fehlgeschlagen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Catch-up</source>
        <translation>Nachholen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>Trace</translation>
    </message>
    <message>
        <source>Debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>%1 of %2 succeeded</source>
        <translation>%1 von %2 erfolgreich</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>in &lt; 1 min</source>
        <translation>in &lt; 1 min</translation>
    </message>
    <message>
        <source>Monthly lead quota</source>
        <translation>Monatliches Lead-Kontingent</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Erneuter Versuch</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>First email</source>
        <translation>Erste E-Mail</translation>
    </message>
    <message>
        <source>Follow-up 1</source>
        <translation>Nachfass-E-Mail 1</translation>
    </message>
    <message>
        <source>Follow-up 2</source>
        <translation>Nachfass-E-Mail 2</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
</context>
<context>
    <name>ReportCsv</name>
    <message>
        <source>Weekly report</source>
        <translation>Wochenbericht</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Computed at</source>
        <translation>Berechnet am</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <source>computed now, not stored</source>
        <translation>jetzt berechnet, nicht gespeichert</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Leads generated</source>
        <translation>Erzeugte Leads</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Kontaktiert</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Geantwortet</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Konvertiert</translation>
    </message>
    <message>
        <source>Leads from sources</source>
        <translation>Leads aus Quellen</translation>
    </message>
    <message>
        <source>Leads from imports</source>
        <translation>Leads aus Importen</translation>
    </message>
    <message>
        <source>Hot leads</source>
        <translation>Heiße Leads</translation>
    </message>
    <message>
        <source>Warm leads</source>
        <translation>Warme Leads</translation>
    </message>
    <message>
        <source>Cold leads</source>
        <translation>Kalte Leads</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>Durchschnittliche Bewertung</translation>
    </message>
    <message>
        <source>API calls</source>
        <translation>API-Aufrufe</translation>
    </message>
    <message>
        <source>Failed API calls</source>
        <translation>Fehlgeschlagene API-Aufrufe</translation>
    </message>
    <message>
        <source>Leads returned</source>
        <translation>Gelieferte Leads</translation>
    </message>
    <message>
        <source>Leads valid</source>
        <translation>Gültige Leads</translation>
    </message>
    <message>
        <source>Valid ratio</source>
        <translation>Gültigkeitsquote</translation>
    </message>
    <message>
        <source>Quality grade</source>
        <translation>Qualitätsnote</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Cost per lead</source>
        <translation>Kosten pro Lead</translation>
    </message>
    <message>
        <source>Cost per conversion</source>
        <translation>Kosten pro Konversion</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Leads added</source>
        <translation>Hinzugefügte Leads</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Konversionen</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Kontingent</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Verbraucht</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Grenze</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Prozent</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Runs out on</source>
        <translation>Erschöpft am</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Quota: %1</source>
        <translation>Kontingent: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
</context>
<context>
    <name>ReportSummary</name>
    <message>
        <source>%1 &lt;%2&gt; — week %3</source>
        <translation>%1 &lt;%2&gt; — Woche %3</translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <translation>%1 bis %2 (%3)</translation>
    </message>
    <message>
        <source>Stored report of %1, computed %2.</source>
        <translation>Gespeicherter Bericht für %1, berechnet %2.</translation>
    </message>
    <message>
        <source>Computed now for %1; no stored report for this week yet.</source>
        <translation>Jetzt berechnet für %1; für diese Woche gibt es noch keinen gespeicherten Bericht.</translation>
    </message>
    <message>
        <source>Leads generated</source>
        <translation>Erzeugte Leads</translation>
    </message>
    <message>
        <source>%1 (hot %2, warm %3, cold %4)</source>
        <translation>%1 (heiß %2, warm %3, kalt %4)</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Kontaktiert</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Geantwortet</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Konvertiert</translation>
    </message>
    <message>
        <source>API calls</source>
        <translation>API-Aufrufe</translation>
    </message>
    <message>
        <source>%1 (%2 failed)</source>
        <translation>%1 (%2 fehlgeschlagen)</translation>
    </message>
    <message>
        <source>Leads returned / valid</source>
        <translation>Gelieferte / gültige Leads</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>%1 valid, grade %2</source>
        <translation>%1 gültig, Note %2</translation>
    </message>
    <message>
        <source>no leads returned</source>
        <translation>keine Leads geliefert</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>%1 total, %2 per lead, %3 per conversion</source>
        <translation>%1 gesamt, %2 pro Lead, %3 pro Konversion</translation>
    </message>
    <message>
        <source>%1: %2 of %3 used (%4)</source>
        <translation>%1: %2 von %3 verbraucht (%4)</translation>
    </message>
    <message>
        <source>, runs out on %1</source>
        <translation>, erschöpft am %1</translation>
    </message>
    <message>
        <source>%1 is at %2 of its monthly quota (warning from %3%).</source>
        <translation>%1 hat %2 seines Monatskontingents erreicht (Warnung ab %3 %).</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n API call(s) failed.</source>
        <translation>
            <numerusform>%1 von %n API-Aufruf fehlgeschlagen.</numerusform>
            <numerusform>%1 von %n API-Aufrufen fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n call(s), %2 returned, %3 valid (%4), %5 added</source>
        <translation>
            <numerusform>%1: %n Aufruf, %2 geliefert, %3 gültig (%4), %5 hinzugefügt</numerusform>
            <numerusform>%1: %n Aufrufe, %2 geliefert, %3 gültig (%4), %5 hinzugefügt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SavedDataLocation</name>
    <message>
        <source>Data location: enter an SQLite file or a PostgreSQL URL.</source>
        <translation>Datenspeicherort: Geben Sie eine SQLite-Datei oder eine PostgreSQL-URL an.</translation>
    </message>
    <message>
        <source>Data location: %1</source>
        <translation>Datenspeicherort: %1</translation>
    </message>
    <message>
        <source>Data location: &apos;%1&apos; is not an absolute file path.</source>
        <translation>Datenspeicherort: „%1“ ist kein absoluter Dateipfad.</translation>
    </message>
    <message>
        <source>Data location: the URL contains a password, which would be saved in clear text. Leave it out and give it in PGPASSWORD or ~/.pgpass instead.</source>
        <translation>Datenspeicherort: Die URL enthält ein Passwort, das im Klartext gespeichert würde. Lassen Sie es weg und geben Sie es stattdessen in PGPASSWORD oder ~/.pgpass an.</translation>
    </message>
</context>
<context>
    <name>outreach::ui::AgencySettingsEditor</name>
    <message>
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
    <message>
        <source>Saved: %1.</source>
        <translation>Gespeichert: %1.</translation>
    </message>
</context>
<context>
    <name>outreach::ui::CampaignDialog</name>
    <message>
        <source>Send &amp;follow-ups</source>
        <translation>Nachfass-E-&amp;Mails senden</translation>
    </message>
    <message>
        <source>Edit campaign %1</source>
        <translation>Kampagne %1 bearbeiten</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Neue Kampagne</translation>
    </message>
    <message>
        <source>Initial email body</source>
        <translation>Text der ersten E-Mail</translation>
    </message>
    <message>
        <source>Follow-up 1 body</source>
        <translation>Text der Nachfass-E-Mail 1</translation>
    </message>
    <message>
        <source>Follow-up 2 body</source>
        <translation>Text der Nachfass-E-Mail 2</translation>
    </message>
    <message>
        <source>HH:MM in the user&apos;s time zone</source>
        <translation>HH:MM in der Zeitzone des Benutzers</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (optional)</source>
        <translation>JJJJ-MM-TT (optional)</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>Initial emails per day at most; 0 sends none</source>
        <translation>Höchstens so viele erste E-Mails pro Tag; 0 sendet keine</translation>
    </message>
    <message>
        <source> days after the first email</source>
        <translation> Tage nach der ersten E-Mail</translation>
    </message>
    <message>
        <source> days after follow-up 1</source>
        <translation> Tage nach Nachfass-E-Mail 1</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. saas, fintech</source>
        <translation>Durch Kommas getrennt, z. B. saas, fintech</translation>
    </message>
    <message>
        <source>e.g. A quick idea for {{company|your team}}</source>
        <translation>z. B. Eine kurze Idee für {{company|Ihr Team}}</translation>
    </message>
    <message>
        <source>Hi {{firstName|there}},

…</source>
        <translation>Hallo {{firstName|there}},

…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Schedule:</source>
        <translation>&amp;Zeitplan:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Uhrzeit:</translation>
    </message>
    <message>
        <source>Start &amp;date:</source>
        <translation>Start&amp;datum:</translation>
    </message>
    <message>
        <source>&amp;End date:</source>
        <translation>&amp;Enddatum:</translation>
    </message>
    <message>
        <source>E&amp;very:</source>
        <translation>&amp;Intervall:</translation>
    </message>
    <message>
        <source>Daily &amp;limit:</source>
        <translation>&amp;Tageslimit:</translation>
    </message>
    <message>
        <source>Follow-up &amp;1:</source>
        <translation>Nachfass-E-Mail &amp;1:</translation>
    </message>
    <message>
        <source>Follow-up &amp;2:</source>
        <translation>Nachfass-E-Mail &amp;2:</translation>
    </message>
    <message>
        <source>&amp;Keywords:</source>
        <translation>Schlüssel&amp;wörter:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>Initial email</source>
        <translation>Erste E-Mail</translation>
    </message>
    <message>
        <source>Follow-up 1</source>
        <translation>Nachfass-E-Mail 1</translation>
    </message>
    <message>
        <source>Follow-up 2</source>
        <translation>Nachfass-E-Mail 2</translation>
    </message>
    <message>
        <source>Variables: %1. A fallback follows a bar: {{firstName|there}}.</source>
        <translation>Variablen: %1. Ein Ersatzwert folgt nach einem senkrechten Strich: {{firstName|there}}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vorschau&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>Daily limit</source>
        <translation>Tageslimit</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachfass-E-Mails</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Schlüsselwörter</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Not saved — %1: %2</source>
        <translation>Nicht gespeichert — %1: %2</translation>
    </message>
</context>
<context>
    <name>outreach::ui::CampaignsModel</name>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Einmalig</translation>
    </message>
    <message>
        <source>Recurring</source>
        <translation>Wiederkehrend</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>when run by hand</source>
        <translation>bei manueller Ausführung</translation>
    </message>
    <message numerus="yes">
        <source>%1, every %n week(s)</source>
        <translation>
            <numerusform>%1, im Abstand von %n Woche</numerusform>
            <numerusform>%1, im Abstand von %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, every %n day(s)</source>
        <translation>
            <numerusform>%1, im Abstand von %n Tag</numerusform>
            <numerusform>%1, im Abstand von %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 to %2</source>
        <translation> · %1 bis %2</translation>
    </message>
    <message>
        <source> · from %1</source>
        <translation> · ab %1</translation>
    </message>
    <message>
        <source> · until %1</source>
        <translation> · bis %1</translation>
    </message>
    <message>
        <source>after %1 and %2 days</source>
        <translation>nach %1 und %2 Tagen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Time and dates</source>
        <translation>Zeit und Daten</translation>
    </message>
    <message>
        <source>Daily limit</source>
        <translation>Tageslimit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Schlüsselwörter</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Nachfass-E-Mails</translation>
    </message>
</context>
<context>
    <name>outreach::ui::CampaignsPage</name>
    <message>
        <source>&amp;New campaign…</source>
        <translation>&amp;Neue Kampagne…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>B&amp;earbeiten…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Import leads…</source>
        <translation>Leads &amp;importieren…</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>The campaigns cannot be read: %1</source>
        <translation>Die Kampagnen lassen sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>Campaign “%1” saved (%2).</source>
        <translation>Kampagne „%1“ gespeichert (%2).</translation>
    </message>
    <message>
        <source>Campaign “%1” is now %2.</source>
        <translation>Kampagne „%1“ ist jetzt: %2.</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
    <message>
        <source>Add a user to set up campaigns.</source>
        <translation>Legen Sie einen Benutzer an, um Kampagnen einzurichten.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>No campaigns yet: “New campaign…” sets one up.</source>
        <translation>Noch keine Kampagnen: „Neue Kampagne…“ legt eine an.</translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s)</source>
        <translation>
            <numerusform>%n Kampagne</numerusform>
            <numerusform>%n Kampagnen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outreach::ui::ConsoleSession</name>
    <message>
        <source>Outreach Console — demo workspace</source>
        <translation>Outreach-Konsole – Demo-Arbeitsbereich</translation>
    </message>
    <message>
        <source>%1 (demo workspace)</source>
        <translation>%1 (Demo-Arbeitsbereich)</translation>
    </message>
</context>
<context>
    <name>outreach::ui::DashboardPage</name>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>&amp;Cancel run…</source>
        <translation>Lauf &amp;abbrechen…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Running now</source>
        <translation>Läuft gerade</translation>
    </message>
    <message>
        <source>Next scheduled runs</source>
        <translation>Nächste geplante Läufe</translation>
    </message>
    <message>
        <source>Failed users, last 24 hours</source>
        <translation>Fehlgeschlagene Benutzer, letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>%1 / %2 users</source>
        <translation>%1 / %2 Benutzer</translation>
    </message>
    <message>
        <source>Figures unavailable</source>
        <translation>Zahlen nicht verfügbar</translation>
    </message>
    <message>
        <source>Emails in unknown state</source>
        <translation>E-Mails mit unbekanntem Status</translation>
    </message>
    <message>
        <source>Quota: %1</source>
        <translation>Kontingent: %1</translation>
    </message>
    <message>
        <source>%1: %2% used (%3 of %4)</source>
        <translation>%1: %2 % verbraucht (%3 von %4)</translation>
    </message>
    <message>
        <source>runs out on %1</source>
        <translation>erschöpft am %1</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) in progress</source>
        <translation>
            <numerusform>%n Lauf aktiv</numerusform>
            <numerusform>%n Läufe aktiv</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed user outcome(s) in the last 24 hours</source>
        <translation>
            <numerusform>%n fehlgeschlagenes Benutzerergebnis in den letzten 24 Stunden</numerusform>
            <numerusform>%n fehlgeschlagene Benutzerergebnisse in den letzten 24 Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quota warning(s)</source>
        <translation>
            <numerusform>%n Kontingentwarnung</numerusform>
            <numerusform>%n Kontingentwarnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n email(s) in unknown state</source>
        <translation>
            <numerusform>%n E-Mail mit unbekanntem Status</numerusform>
            <numerusform>%n E-Mails mit unbekanntem Status</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Lauf abbrechen</translation>
    </message>
    <message>
        <source>Cancel run #%1? It stops after the user being processed now; users not reached yet are not run.</source>
        <translation>Lauf #%1 abbrechen? Er endet nach dem Benutzer, der gerade bearbeitet wird; noch nicht erreichte Benutzer werden nicht ausgeführt.</translation>
    </message>
    <message>
        <source>Current user</source>
        <translation>Aktueller Benutzer</translation>
    </message>
    <message numerus="yes">
        <source>%n email(s) may or may not have been sent before the engine stopped; resend them or mark them sent on the Outbox page.</source>
        <translation>
            <numerusform>%n E-Mail wurde vielleicht gesendet, bevor die Engine anhielt; auf der Seite „Postausgang“ erneut senden oder als gesendet markieren.</numerusform>
            <numerusform>%n E-Mails wurden vielleicht gesendet, bevor die Engine anhielt; auf der Seite „Postausgang“ erneut senden oder als gesendet markieren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reply/replies from leads since yesterday</source>
        <translation>
            <numerusform>%n Antwort von Leads seit gestern</numerusform>
            <numerusform>%n Antworten von Leads seit gestern</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outreach::ui::DataLocationPanel</name>
    <message>
        <source>&amp;SQLite file:</source>
        <translation>&amp;SQLite-Datei:</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL server:</source>
        <translation>&amp;PostgreSQL-Server:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <source>postgresql://user@host:5432/outreach</source>
        <translation>postgresql://user@host:5432/outreach</translation>
    </message>
    <message>
        <source>In use now:</source>
        <translation>Jetzt in Gebrauch:</translation>
    </message>
    <message>
        <source>Chosen for the next start:</source>
        <translation>Gewählt für den nächsten Start:</translation>
    </message>
    <message>
        <source>Another location</source>
        <translation>Anderer Speicherort</translation>
    </message>
    <message>
        <source>The console uses the new location from its next start; nothing is copied or moved. The --db option and the OUTREACH_DB variable still take precedence. A PostgreSQL password is not saved here: give it in PGPASSWORD or ~/.pgpass.</source>
        <translation>Die Konsole verwendet den neuen Speicherort ab ihrem nächsten Start; nichts wird kopiert oder verschoben. Die Option --db und die Variable OUTREACH_DB haben weiterhin Vorrang. Ein PostgreSQL-Passwort wird hier nicht gespeichert: Geben Sie es in PGPASSWORD oder ~/.pgpass an.</translation>
    </message>
    <message>
        <source>Use from &amp;next start</source>
        <translation>Ab dem &amp;nächsten Start verwenden</translation>
    </message>
    <message>
        <source>Use the &amp;default</source>
        <translation>&amp;Vorgabe verwenden</translation>
    </message>
    <message>
        <source>From the next start the console uses %1.</source>
        <translation>Ab dem nächsten Start verwendet die Konsole %1.</translation>
    </message>
    <message>
        <source>From the next start the console uses its default data file.</source>
        <translation>Ab dem nächsten Start verwendet die Konsole ihre Standard-Datendatei.</translation>
    </message>
    <message>
        <source>SQLite data file</source>
        <translation>SQLite-Datendatei</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.db *.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>the default data file</source>
        <translation>die Standard-Datendatei</translation>
    </message>
</context>
<context>
    <name>outreach::ui::DemoOffer</name>
    <message>
        <source>&amp;Open demo workspace</source>
        <translation>Demo-Arbeitsbereich &amp;öffnen</translation>
    </message>
    <message>
        <source>&amp;Start empty</source>
        <translation>&amp;Leer beginnen</translation>
    </message>
    <message>
        <source>Demo workspace offer</source>
        <translation>Angebot: Demo-Arbeitsbereich</translation>
    </message>
    <message>
        <source>Welcome! This workspace has no client accounts yet.</source>
        <translation>Willkommen! Dieser Arbeitsbereich hat noch keine Kundenkonten.</translation>
    </message>
    <message>
        <source>Try the demo workspace first: three client accounts in New York, Berlin and Tokyo, with sample leads, campaigns of every schedule type (daily, one-time, recurring, manual) and sender accounts that write their mail to .eml files instead of sending it. &quot;Run now&quot; on any job shows real runs, logs and reports within seconds.</source>
        <translation>Probieren Sie zuerst den Demo-Arbeitsbereich aus: drei Kundenkonten in New York, Berlin und Tokio, mit Beispiel-Leads, Kampagnen jeder Zeitplanart (täglich, einmalig, wiederkehrend, manuell) und Absenderkonten, die ihre E-Mails als .eml-Dateien ablegen, statt sie zu versenden. „Jetzt ausführen“ zeigt bei jedem Job innerhalb von Sekunden echte Läufe, Protokolle und Berichte.</translation>
    </message>
    <message>
        <source>The demo keeps its own data folder: this database stays exactly as it is, and you can come back to it at any time.</source>
        <translation>Die Demo hat einen eigenen Datenordner: Diese Datenbank bleibt genau so, wie sie ist, und Sie können jederzeit zu ihr zurückkehren.</translation>
    </message>
    <message>
        <source>Opening the demo workspace…</source>
        <translation>Demo-Arbeitsbereich wird geöffnet …</translation>
    </message>
</context>
<context>
    <name>outreach::ui::ImapDialog</name>
    <message>
        <source>Trust a self-signed certificate</source>
        <translation>Selbstsigniertem Zertifikat vertrauen</translation>
    </message>
    <message>
        <source>Allow login without encryption</source>
        <translation>Anmeldung ohne Verschlüsselung erlauben</translation>
    </message>
    <message>
        <source>Check this mailbox for replies</source>
        <translation>Dieses Postfach auf Antworten prüfen</translation>
    </message>
    <message>
        <source>IMAP mailbox of sender %1</source>
        <translation>IMAP-Postfach des Absenders %1</translation>
    </message>
    <message>
        <source>Implicit TLS</source>
        <translation>Implizites TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None (plain)</source>
        <translation>Keine (unverschlüsselt)</translation>
    </message>
    <message>
        <source>empty: the account&apos;s SMTP password</source>
        <translation>leer: das SMTP-Passwort des Kontos</translation>
    </message>
    <message>
        <source>e.g. IMAP_PASSWORD (read at check time)</source>
        <translation>z. B. IMAP_PASSWORD (wird bei der Prüfung gelesen)</translation>
    </message>
    <message>
        <source>PEM file with the server&apos;s CA (optional)</source>
        <translation>PEM-Datei mit der Zertifizierungsstelle (CA) des Servers (optional)</translation>
    </message>
    <message>
        <source>no keychain in this session</source>
        <translation>kein Schlüsselbund in dieser Sitzung</translation>
    </message>
    <message>
        <source>This session has no keychain. Name an environment variable that holds the password, or leave both empty to use the account&apos;s SMTP password.</source>
        <translation>Diese Sitzung hat keinen Schlüsselbund. Nennen Sie eine Umgebungsvariable, die das Passwort enthält, oder lassen Sie beide Felder leer, um das SMTP-Passwort des Kontos zu verwenden.</translation>
    </message>
    <message>
        <source>optional, kept in the audit log</source>
        <translation>optional, wird im Prüfprotokoll festgehalten</translation>
    </message>
    <message>
        <source>IMAP &amp;host:</source>
        <translation>IMAP-&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>Versch&amp;lüsselung:</translation>
    </message>
    <message>
        <source>User&amp;name:</source>
        <translation>Benutzer&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Mailbox:</source>
        <translation>Post&amp;fach:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Password &amp;variable:</source>
        <translation>Passwort-Va&amp;riable:</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>&amp;CA-Zertifikat:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>stored in the keychain; type to replace</source>
        <translation>im Schlüsselbund gespeichert; zum Ersetzen neu eingeben</translation>
    </message>
    <message>
        <source>password variable</source>
        <translation>Passwort-Variable</translation>
    </message>
</context>
<context>
    <name>outreach::ui::JobFiresPanel</name>
    <message>
        <source>Run this &amp;missed one now…</source>
        <translation>Diese verpasste Ausführung jetzt &amp;nachholen…</translation>
    </message>
    <message>
        <source>Runs the job now for the fire selected above, which was missed while no engine was running. The run is audited.</source>
        <translation>Führt den Job jetzt für die oben gewählte Ausführung aus, die verpasst wurde, während keine Engine lief. Der Lauf wird protokolliert.</translation>
    </message>
    <message>
        <source>Recent scheduled fires and what became of each:</source>
        <translation>Letzte geplante Ausführungen und was aus ihnen wurde:</translation>
    </message>
    <message>
        <source>Run missed fire</source>
        <translation>Verpasste Ausführung nachholen</translation>
    </message>
    <message>
        <source>Run %1 now for its fire of %2, which was missed?

Reason (optional, kept in the audit log):</source>
        <translation>%1 jetzt für die verpasste Ausführung von %2 ausführen?

Grund (optional, wird im Prüfprotokoll festgehalten):</translation>
    </message>
</context>
<context>
    <name>outreach::ui::JobPacingPanel</name>
    <message>
        <source>&amp;Apply to job</source>
        <translation>Für Job &amp;übernehmen</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Pacing between users</source>
        <translation>Abstand zwischen Benutzern</translation>
    </message>
    <message>
        <source>Grace</source>
        <translation>Toleranz</translation>
    </message>
    <message>
        <source>Pacing per job</source>
        <translation>Abstand je Job</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Pause between one user&apos;s unit of work and the next</source>
        <translation>Pause zwischen der Arbeit für einen Benutzer und der für den nächsten</translation>
    </message>
    <message>
        <source>How late a scheduled fire may still start after the engine was down</source>
        <translation>Wie verspätet eine geplante Ausführung noch starten darf, wenn die Engine nicht lief</translation>
    </message>
    <message>
        <source>optional, kept in the audit log</source>
        <translation>optional, wird im Prüfprotokoll festgehalten</translation>
    </message>
    <message>
        <source>&amp;Pacing:</source>
        <translation>Absta&amp;nd:</translation>
    </message>
    <message>
        <source>&amp;Grace:</source>
        <translation>Tole&amp;ranz:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
    <message>
        <source>%1: pacing %2, grace %3.</source>
        <translation>%1: Abstand %2, Toleranz %3.</translation>
    </message>
</context>
<context>
    <name>outreach::ui::JobsModel</name>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>%1 / %2 users</source>
        <translation>%1 / %2 Benutzer</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>Pausiert: %1</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Letzter Lauf</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Nächster Lauf</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
</context>
<context>
    <name>outreach::ui::JobsPage</name>
    <message>
        <source>&amp;Run now…</source>
        <translation>&amp;Jetzt ausführen…</translation>
    </message>
    <message>
        <source>&amp;Pause job…</source>
        <translation>Job &amp;pausieren…</translation>
    </message>
    <message>
        <source>&amp;Cancel run…</source>
        <translation>Lauf &amp;abbrechen…</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>The schedule was not saved: %1</source>
        <translation>Der Zeitplan wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Schedule of %1 saved: %2 (%3)</source>
        <translation>Zeitplan von %1 gespeichert: %2 (%3)</translation>
    </message>
    <message>
        <source>Run #%1 of %2 started.</source>
        <translation>Lauf #%1 von %2 gestartet.</translation>
    </message>
    <message>
        <source>The run was refused: %1</source>
        <translation>Der Lauf wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>No job selected</source>
        <translation>Kein Job ausgewählt</translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <translation>%1 (pausiert)</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>Pausiert: %1</translation>
    </message>
    <message>
        <source>Res&amp;ume job…</source>
        <translation>Job &amp;fortsetzen…</translation>
    </message>
    <message>
        <source>Paused for: %1</source>
        <translation>Pausiert für: %1</translation>
    </message>
    <message>
        <source>Run #%1: %2 of %3 users, %4 items</source>
        <translation>Lauf #%1: %2 von %3 Benutzern, %4 Einträge</translation>
    </message>
    <message>
        <source>Pause job</source>
        <translation>Job pausieren</translation>
    </message>
    <message>
        <source>Resume job</source>
        <translation>Job fortsetzen</translation>
    </message>
    <message>
        <source>Pause %1? Its scheduled fires are recorded as skipped until it is resumed; &quot;Run now&quot; still works.

Reason (optional, kept in the audit log):</source>
        <translation>%1 pausieren? Geplante Ausführungen werden bis zur Fortsetzung als übersprungen vermerkt; „Jetzt ausführen“ funktioniert weiterhin.

Grund (optional, wird im Prüfprotokoll festgehalten):</translation>
    </message>
    <message>
        <source>Resume %1? It runs again at its next scheduled time.

Reason (optional, kept in the audit log):</source>
        <translation>%1 fortsetzen? Er läuft wieder zu seiner nächsten geplanten Zeit.

Grund (optional, wird im Prüfprotokoll festgehalten):</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Lauf abbrechen</translation>
    </message>
    <message>
        <source>Cancel run #%1 of %2? It stops after the user being processed now; users not reached yet are not run.</source>
        <translation>Lauf #%1 von %2 abbrechen? Er endet nach dem Benutzer, der gerade bearbeitet wird; noch nicht erreichte Benutzer werden nicht ausgeführt.</translation>
    </message>
    <message>
        <source>Cancelling run #%1 after the current user…</source>
        <translation>Lauf #%1 wird nach dem aktuellen Benutzer abgebrochen…</translation>
    </message>
    <message>
        <source>Pause for a &amp;user…</source>
        <translation>Für einen &amp;Benutzer pausieren…</translation>
    </message>
    <message>
        <source>Recent fires</source>
        <translation>Letzte Ausführungen</translation>
    </message>
    <message>
        <source>%1 is paused for %2.</source>
        <translation>%1 ist für %2 pausiert.</translation>
    </message>
    <message>
        <source>%1 runs again for %2.</source>
        <translation>%1 läuft wieder für %2.</translation>
    </message>
</context>
<context>
    <name>outreach::ui::LeadImportDialog</name>
    <message>
        <source>&amp;Choose file…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <source>&amp;Skip the bad rows and import the good ones</source>
        <translation>&amp;Fehlerhafte Zeilen überspringen und die korrekten importieren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Import leads for %1</source>
        <translation>Leads für %1 importieren</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Zeilen der Datei</translation>
    </message>
    <message>
        <source>A CSV file with the columns email, firstName, lastName, company, title and optionally score</source>
        <translation>Eine CSV-Datei mit den Spalten email, firstName, lastName, company, title und optional score</translation>
    </message>
    <message>
        <source>No campaign</source>
        <translation>Keine Kampagne</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>C&amp;ampaign:</source>
        <translation>&amp;Kampagne:</translation>
    </message>
    <message>
        <source>Choose a leads CSV file</source>
        <translation>CSV-Datei mit Leads wählen</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Datei wird gelesen…</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>Die Datei lässt sich nicht importieren: %1</translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Zeilen.</translation>
    </message>
    <message>
        <source>%1 good rows, %2 with errors.</source>
        <translation>%1 korrekte Zeilen, %2 mit Fehlern.</translation>
    </message>
    <message>
        <source>A file with bad rows imports nothing: fix them in the file, or skip them.</source>
        <translation>Eine Datei mit fehlerhaften Zeilen importiert nichts: Korrigieren Sie sie in der Datei oder überspringen Sie sie.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>Imported %1 leads; %2 were already known; %3 bad rows skipped.</source>
        <translation>%1 Leads importiert; %2 waren bereits bekannt; %3 fehlerhafte Zeilen übersprungen.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
</context>
<context>
    <name>outreach::ui::LeadImportModel</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>outreach::ui::LeadImporter</name>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>„%1“ lässt sich nicht lesen: %2</translation>
    </message>
</context>
<context>
    <name>outreach::ui::LeadSourceDialog</name>
    <message>
        <source>Use this source</source>
        <translation>Diese Quelle verwenden</translation>
    </message>
    <message>
        <source>Add lead source</source>
        <translation>Lead-Quelle hinzufügen</translation>
    </message>
    <message>
        <source>HTTP JSON API</source>
        <translation>HTTP-JSON-API</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV-Datei</translation>
    </message>
    <message>
        <source>Sample generator (demo)</source>
        <translation>Beispielgenerator (Demo)</translation>
    </message>
    <message>
        <source>https://api.example/leads, or the CSV file&apos;s path</source>
        <translation>https://api.example/leads oder der Pfad der CSV-Datei</translation>
    </message>
    <message>
        <source>e.g. LEADS_API_KEY (read at call time)</source>
        <translation>z. B. LEADS_API_KEY (wird beim Aufruf gelesen)</translation>
    </message>
    <message>
        <source>no keychain in this session</source>
        <translation>kein Schlüsselbund in dieser Sitzung</translation>
    </message>
    <message>
        <source>This session has no keychain. Put the key in an environment variable and name it below.</source>
        <translation>Diese Sitzung hat keinen Schlüsselbund. Legen Sie den Schlüssel in einer Umgebungsvariablen ab und nennen Sie diese unten.</translation>
    </message>
    <message>
        <source>optional, kept in the audit log</source>
        <translation>optional, wird im Prüfprotokoll festgehalten</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;URL or file:</source>
        <translation>&amp;URL oder Datei:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>API key &amp;variable:</source>
        <translation>API-Schlüssel-&amp;Variable:</translation>
    </message>
    <message>
        <source>&amp;Monthly quota:</source>
        <translation>&amp;Monatliches Kontingent:</translation>
    </message>
    <message>
        <source>&amp;Cost per call:</source>
        <translation>&amp;Kosten pro Aufruf:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Edit lead source %1</source>
        <translation>Lead-Quelle %1 bearbeiten</translation>
    </message>
    <message>
        <source>stored in the keychain; type to replace</source>
        <translation>im Schlüsselbund gespeichert; zum Ersetzen neu eingeben</translation>
    </message>
</context>
<context>
    <name>outreach::ui::LeadSourcesModel</name>
    <message>
        <source>keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>URL or file</source>
        <translation>URL oder Datei</translation>
    </message>
    <message>
        <source>Monthly quota</source>
        <translation>Monatliches Kontingent</translation>
    </message>
    <message>
        <source>Cost per call</source>
        <translation>Kosten pro Aufruf</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
</context>
<context>
    <name>outreach::ui::LeadSourcesPanel</name>
    <message>
        <source>&amp;Add source…</source>
        <translation>Quelle hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>B&amp;earbeiten…</translation>
    </message>
    <message>
        <source>Lead sources</source>
        <translation>Lead-Quellen</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
</context>
<context>
    <name>outreach::ui::LeadsModel</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Kontaktiert</translation>
    </message>
    <message>
        <source>Follow-up 1 sent</source>
        <translation>Nachfass-E-Mail 1 gesendet</translation>
    </message>
    <message>
        <source>Follow-up 2 sent</source>
        <translation>Nachfass-E-Mail 2 gesendet</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Geantwortet</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Unzustellbar</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Konvertiert</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>outreach::ui::LeadsPage</name>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Search leads</source>
        <translation>Leads suchen</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Mail received from the lead</source>
        <translation>Vom Lead empfangene E-Mails</translation>
    </message>
    <message>
        <source>Email, name or company</source>
        <translation>E-Mail, Name oder Firma</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>The leads cannot be read: %1</source>
        <translation>Die Leads lassen sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Automatic reply</source>
        <translation>Automatische Antwort</translation>
    </message>
    <message>
        <source>Bounce</source>
        <translation>Unzustellbarkeitsmeldung</translation>
    </message>
    <message>
        <source>Delivery delayed</source>
        <translation>Zustellung verzögert</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Abmeldung</translation>
    </message>
    <message>
        <source>Not matched</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <source>Select a lead to see its sequence and the mail received from it.</source>
        <translation>Wählen Sie einen Lead, um seinen Ablauf und die von ihm empfangenen E-Mails zu sehen.</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>contacted</source>
        <translation>kontaktiert</translation>
    </message>
    <message>
        <source>follow-up 1</source>
        <translation>Nachfass-E-Mail 1</translation>
    </message>
    <message>
        <source>follow-up 2</source>
        <translation>Nachfass-E-Mail 2</translation>
    </message>
    <message>
        <source>replied</source>
        <translation>geantwortet</translation>
    </message>
    <message>
        <source>bounced</source>
        <translation>unzustellbar</translation>
    </message>
    <message>
        <source>unsubscribed</source>
        <translation>abgemeldet</translation>
    </message>
    <message>
        <source>converted</source>
        <translation>konvertiert</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;lt;%2&amp;gt; · %3 · score %4 · source %5&lt;br&gt;%6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;lt;%2&amp;gt; · %3 · Bewertung %4 · Quelle %5&lt;br&gt;%6</translation>
    </message>
    <message>
        <source>Add a user to see leads here.</source>
        <translation>Legen Sie einen Benutzer an, um hier Leads zu sehen.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>No lead matches.</source>
        <translation>Kein Lead passt.</translation>
    </message>
    <message>
        <source>Leads %1–%2 of %3</source>
        <translation>Leads %1–%2 von %3</translation>
    </message>
</context>
<context>
    <name>outreach::ui::LogExport</name>
    <message>
        <source>Export cancelled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
</context>
<context>
    <name>outreach::ui::LogFilterBar</name>
    <message>
        <source>F&amp;ollow live</source>
        <translation>&amp;Live mitverfolgen</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <source>Debug and above</source>
        <translation>Debug und höher</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Info und höher</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation>Alle Jobs</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message>
        <source>Run #</source>
        <translation>Lauf #</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Meldungen durchsuchen</translation>
    </message>
    <message>
        <source>Show new records as the engine logs them</source>
        <translation>Neue Einträge anzeigen, sobald die Engine sie protokolliert</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Stufe:</translation>
    </message>
    <message>
        <source>&amp;Job:</source>
        <translation>&amp;Job:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Run:</source>
        <translation>La&amp;uf:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
</context>
<context>
    <name>outreach::ui::LogModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>outreach::ui::LogsPage</name>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>The log cannot be read: %1</source>
        <translation>Das Protokoll lässt sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>Reading the log…</source>
        <translation>Protokoll wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) shown</source>
        <translation>
            <numerusform>%n Eintrag angezeigt</numerusform>
            <numerusform>%n Einträge angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>older records load as you scroll down</source>
        <translation>ältere Einträge werden beim Herunterscrollen geladen</translation>
    </message>
    <message numerus="yes">
        <source>%n new record(s) held back; tick &quot;Follow live&quot; to show them</source>
        <translation>
            <numerusform>%n neuer Eintrag zurückgehalten; „Live mitverfolgen“ ankreuzen, um ihn anzuzeigen</numerusform>
            <numerusform>%n neue Einträge zurückgehalten; „Live mitverfolgen“ ankreuzen, um sie anzuzeigen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>exporting: %n record(s) written</source>
        <translation>
            <numerusform>Export: %n Eintrag geschrieben</numerusform>
            <numerusform>Export: %n Einträge geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;message</source>
        <translation>&amp;Meldung kopieren</translation>
    </message>
    <message>
        <source>Show only run #%1</source>
        <translation>Nur Lauf #%1 anzeigen</translation>
    </message>
    <message>
        <source>Show only this user</source>
        <translation>Nur diesen Benutzer anzeigen</translation>
    </message>
    <message>
        <source>Export logs</source>
        <translation>Protokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Log files (*.log *.txt)</source>
        <translation>CSV-Dateien (*.csv);;Protokolldateien (*.log *.txt)</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) exported to %1.</source>
        <translation>
            <numerusform>%n Eintrag nach %1 exportiert.</numerusform>
            <numerusform>%n Einträge nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>outreach::ui::MailSettingsPanel</name>
    <message>
        <source>&amp;Save mail settings</source>
        <translation>E-Mail-Einstellungen spei&amp;chern</translation>
    </message>
    <message>
        <source>&amp;Unsubscribe URL:</source>
        <translation>Ab&amp;melde-URL:</translation>
    </message>
    <message>
        <source>https://… with a {token} placeholder (List-Unsubscribe)</source>
        <translation>https://… mit einem Platzhalter {token} (List-Unsubscribe)</translation>
    </message>
    <message>
        <source>&amp;Dry-run folder:</source>
        <translation>&amp;Probelauf-Ordner:</translation>
    </message>
    <message>
        <source>absolute folder: every message is written there instead of being sent</source>
        <translation>absoluter Ordner: Jede Nachricht wird dort abgelegt, statt versendet zu werden</translation>
    </message>
    <message>
        <source>&amp;Max attempts:</source>
        <translation>Höchstzahl &amp;Versuche:</translation>
    </message>
    <message>
        <source>1–100, default 5: attempts before a message counts as failed</source>
        <translation>1–100, Standard 5: Versuche, bevor eine Nachricht als fehlgeschlagen gilt</translation>
    </message>
    <message>
        <source>optional, kept in the audit log</source>
        <translation>optional, wird im Prüfprotokoll festgehalten</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
</context>
<context>
    <name>outreach::ui::MainWindow</name>
    <message>
        <source>Outreach Console</source>
        <translation>Outreach-Konsole</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Daten: %1</translation>
    </message>
    <message>
        <source>Engine starting…</source>
        <translation>Engine startet…</translation>
    </message>
    <message>
        <source>Engine running</source>
        <translation>Engine läuft</translation>
    </message>
    <message>
        <source>Engine stopped</source>
        <translation>Engine angehalten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The console uses the new language from its next start.</source>
        <translation>Die Konsole verwendet die neue Sprache ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Outreach Console</source>
        <translation>Ü&amp;ber die Outreach-Konsole</translation>
    </message>
    <message>
        <source>About Outreach Console</source>
        <translation>Über die Outreach-Konsole</translation>
    </message>
    <message>
        <source>&lt;b&gt;Outreach Console %1&lt;/b&gt;&lt;p&gt;Lead generation and cold-email outreach for an agency&apos;s client accounts, with the job engine running inside the console.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Outreach-Konsole %1&lt;/b&gt;&lt;p&gt;Lead-Generierung und Kaltakquise per E-Mail für die Kundenkonten einer Agentur, mit der Job-Engine in der Konsole.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Viewer mode</source>
        <translation>Beobachtermodus</translation>
    </message>
    <message>
        <source>Another engine runs the jobs on this database</source>
        <translation>Eine andere Engine führt die Jobs auf dieser Datenbank aus</translation>
    </message>
</context>
<context>
    <name>outreach::ui::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>outreach::ui::OccurrencesModel</name>
    <message>
        <source>Ran</source>
        <translation>Ausgeführt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Merged into a catch-up run</source>
        <translation>In einem Nachhol-Lauf zusammengefasst</translation>
    </message>
    <message>
        <source>Missed, run by hand</source>
        <translation>Verpasst, von Hand ausgeführt</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Verpasst</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2 (%n fires)</source>
        <translation>
            <numerusform>%1 – %2 (%n Ausführung)</numerusform>
            <numerusform>%1 – %2 (%n Ausführungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation>Geplant für</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
</context>
<context>
    <name>outreach::ui::OutboxModel</name>
    <message>
        <source>User #%1</source>
        <translation>Benutzer #%1</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation>Geplant für</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
</context>
<context>
    <name>outreach::ui::OutboxPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Re&amp;send…</source>
        <translation>&amp;Erneut senden…</translation>
    </message>
    <message>
        <source>&amp;Mark sent…</source>
        <translation>Als gesendet &amp;markieren…</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>User filter</source>
        <translation>Benutzerfilter</translation>
    </message>
    <message>
        <source>Outbox messages</source>
        <translation>Nachrichten im Postausgang</translation>
    </message>
    <message>
        <source>Queue the message again (unknown or failed rows); audited</source>
        <translation>Die Nachricht erneut einreihen (unbekannte oder fehlgeschlagene Zeilen); wird protokolliert</translation>
    </message>
    <message>
        <source>Record that the message did go out (unknown rows); audited</source>
        <translation>Festhalten, dass die Nachricht verschickt wurde (unbekannte Zeilen); wird protokolliert</translation>
    </message>
    <message>
        <source>Needs attention (unknown, failed)</source>
        <translation>Braucht Aufmerksamkeit (unbekannt, fehlgeschlagen)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>The outbox cannot be read: %1</source>
        <translation>Der Postausgang kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Resend message %1 to %2? It is queued again at once and goes out with the same Message-ID; if the first attempt did arrive, the recipient gets it twice.

Reason (optional, kept in the audit log):</source>
        <translation>Nachricht %1 an %2 erneut senden? Sie wird sofort wieder eingereiht und geht mit derselben Message-ID hinaus; kam der erste Versuch doch an, erhält der Empfänger sie zweimal.

Begründung (optional, wird im Audit-Protokoll gespeichert):</translation>
    </message>
    <message>
        <source>Mark message %1 to %2 as sent? It will not be sent again and its lead moves on as if the server had accepted it.

Reason (optional, kept in the audit log):</source>
        <translation>Nachricht %1 an %2 als gesendet markieren? Sie wird nicht erneut gesendet, und ihr Lead geht weiter, als hätte der Server sie angenommen.

Begründung (optional, wird im Audit-Protokoll gespeichert):</translation>
    </message>
    <message>
        <source>Resend message</source>
        <translation>Nachricht erneut senden</translation>
    </message>
    <message>
        <source>Mark message sent</source>
        <translation>Nachricht als gesendet markieren</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Mark sent</source>
        <translation>Als gesendet markieren</translation>
    </message>
    <message>
        <source>Message %1 to %2 is now %3.</source>
        <translation>Nachricht %1 an %2 ist jetzt: %3.</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>No messages match these filters.</source>
        <translation>Keine Nachrichten passen zu diesen Filtern.</translation>
    </message>
    <message>
        <source>Messages %1–%2 of %3</source>
        <translation>Nachrichten %1–%2 von %3</translation>
    </message>
</context>
<context>
    <name>outreach::ui::ReportCharts</name>
    <message>
        <source>Funnel</source>
        <translation>Trichter</translation>
    </message>
    <message>
        <source>Leads and quality per source</source>
        <translation>Leads und Qualität je Quelle</translation>
    </message>
    <message>
        <source>Quota usage this month (%)</source>
        <translation>Kontingentverbrauch diesen Monat (%)</translation>
    </message>
    <message>
        <source>Compared with earlier weeks</source>
        <translation>Im Vergleich zu früheren Wochen</translation>
    </message>
    <message>
        <source>Funnel chart</source>
        <translation>Trichterdiagramm</translation>
    </message>
    <message>
        <source>Sources chart</source>
        <translation>Quellendiagramm</translation>
    </message>
    <message>
        <source>Quota chart</source>
        <translation>Kontingentdiagramm</translation>
    </message>
    <message>
        <source>Weeks compared chart</source>
        <translation>Diagramm Wochenvergleich</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erzeugt</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Kontaktiert</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Geantwortet</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Konvertiert</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Geliefert</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>No source was called</source>
        <translation>Keine Quelle wurde abgefragt</translation>
    </message>
    <message>
        <source>No quota</source>
        <translation>Kein Kontingent</translation>
    </message>
    <message>
        <source>Weeks before %1</source>
        <translation>Wochen vor %1</translation>
    </message>
</context>
<context>
    <name>outreach::ui::ReportsPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Report figures</source>
        <translation>Kennzahlen des Berichts</translation>
    </message>
    <message>
        <source>Report warnings</source>
        <translation>Warnungen des Berichts</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Week:</source>
        <translation>&amp;Woche:</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>The report cannot be shown: %1</source>
        <translation>Der Bericht kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>Quotas this month</source>
        <translation>Kontingente diesen Monat</translation>
    </message>
    <message>
        <source>Export report as PDF</source>
        <translation>Bericht als PDF exportieren</translation>
    </message>
    <message>
        <source>Export report as CSV</source>
        <translation>Bericht als CSV exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Report saved as %1.</source>
        <translation>Bericht gespeichert als %1.</translation>
    </message>
    <message>
        <source>The report was not saved: %1</source>
        <translation>Der Bericht wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Lead sources</source>
        <translation>Lead-Quellen</translation>
    </message>
    <message>
        <source>%1 (so far)</source>
        <translation>%1 (bisher)</translation>
    </message>
</context>
<context>
    <name>outreach::ui::RunNowDialog</name>
    <message>
        <source>&amp;One user:</source>
        <translation>&amp;Ein Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Force: run this paused user anyway (audited)</source>
        <translation>&amp;Erzwingen: diesen pausierten Benutzer trotzdem ausführen (wird protokolliert)</translation>
    </message>
    <message>
        <source>Run %1 now</source>
        <translation>%1 jetzt ausführen</translation>
    </message>
    <message numerus="yes">
        <source>&amp;All active users (%n)</source>
        <translation>
            <numerusform>&amp;Alle aktiven Benutzer (%n)</numerusform>
            <numerusform>&amp;Alle aktiven Benutzer (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Optional, kept in the audit log</source>
        <translation>Optional, wird im Prüfprotokoll festgehalten</translation>
    </message>
    <message>
        <source>&amp;Run now</source>
        <translation>&amp;Jetzt ausführen</translation>
    </message>
    <message>
        <source>Runs the job&apos;s normal logic at this instant: its schedule-time checks and guards still apply.</source>
        <translation>Führt die normale Logik des Jobs sofort aus: seine Prüfungen von Zeitplan und Sperrfristen gelten weiterhin.</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>%1 is paused: every job skips this user. Only a forced run includes them, and it is recorded in the audit log.</source>
        <translation>%1 ist pausiert: Jeder Job überspringt diesen Benutzer. Nur ein erzwungener Lauf schließt ihn ein, und dieser wird im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>Run a paused user?</source>
        <translation>Pausierten Benutzer ausführen?</translation>
    </message>
    <message>
        <source>%1 is paused. Run %2 for this user anyway? The forced run is recorded in the audit log with your reason.</source>
        <translation>%1 ist pausiert. %2 trotzdem für diesen Benutzer ausführen? Der erzwungene Lauf wird mit Ihrem Grund im Prüfprotokoll festgehalten.</translation>
    </message>
</context>
<context>
    <name>outreach::ui::RunUsersModel</name>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Error / note</source>
        <translation>Fehler / Hinweis</translation>
    </message>
</context>
<context>
    <name>outreach::ui::RunsModel</name>
    <message>
        <source>Retry of #%1</source>
        <translation>Wiederholung von #%1</translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation>Wird abgebrochen</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Error / reason</source>
        <translation>Fehler / Grund</translation>
    </message>
</context>
<context>
    <name>outreach::ui::RunsPage</name>
    <message>
        <source>Run&apos;s &amp;logs</source>
        <translation>&amp;Protokoll des Laufs</translation>
    </message>
    <message>
        <source>&amp;User&apos;s logs in this run</source>
        <translation>Protokoll des &amp;Benutzers in diesem Lauf</translation>
    </message>
    <message>
        <source>Re&amp;try failed users…</source>
        <translation>Fehlgeschlagene &amp;wiederholen…</translation>
    </message>
    <message>
        <source>&amp;Cancel run…</source>
        <translation>Lauf &amp;abbrechen…</translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation>Alle Jobs</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>&amp;Job:</source>
        <translation>&amp;Job:</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>Be&amp;nutzer:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Run #%1 retries the failed users of run #%2.</source>
        <translation>Lauf #%1 wiederholt die fehlgeschlagenen Benutzer von Lauf #%2.</translation>
    </message>
    <message>
        <source>The retry was refused: %1</source>
        <translation>Die Wiederholung wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>No run selected.</source>
        <translation>Kein Lauf ausgewählt.</translation>
    </message>
    <message>
        <source>Run #%1 of %2 — %3, started %4</source>
        <translation>Lauf #%1 von %2 — %3, gestartet %4</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>(forced)</source>
        <translation>(erzwungen)</translation>
    </message>
    <message>
        <source>Retry failed users</source>
        <translation>Fehlgeschlagene Benutzer wiederholen</translation>
    </message>
    <message numerus="yes">
        <source>Run %1 again for the %n user(s) that failed in run #%2? Users that succeeded are not run again.

Reason (optional, kept in the audit log):</source>
        <translation>
            <numerusform>%1 erneut für den %n Benutzer ausführen, der in Lauf #%2 fehlgeschlagen ist? Erfolgreiche Benutzer werden nicht erneut ausgeführt.

Grund (optional, wird im Prüfprotokoll festgehalten):</numerusform>
            <numerusform>%1 erneut für die %n Benutzer ausführen, die in Lauf #%2 fehlgeschlagen sind? Erfolgreiche Benutzer werden nicht erneut ausgeführt.

Grund (optional, wird im Prüfprotokoll festgehalten):</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Lauf abbrechen</translation>
    </message>
    <message>
        <source>Cancel run #%1? It stops after the user being processed now; users not reached yet are not run.</source>
        <translation>Lauf #%1 abbrechen? Er endet nach dem Benutzer, der gerade bearbeitet wird; noch nicht erreichte Benutzer werden nicht ausgeführt.</translation>
    </message>
</context>
<context>
    <name>outreach::ui::ScheduleEditor</name>
    <message>
        <source>&amp;Save schedule</source>
        <translation>Zeitplan &amp;speichern</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>minute hour day-of-month month day-of-week</source>
        <translation>Minute Stunde Monatstag Monat Wochentag</translation>
    </message>
    <message>
        <source>Five cron fields, e.g. &quot;0 8 * * 1&quot; for Mondays at 08:00, or @hourly, @daily, @weekly, @monthly, @yearly</source>
        <translation>Fünf Cron-Felder, z. B. „0 8 * * 1“ für montags um 08:00, oder @hourly, @daily, @weekly, @monthly, @yearly</translation>
    </message>
    <message>
        <source>&amp;Expression:</source>
        <translation>&amp;Ausdruck:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>Next runs:</source>
        <translation>Nächste Läufe:</translation>
    </message>
    <message>
        <source>Enter a schedule.</source>
        <translation>Bitte einen Zeitplan eingeben.</translation>
    </message>
    <message>
        <source>Invalid schedule: %1</source>
        <translation>Ungültiger Zeitplan: %1</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;.</source>
        <translation>Unbekannte Zeitzone „%1“.</translation>
    </message>
    <message>
        <source>This schedule never fires.</source>
        <translation>Dieser Zeitplan löst nie aus.</translation>
    </message>
    <message>
        <source>Valid. Not saved yet.</source>
        <translation>Gültig. Noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Valid.</source>
        <translation>Gültig.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>outreach::ui::SenderDialog</name>
    <message>
        <source>Trust a self-signed certificate</source>
        <translation>Selbstsigniertem Zertifikat vertrauen</translation>
    </message>
    <message>
        <source>Allow login without encryption</source>
        <translation>Anmeldung ohne Verschlüsselung erlauben</translation>
    </message>
    <message>
        <source>Add sender account</source>
        <translation>Absenderkonto hinzufügen</translation>
    </message>
    <message>
        <source>Jane Doe &lt;jane@agency.example&gt;</source>
        <translation>Erika Muster &lt;erika@agentur.example&gt;</translation>
    </message>
    <message>
        <source>smtp://user@host:587?tls=starttls (optional, instead of the fields below)</source>
        <translation>smtp://user@host:587?tls=starttls (optional, statt der Felder unten)</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>Implicit TLS</source>
        <translation>Implizites TLS</translation>
    </message>
    <message>
        <source>None (plain)</source>
        <translation>Keine (unverschlüsselt)</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>keine Obergrenze</translation>
    </message>
    <message>
        <source>e.g. SMTP_PASSWORD (read at send time)</source>
        <translation>z. B. SMTP_PASSWORD (wird beim Senden gelesen)</translation>
    </message>
    <message>
        <source>no keychain in this session</source>
        <translation>kein Schlüsselbund in dieser Sitzung</translation>
    </message>
    <message>
        <source>This session has no keychain (no desktop session, or OUTREACH_KEYCHAIN=off). Put the password in an environment variable and name it below.</source>
        <translation>Diese Sitzung hat keinen Schlüsselbund (keine Desktop-Sitzung oder OUTREACH_KEYCHAIN=off). Legen Sie das Passwort in einer Umgebungsvariablen ab und nennen Sie diese unten.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>SMTP &amp;URL:</source>
        <translation>SMTP-&amp;URL:</translation>
    </message>
    <message>
        <source>SMTP &amp;host:</source>
        <translation>SMTP-&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>Versch&amp;lüsselung:</translation>
    </message>
    <message>
        <source>User&amp;name:</source>
        <translation>Benutzer&amp;name:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Password &amp;variable:</source>
        <translation>Passwort-Va&amp;riable:</translation>
    </message>
    <message>
        <source>&amp;Daily cap:</source>
        <translation>&amp;Tagesobergrenze:</translation>
    </message>
    <message>
        <source>Postal &amp;address:</source>
        <translation>Post&amp;anschrift:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>optional, kept in the audit log</source>
        <translation>optional, wird im Prüfprotokoll festgehalten</translation>
    </message>
    <message>
        <source>Edit sender account %1</source>
        <translation>Absenderkonto %1 bearbeiten</translation>
    </message>
    <message>
        <source>stored in the keychain; type to replace</source>
        <translation>im Schlüsselbund gespeichert; zum Ersetzen neu eingeben</translation>
    </message>
    <message>
        <source>password variable</source>
        <translation>Passwort-Variable</translation>
    </message>
</context>
<context>
    <name>outreach::ui::SenderEditor</name>
    <message>
        <source>the password is in the keychain</source>
        <translation>das Passwort liegt im Schlüsselbund</translation>
    </message>
    <message>
        <source>the password is read from $%1 when needed</source>
        <translation>das Passwort wird bei Bedarf aus $%1 gelesen</translation>
    </message>
    <message>
        <source>the login uses the account&apos;s SMTP password</source>
        <translation>die Anmeldung verwendet das SMTP-Passwort des Kontos</translation>
    </message>
    <message>
        <source>no password stored</source>
        <translation>kein Passwort gespeichert</translation>
    </message>
    <message>
        <source>Sender %1 was saved, but the keychain did not take the password; name an environment variable that holds it.</source>
        <translation>Absender %1 wurde gespeichert, aber der Schlüsselbund hat das Passwort nicht übernommen; nennen Sie eine Umgebungsvariable, die es enthält.</translation>
    </message>
    <message>
        <source>Sender %1 (%2) saved; %3.</source>
        <translation>Absender %1 (%2) gespeichert; %3.</translation>
    </message>
    <message>
        <source>The mailbox was saved, but the keychain did not take the password; name an environment variable that holds it.</source>
        <translation>Das Postfach wurde gespeichert, aber der Schlüsselbund hat das Passwort nicht übernommen; nennen Sie eine Umgebungsvariable, die es enthält.</translation>
    </message>
    <message>
        <source>Mailbox %1 on %2:%3 saved for sender %4; %5.</source>
        <translation>Postfach %1 auf %2:%3 für Absender %4 gespeichert; %5.</translation>
    </message>
    <message>
        <source>Sender %1 has no IMAP mailbox any more; replies to it are no longer checked.</source>
        <translation>Absender %1 hat kein IMAP-Postfach mehr; Antworten an ihn werden nicht mehr geprüft.</translation>
    </message>
    <message>
        <source>Test email to %1 sent; the server answered: %2</source>
        <translation>Test-E-Mail an %1 gesendet; der Server antwortete: %2</translation>
    </message>
    <message>
        <source>IMAP test of sender %1 failed: %2</source>
        <translation>IMAP-Test von Absender %1 fehlgeschlagen: %2</translation>
    </message>
    <message numerus="yes">
        <source>Logged in to %1:%2 as %3 (%4); mailbox %5 has %n message(s).</source>
        <translation>
            <numerusform>Bei %1:%2 als %3 angemeldet (%4); Postfach %5 enthält %n Nachricht.</numerusform>
            <numerusform>Bei %1:%2 als %3 angemeldet (%4); Postfach %5 enthält %n Nachrichten.</numerusform>
        </translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>verschlüsselt</translation>
    </message>
    <message>
        <source>unencrypted</source>
        <translation>unverschlüsselt</translation>
    </message>
</context>
<context>
    <name>outreach::ui::SendersModel</name>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (deaktiviert)</translation>
    </message>
    <message>
        <source>%1 (last check failed)</source>
        <translation>%1 (letzte Prüfung fehlgeschlagen)</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>keine Obergrenze</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>SMTP-Server</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Daily cap</source>
        <translation>Tagesobergrenze</translation>
    </message>
    <message>
        <source>IMAP mailbox</source>
        <translation>IMAP-Postfach</translation>
    </message>
</context>
<context>
    <name>outreach::ui::SendersPanel</name>
    <message>
        <source>&amp;Add sender…</source>
        <translation>Absender hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>B&amp;earbeiten…</translation>
    </message>
    <message>
        <source>Send &amp;test email…</source>
        <translation>Test-E-&amp;Mail senden…</translation>
    </message>
    <message>
        <source>&amp;IMAP mailbox…</source>
        <translation>&amp;IMAP-Postfach…</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <source>&amp;Remove mailbox…</source>
        <translation>Postfach ent&amp;fernen…</translation>
    </message>
    <message>
        <source>Sender accounts</source>
        <translation>Absenderkonten</translation>
    </message>
    <message>
        <source>Send a test message through this account now; audited</source>
        <translation>Jetzt eine Testnachricht über dieses Konto senden; wird protokolliert</translation>
    </message>
    <message>
        <source>Log in to the account&apos;s IMAP mailbox and open it read-only</source>
        <translation>Am IMAP-Postfach des Kontos anmelden und es schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Send test email</source>
        <translation>Test-E-Mail senden</translation>
    </message>
    <message>
        <source>Send a test message from %1 to:</source>
        <translation>Eine Testnachricht von %1 senden an:</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Sending a test email to %1…</source>
        <translation>Test-E-Mail an %1 wird gesendet…</translation>
    </message>
    <message>
        <source>Connecting to the IMAP mailbox of %1…</source>
        <translation>Verbindung zum IMAP-Postfach von %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Remove IMAP mailbox</source>
        <translation>IMAP-Postfach entfernen</translation>
    </message>
    <message>
        <source>Stop checking the mailbox of %1 for replies and forget its settings?

Reason (optional, kept in the audit log):</source>
        <translation>Das Postfach von %1 nicht mehr auf Antworten prüfen und seine Einstellungen löschen?

Grund (optional, wird im Prüfprotokoll festgehalten):</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>outreach::ui::SettingsPage</name>
    <message>
        <source>Pacing per job</source>
        <translation>Abstand je Job</translation>
    </message>
    <message>
        <source>Mail settings for the whole agency</source>
        <translation>E-Mail-Einstellungen für die ganze Agentur</translation>
    </message>
    <message>
        <source>Sender &amp;accounts</source>
        <translation>Absender&amp;konten</translation>
    </message>
    <message>
        <source>&amp;Lead sources</source>
        <translation>&amp;Lead-Quellen</translation>
    </message>
    <message>
        <source>Pacing and &amp;limits</source>
        <translation>Abs&amp;tände und Grenzen</translation>
    </message>
    <message>
        <source>&amp;Data location</source>
        <translation>Datenspeicher&amp;ort</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
</context>
<context>
    <name>outreach::ui::SourceEditor</name>
    <message>
        <source>Source %1 was saved, but the keychain did not take the API key; name an environment variable that holds it.</source>
        <translation>Quelle %1 wurde gespeichert, aber der Schlüsselbund hat den API-Schlüssel nicht übernommen; nennen Sie eine Umgebungsvariable, die ihn enthält.</translation>
    </message>
    <message>
        <source>Source %1 (%2) saved.</source>
        <translation>Quelle %1 (%2) gespeichert.</translation>
    </message>
</context>
<context>
    <name>outreach::ui::TemplatePreview</name>
    <message>
        <source>Preview for lead</source>
        <translation>Vorschau für Lead</translation>
    </message>
    <message>
        <source>Rendered body</source>
        <translation>Text mit eingesetzten Werten</translation>
    </message>
    <message>
        <source>Preview &amp;for:</source>
        <translation>&amp;Vorschau für:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <source>Example lead (the user has no leads yet)</source>
        <translation>Beispiel-Lead (der Benutzer hat noch keine Leads)</translation>
    </message>
</context>
<context>
    <name>outreach::ui::TrayNotifier</name>
    <message>
        <source>Outreach Console</source>
        <translation>Outreach-Konsole</translation>
    </message>
    <message>
        <source>&amp;Show console</source>
        <translation>Konsole &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>%1: run #%2 %3</source>
        <translation>%1: Lauf #%2 %3</translation>
    </message>
    <message>
        <source>%1 (%2): %3% of %4</source>
        <translation>%1 (%2): %3 % von %4</translation>
    </message>
    <message numerus="yes">
        <source>%n quota warning(s)</source>
        <translation>
            <numerusform>%n Kontingentwarnung</numerusform>
            <numerusform>%n Kontingentwarnungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outreach::ui::UserPauseDialog</name>
    <message>
        <source>Pause %1 for one user</source>
        <translation>%1 für einen Benutzer pausieren</translation>
    </message>
    <message>
        <source>paused for this job</source>
        <translation>für diesen Job pausiert</translation>
    </message>
    <message>
        <source>Optional, kept in the audit log</source>
        <translation>Optional, wird im Prüfprotokoll festgehalten</translation>
    </message>
    <message>
        <source>The job keeps running for everyone else; its runs record this user as skipped until they are resumed for it.</source>
        <translation>Der Job läuft für alle anderen weiter; seine Läufe vermerken diesen Benutzer als übersprungen, bis der Job für ihn fortgesetzt wird.</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>There are no users yet.</source>
        <translation>Es gibt noch keine Benutzer.</translation>
    </message>
    <message>
        <source>%1 runs for this user now.</source>
        <translation>%1 läuft jetzt für diesen Benutzer.</translation>
    </message>
    <message>
        <source>&amp;Pause for this user</source>
        <translation>Für diesen Benutzer &amp;pausieren</translation>
    </message>
    <message>
        <source>%1 is paused for this user now.</source>
        <translation>%1 ist jetzt für diesen Benutzer pausiert.</translation>
    </message>
    <message>
        <source>&amp;Resume for this user</source>
        <translation>Für diesen Benutzer &amp;fortsetzen</translation>
    </message>
</context>
<context>
    <name>outreach::ui::UserPicker</name>
    <message>
        <source>Client account</source>
        <translation>Kundenkonto</translation>
    </message>
</context>
<context>
    <name>outreach::ui::UsersModel</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Daily emails</source>
        <translation>E-Mails pro Tag</translation>
    </message>
    <message>
        <source>Monthly leads</source>
        <translation>Leads pro Monat</translation>
    </message>
    <message>
        <source>%1: %2%</source>
        <translation>%1: %2 %</translation>
    </message>
    <message>
        <source>%1: %2 of %3 used (%4%)%5</source>
        <translation>%1: %2 von %3 verbraucht (%4 %)%5</translation>
    </message>
    <message>
        <source> — warning</source>
        <translation> — Warnung</translation>
    </message>
    <message>
        <source>Quota use this month</source>
        <translation>Kontingent diesen Monat</translation>
    </message>
</context>
<context>
    <name>outreach::ui::UsersPage</name>
    <message>
        <source>&amp;Pause user…</source>
        <translation>Benutzer &amp;pausieren…</translation>
    </message>
    <message>
        <source>&amp;Resume user…</source>
        <translation>Benutzer &amp;fortsetzen…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>%n aktiv</numerusform>
            <numerusform>%n aktiv</numerusform>
        </translation>
    </message>
    <message>
        <source>Pause %1? Every job will skip this user until resumed; nothing of theirs is lost.

Reason (optional, kept in the audit log):</source>
        <translation>%1 pausieren? Jeder Job überspringt diesen Benutzer bis zur Fortsetzung; nichts von ihm geht verloren.

Grund (optional, wird im Prüfprotokoll festgehalten):</translation>
    </message>
    <message>
        <source>Resume %1? Jobs will include this user again from their next run.

Reason (optional, kept in the audit log):</source>
        <translation>%1 fortsetzen? Jobs schließen diesen Benutzer ab ihrem nächsten Lauf wieder ein.

Grund (optional, wird im Prüfprotokoll festgehalten):</translation>
    </message>
    <message>
        <source>Pause user</source>
        <translation>Benutzer pausieren</translation>
    </message>
    <message>
        <source>Resume user</source>
        <translation>Benutzer fortsetzen</translation>
    </message>
</context>
<context>
    <name>outreach::ui::ViewerBanner</name>
    <message>
        <source>C&amp;heck again</source>
        <translation>E&amp;rneut prüfen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Viewer mode.&lt;/b&gt; Another engine already runs the jobs on this database: %1. This console shows its data but runs no jobs itself, so nothing runs twice; &quot;Run now&quot; is refused here. Its runs and log records appear here as they happen.</source>
        <translation>&lt;b&gt;Beobachtermodus.&lt;/b&gt; Eine andere Engine führt die Jobs auf dieser Datenbank bereits aus: %1. Diese Konsole zeigt ihre Daten, führt aber selbst keine Jobs aus, damit nichts doppelt läuft; „Jetzt ausführen“ wird hier abgelehnt. Ihre Läufe und Protokolleinträge erscheinen hier, sobald sie geschehen.</translation>
    </message>
    <message>
        <source>Reopens the console; it runs the jobs itself if the other engine has stopped.</source>
        <translation>Öffnet die Konsole neu; sie führt die Jobs selbst aus, wenn die andere Engine angehalten wurde.</translation>
    </message>
</context>
</TS>
