<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ConsoleLauncher</name>
    <message>
        <source>Outreach Console: the agency&apos;s lead generation and outreach, with its job engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the console (%1); default: the saved choice, else the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outreach Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; available: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be opened:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo workspace (created on first use in its own data folder, %1); the real database is not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: sqlite:PATH or postgresql://user@host:port/db (default: env OUTREACH_DB, else the location chosen in Settings, else a SQLite file in the data folder).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
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
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catch-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message>
        <source>in &lt; 1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly lead quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCsv</name>
    <message>
        <source>Weekly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computed now, not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads from sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads from imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed API calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs out on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportSummary</name>
    <message>
        <source>%1 &lt;%2&gt; — week %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored report of %1, computed %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed now for %1; no stored report for this week yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (hot %2, warm %3, cold %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads returned / valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 valid, grade %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no leads returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 total, %2 per lead, %3 per conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 used (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, runs out on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is at %2 of its monthly quota (warning from %3%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n API call(s) failed.</source>
        <translation>
            <numerusform>%1 of %n API call failed.</numerusform>
            <numerusform>%1 of %n API calls failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n call(s), %2 returned, %3 valid (%4), %5 added</source>
        <translation>
            <numerusform>%1: %n call, %2 returned, %3 valid (%4), %5 added</numerusform>
            <numerusform>%1: %n calls, %2 returned, %3 valid (%4), %5 added</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SavedDataLocation</name>
    <message>
        <source>Data location: enter an SQLite file or a PostgreSQL URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data location: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data location: &apos;%1&apos; is not an absolute file path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data location: the URL contains a password, which would be saved in clear text. Leave it out and give it in PGPASSWORD or ~/.pgpass instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outreach::ui::AgencySettingsEditor</name>
    <message>
        <source>Nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outreach::ui::CampaignDialog</name>
    <message>
        <source>Send &amp;follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit campaign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial email body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up 1 body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up 2 body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:MM in the user&apos;s time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial emails per day at most; 0 sends none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days after the first email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days after follow-up 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated, e.g. saas, fintech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. A quick idea for {{company|your team}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hi {{firstName|there}},

…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schedule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;very:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily &amp;limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up &amp;1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up &amp;2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keywords:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables: %1. A fallback follows a bar: {{firstName|there}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved — %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outreach::ui::CampaignsModel</name>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when run by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, every %n week(s)</source>
        <translation>
            <numerusform>%1, every %n week</numerusform>
            <numerusform>%1, every %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, every %n day(s)</source>
        <translation>
            <numerusform>%1, every %n day</numerusform>
            <numerusform>%1, every %n days</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after %1 and %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time and dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outreach::ui::CampaignsPage</name>
    <message>
        <source>&amp;New campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import leads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaigns cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign “%1” saved (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign “%1” is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a user to set up campaigns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaigns yet: “New campaign…” sets one up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s)</source>
        <translation>
            <numerusform>%n campaign</numerusform>
            <numerusform>%n campaigns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outreach::ui::ConsoleSession</name>
    <message>
        <source>Outreach Console — demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (demo workspace)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outreach::ui::DashboardPage</name>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next scheduled runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed users, last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emails in unknown state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2% used (%3 of %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs out on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) in progress</source>
        <translation>
            <numerusform>%n run in progress</numerusform>
            <numerusform>%n runs in progress</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed user outcome(s) in the last 24 hours</source>
        <translation>
            <numerusform>%n failed user outcome in the last 24 hours</numerusform>
            <numerusform>%n failed user outcomes in the last 24 hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quota warning(s)</source>
        <translation>
            <numerusform>%n quota warning</numerusform>
            <numerusform>%n quota warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n email(s) in unknown state</source>
        <translation>
            <numerusform>%n email in unknown state</numerusform>
            <numerusform>%n emails in unknown state</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel run #%1? It stops after the user being processed now; users not reached yet are not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current user</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n email(s) may or may not have been sent before the engine stopped; resend them or mark them sent on the Outbox page.</source>
        <translation>
            <numerusform>%n email may or may not have been sent before the engine stopped; resend it or mark it sent on the Outbox page.</numerusform>
            <numerusform>%n emails may or may not have been sent before the engine stopped; resend them or mark them sent on the Outbox page.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reply/replies from leads since yesterday</source>
        <translation>
            <numerusform>%n reply from leads since yesterday</numerusform>
            <numerusform>%n replies from leads since yesterday</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outreach::ui::DataLocationPanel</name>
    <message>
        <source>&amp;SQLite file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PostgreSQL server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postgresql://user@host:5432/outreach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen for the next start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console uses the new location from its next start; nothing is copied or moved. The --db option and the OUTREACH_DB variable still take precedence. A PostgreSQL password is not saved here: give it in PGPASSWORD or ~/.pgpass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use from &amp;next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the next start the console uses %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the next start the console uses its default data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default data file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outreach::ui::DemoOffer</name>
    <message>
        <source>&amp;Open demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo workspace offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome! This workspace has no client accounts yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the demo workspace first: three client accounts in New York, Berlin and Tokyo, with sample leads, campaigns of every schedule type (daily, one-time, recurring, manual) and sender accounts that write their mail to .eml files instead of sending it. &quot;Run now&quot; on any job shows real runs, logs and reports within seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo keeps its own data folder: this database stays exactly as it is, and you can come back to it at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the demo workspace…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outreach::ui::ImapDialog</name>
    <message>
        <source>Trust a self-signed certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow login without encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this mailbox for replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP mailbox of sender %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implicit TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (plain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the account&apos;s SMTP password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. IMAP_PASSWORD (read at check time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM file with the server&apos;s CA (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keychain in this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session has no keychain. Name an environment variable that holds the password, or leave both empty to use the account&apos;s SMTP password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, kept in the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP &amp;host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User&amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mailbox:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password &amp;variable:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored in the keychain; type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password variable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outreach::ui::JobFiresPanel</name>
    <message>
        <source>Run this &amp;missed one now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the job now for the fire selected above, which was missed while no engine was running. The run is audited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent scheduled fires and what became of each:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run missed fire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 now for its fire of %2, which was missed?

Reason (optional, kept in the audit log):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outreach::ui::JobPacingPanel</name>
    <message>
        <source>&amp;Apply to job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pacing between users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pacing per job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause between one user&apos;s unit of work and the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How late a scheduled fire may still start after the engine was down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, kept in the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pacing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: pacing %2, grace %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outreach::ui::JobsModel</name>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outreach::ui::JobsPage</name>
    <message>
        <source>&amp;Run now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule of %1 saved: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run #%1 of %2 started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run was refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No job selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ume job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run #%1: %2 of %3 users, %4 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause %1? Its scheduled fires are recorded as skipped until it is resumed; &quot;Run now&quot; still works.

Reason (optional, kept in the audit log):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume %1? It runs again at its next scheduled time.

Reason (optional, kept in the audit log):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel run #%1 of %2? It stops after the user being processed now; users not reached yet are not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling run #%1 after the current user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause for a &amp;user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent fires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is paused for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs again for %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outreach::ui::LeadImportDialog</name>
    <message>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip the bad rows and import the good ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import leads for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file with the columns email, firstName, lastName, company, title and optionally score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ampaign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a leads CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 good rows, %2 with errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file with bad rows imports nothing: fix them in the file, or skip them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 leads; %2 were already known; %3 bad rows skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outreach::ui::LeadImportModel</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outreach::ui::LeadImporter</name>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outreach::ui::LeadSourceDialog</name>
    <message>
        <source>Use this source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add lead source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP JSON API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample generator (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://api.example/leads, or the CSV file&apos;s path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. LEADS_API_KEY (read at call time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keychain in this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session has no keychain. Put the key in an environment variable and name it below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, kept in the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL or file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key &amp;variable:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Monthly quota:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cost per call:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit lead source %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored in the keychain; type to replace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outreach::ui::LeadSourcesModel</name>
    <message>
        <source>keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL or file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outreach::ui::LeadSourcesPanel</name>
    <message>
        <source>&amp;Add source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outreach::ui::LeadsModel</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up 1 sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up 2 sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outreach::ui::LeadsPage</name>
    <message>
        <source>&amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail received from the lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email, name or company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leads cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery delayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a lead to see its sequence and the mail received from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bounced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsubscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;lt;%2&amp;gt; · %3 · score %4 · source %5&lt;br&gt;%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a user to see leads here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads %1–%2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outreach::ui::LogExport</name>
    <message>
        <source>Export cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outreach::ui::LogFilterBar</name>
    <message>
        <source>F&amp;ollow live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debug and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run #</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show new records as the engine logs them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Job:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outreach::ui::LogModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outreach::ui::LogsPage</name>
    <message>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) shown</source>
        <translation>
            <numerusform>%n record shown</numerusform>
            <numerusform>%n records shown</numerusform>
        </translation>
    </message>
    <message>
        <source>older records load as you scroll down</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new record(s) held back; tick &quot;Follow live&quot; to show them</source>
        <translation>
            <numerusform>%n new record held back; tick &quot;Follow live&quot; to show them</numerusform>
            <numerusform>%n new records held back; tick &quot;Follow live&quot; to show them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>exporting: %n record(s) written</source>
        <translation>
            <numerusform>exporting: %n record written</numerusform>
            <numerusform>exporting: %n records written</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only run #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only this user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Log files (*.log *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) exported to %1.</source>
        <translation>
            <numerusform>%n record exported to %1.</numerusform>
            <numerusform>%n records exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outreach::ui::MailSettingsPanel</name>
    <message>
        <source>&amp;Save mail settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unsubscribe URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://… with a {token} placeholder (List-Unsubscribe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dry-run folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absolute folder: every message is written there instead of being sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Max attempts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–100, default 5: attempts before a message counts as failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, kept in the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outreach::ui::MainWindow</name>
    <message>
        <source>Outreach Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console uses the new language from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Outreach Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Outreach Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Outreach Console %1&lt;/b&gt;&lt;p&gt;Lead generation and cold-email outreach for an agency&apos;s client accounts, with the job engine running inside the console.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewer mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another engine runs the jobs on this database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outreach::ui::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outreach::ui::OccurrencesModel</name>
    <message>
        <source>Ran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into a catch-up run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed, run by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2 (%n fires)</source>
        <translation>
            <numerusform>%1 – %2 (%n fire)</numerusform>
            <numerusform>%1 – %2 (%n fires)</numerusform>
        </translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outreach::ui::OutboxModel</name>
    <message>
        <source>User #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outreach::ui::OutboxPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;send…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue the message again (unknown or failed rows); audited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the message did go out (unknown rows); audited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention (unknown, failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend message %1 to %2? It is queued again at once and goes out with the same Message-ID; if the first attempt did arrive, the recipient gets it twice.

Reason (optional, kept in the audit log):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark message %1 to %2 as sent? It will not be sent again and its lead moves on as if the server had accepted it.

Reason (optional, kept in the audit log):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark message sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1 to %2 is now %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages %1–%2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outreach::ui::ReportCharts</name>
    <message>
        <source>Funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads and quality per source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota usage this month (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with earlier weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks compared chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source was called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks before %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outreach::ui::ReportsPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Week:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotas this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (so far)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outreach::ui::RunNowDialog</name>
    <message>
        <source>&amp;One user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Force: run this paused user anyway (audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;All active users (%n)</source>
        <translation>
            <numerusform>&amp;All active users (%n)</numerusform>
            <numerusform>&amp;All active users (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Optional, kept in the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the job&apos;s normal logic at this instant: its schedule-time checks and guards still apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is paused: every job skips this user. Only a forced run includes them, and it is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a paused user?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is paused. Run %2 for this user anyway? The forced run is recorded in the audit log with your reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outreach::ui::RunUsersModel</name>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error / note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outreach::ui::RunsModel</name>
    <message>
        <source>Retry of #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error / reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outreach::ui::RunsPage</name>
    <message>
        <source>Run&apos;s &amp;logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User&apos;s logs in this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;try failed users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Job:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run #%1 retries the failed users of run #%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retry was refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run #%1 of %2 — %3, started %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(forced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry failed users</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Run %1 again for the %n user(s) that failed in run #%2? Users that succeeded are not run again.

Reason (optional, kept in the audit log):</source>
        <translation>
            <numerusform>Run %1 again for the %n user that failed in run #%2? Users that succeeded are not run again.

Reason (optional, kept in the audit log):</numerusform>
            <numerusform>Run %1 again for the %n users that failed in run #%2? Users that succeeded are not run again.

Reason (optional, kept in the audit log):</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel run #%1? It stops after the user being processed now; users not reached yet are not run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outreach::ui::ScheduleEditor</name>
    <message>
        <source>&amp;Save schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minute hour day-of-month month day-of-week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five cron fields, e.g. &quot;0 8 * * 1&quot; for Mondays at 08:00, or @hourly, @daily, @weekly, @monthly, @yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expression:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next runs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid schedule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This schedule never fires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid. Not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outreach::ui::SenderDialog</name>
    <message>
        <source>Trust a self-signed certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow login without encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add sender account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jane Doe &lt;jane@agency.example&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smtp://user@host:587?tls=starttls (optional, instead of the fields below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implicit TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (plain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. SMTP_PASSWORD (read at send time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keychain in this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session has no keychain (no desktop session, or OUTREACH_KEYCHAIN=off). Put the password in an environment variable and name it below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP &amp;host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User&amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password &amp;variable:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Daily cap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, kept in the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit sender account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored in the keychain; type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password variable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outreach::ui::SenderEditor</name>
    <message>
        <source>the password is in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password is read from $%1 when needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the login uses the account&apos;s SMTP password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender %1 was saved, but the keychain did not take the password; name an environment variable that holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender %1 (%2) saved; %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox was saved, but the keychain did not take the password; name an environment variable that holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox %1 on %2:%3 saved for sender %4; %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender %1 has no IMAP mailbox any more; replies to it are no longer checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test email to %1 sent; the server answered: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP test of sender %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Logged in to %1:%2 as %3 (%4); mailbox %5 has %n message(s).</source>
        <translation>
            <numerusform>Logged in to %1:%2 as %3 (%4); mailbox %5 has %n message.</numerusform>
            <numerusform>Logged in to %1:%2 as %3 (%4); mailbox %5 has %n messages.</numerusform>
        </translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unencrypted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outreach::ui::SendersModel</name>
    <message>
        <source>%1 (disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (last check failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP mailbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outreach::ui::SendersPanel</name>
    <message>
        <source>&amp;Add sender…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;test email…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;IMAP mailbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove mailbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a test message through this account now; audited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to the account&apos;s IMAP mailbox and open it read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send test email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a test message from %1 to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending a test email to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the IMAP mailbox of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove IMAP mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop checking the mailbox of %1 for replies and forget its settings?

Reason (optional, kept in the audit log):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outreach::ui::SettingsPage</name>
    <message>
        <source>Pacing per job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail settings for the whole agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender &amp;accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pacing and &amp;limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outreach::ui::SourceEditor</name>
    <message>
        <source>Source %1 was saved, but the keychain did not take the API key; name an environment variable that holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source %1 (%2) saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outreach::ui::TemplatePreview</name>
    <message>
        <source>Preview for lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendered body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview &amp;for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example lead (the user has no leads yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outreach::ui::TrayNotifier</name>
    <message>
        <source>Outreach Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: run #%2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3% of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n quota warning(s)</source>
        <translation>
            <numerusform>%n quota warning</numerusform>
            <numerusform>%n quota warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outreach::ui::UserPauseDialog</name>
    <message>
        <source>Pause %1 for one user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused for this job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, kept in the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job keeps running for everyone else; its runs record this user as skipped until they are resumed for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no users yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs for this user now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause for this user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is paused for this user now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume for this user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outreach::ui::UserPicker</name>
    <message>
        <source>Client account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outreach::ui::UsersModel</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 used (%4%)%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota use this month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outreach::ui::UsersPage</name>
    <message>
        <source>&amp;Pause user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>%n active</numerusform>
            <numerusform>%n active</numerusform>
        </translation>
    </message>
    <message>
        <source>Pause %1? Every job will skip this user until resumed; nothing of theirs is lost.

Reason (optional, kept in the audit log):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume %1? Jobs will include this user again from their next run.

Reason (optional, kept in the audit log):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outreach::ui::ViewerBanner</name>
    <message>
        <source>C&amp;heck again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Viewer mode.&lt;/b&gt; Another engine already runs the jobs on this database: %1. This console shows its data but runs no jobs itself, so nothing runs twice; &quot;Run now&quot; is refused here. Its runs and log records appear here as they happen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopens the console; it runs the jobs itself if the other engine has stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
