-- Engines that run schedules on this database, so that a console can tell that another engine
-- (an `outreachctl serve` process or a second console) already runs the jobs and open as a
-- viewer instead (issue 6, "Engine in the console"). Each engine renews its row while it
-- runs and deletes it when it stops; a row whose expires_at has passed belongs to an engine
-- that died, and is ignored and replaced. Several `serve` processes sharing the work each
-- have a row. Portable between SQLite and PostgreSQL (see 0001 for the conventions).
CREATE TABLE engine_hosts (
    owner TEXT PRIMARY KEY,
    role TEXT NOT NULL,
    host TEXT NOT NULL,
    pid BIGINT NOT NULL,
    started_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
