-- Lead sources, routing and weekly reports.
-- Portable between SQLite and PostgreSQL: {{ID}} becomes the backend's auto-increment key;
-- times are UTC milliseconds since the epoch (BIGINT); booleans are INTEGER 0/1.

-- How many of a call's leads were new to the user: the per-source cost per lead and the
-- weekly report's "leads from sources" are computed from it.
ALTER TABLE api_calls ADD COLUMN leads_inserted INTEGER NOT NULL DEFAULT 0;

-- Calls are counted per user over a time range (the week, the quota month) with the existing
-- api_calls_user_time (user_id, called_at). No (user_id, source_id, called_at) index on
-- purpose: SQLite would prefer it, covering but without the range, and scan a user's whole
-- call history for every weekly report.

-- The weekly report and the monthly lead quota count leads by the time of each step; one
-- index per step keeps a report over years of history an index range count.
CREATE INDEX leads_user_created ON leads (user_id, created_at);
CREATE INDEX leads_user_contacted ON leads (user_id, contacted_at);
CREATE INDEX leads_user_replied ON leads (user_id, replied_at);
CREATE INDEX leads_user_converted ON leads (user_id, converted_at);

-- Outreach routing counts what each user queued today (the daily limits and quota).
CREATE INDEX outbox_user_created ON outbox (user_id, created_at);

-- Per-user settings as named JSON values (e.g. "lead-scoring": the user's scoring rules).
CREATE TABLE user_settings (
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    value TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, name)
);
