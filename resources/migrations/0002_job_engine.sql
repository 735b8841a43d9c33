-- Job engine: per-job settings, pauses, leases, scheduled occurrences and idempotency keys.
-- Portable between SQLite and PostgreSQL (see 0001 for the conventions).

-- One row per registered job, created from the job's defaults the first time an engine sees
-- it. `evaluated_through` is the scheduler's high-water mark: every fire up to it has a
-- recorded decision. Engines claim the interval after it with a compare-and-set update, so
-- two engines never both decide (or run) the same occurrence.
CREATE TABLE job_settings (
    job TEXT PRIMARY KEY,
    schedule TEXT NOT NULL,
    time_zone TEXT NOT NULL DEFAULT 'UTC',
    paused INTEGER NOT NULL DEFAULT 0,
    pause_reason TEXT NOT NULL DEFAULT '',
    pacing_ms INTEGER NOT NULL CHECK (pacing_ms >= 0),
    grace_ms BIGINT NOT NULL CHECK (grace_ms >= 0),
    evaluated_through BIGINT,
    updated_at BIGINT NOT NULL
);

-- One job paused for one user (the user stays active for every other job).
CREATE TABLE job_user_pauses (
    job TEXT NOT NULL,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    reason TEXT NOT NULL DEFAULT '',
    paused_at BIGINT NOT NULL,
    PRIMARY KEY (job, user_id)
);

-- One run per job at a time, across processes: the holder renews `expires_at` while it runs;
-- a crashed holder's lease expires and can be taken over.
CREATE TABLE job_leases (
    job TEXT PRIMARY KEY,
    owner TEXT NOT NULL,
    run_id BIGINT,
    acquired_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);

-- What happened to each scheduled fire. A row may stand for a range of consecutive fires with
-- the same fate (fire_count > 1), so a week of downtime is a few rows, not ten thousand.
CREATE TABLE job_occurrences (
    id {{ID}},
    job TEXT NOT NULL,
    scheduled_at BIGINT NOT NULL,
    last_at BIGINT NOT NULL,
    fire_count INTEGER NOT NULL DEFAULT 1 CHECK (fire_count >= 1),
    decision TEXT NOT NULL CHECK (decision IN ('ran', 'skipped', 'merged', 'missed')),
    reason TEXT NOT NULL DEFAULT '',
    run_id BIGINT REFERENCES job_runs(id) ON DELETE SET NULL,
    decided_at BIGINT NOT NULL,
    UNIQUE (job, scheduled_at)
);
CREATE INDEX job_occurrences_decided ON job_occurrences (decided_at);

-- Idempotency: one key per (job, user, occurrence). A unit of work runs only after claiming
-- its key; a key that is `done` makes a retry or a second trigger skip that user.
CREATE TABLE job_unit_keys (
    job TEXT NOT NULL,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    occurrence TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('claimed', 'done', 'incomplete')),
    run_id BIGINT,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (job, user_id, occurrence)
);
CREATE INDEX job_unit_keys_updated ON job_unit_keys (updated_at);

ALTER TABLE job_runs ADD COLUMN occurrence_key TEXT NOT NULL DEFAULT '';
ALTER TABLE job_runs ADD COLUMN retry_of BIGINT;
ALTER TABLE job_runs ADD COLUMN target_user_id BIGINT;
ALTER TABLE job_runs ADD COLUMN forced INTEGER NOT NULL DEFAULT 0;
ALTER TABLE job_runs ADD COLUMN cancel_requested INTEGER NOT NULL DEFAULT 0;
ALTER TABLE job_runs ADD COLUMN reason TEXT NOT NULL DEFAULT '';
ALTER TABLE job_run_users ADD COLUMN note TEXT NOT NULL DEFAULT '';
CREATE INDEX job_runs_status ON job_runs (status);
CREATE INDEX log_records_job_at ON log_records (job, at);

-- Engine-wide settings (e.g. retention.days), as text.
CREATE TABLE engine_settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    updated_at BIGINT NOT NULL
);
