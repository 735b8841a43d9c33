-- Outreach Console schema, version 1.
-- Portable between SQLite and PostgreSQL: {{ID}} becomes the backend's auto-increment key;
-- times are UTC milliseconds since the epoch (BIGINT); booleans are INTEGER 0/1.
-- Statements are separated by a semicolon at the end of a line.

CREATE TABLE users (
    id {{ID}},
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused', 'disabled')),
    time_zone TEXT NOT NULL DEFAULT 'UTC',
    daily_email_quota INTEGER NOT NULL DEFAULT 200 CHECK (daily_email_quota >= 0),
    monthly_lead_quota INTEGER NOT NULL DEFAULT 1000 CHECK (monthly_lead_quota >= 0),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE sender_accounts (
    id {{ID}},
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    from_name TEXT NOT NULL,
    from_address TEXT NOT NULL,
    smtp_host TEXT NOT NULL,
    smtp_port INTEGER NOT NULL CHECK (smtp_port BETWEEN 1 AND 65535),
    tls_mode TEXT NOT NULL CHECK (tls_mode IN ('none', 'starttls', 'implicit')),
    smtp_username TEXT NOT NULL DEFAULT '',
    password_env TEXT NOT NULL DEFAULT '',
    secret_in_keychain INTEGER NOT NULL DEFAULT 0,
    allow_plaintext_auth INTEGER NOT NULL DEFAULT 0,
    trust_self_signed INTEGER NOT NULL DEFAULT 0,
    daily_cap INTEGER NOT NULL DEFAULT 500 CHECK (daily_cap >= 0),
    postal_address TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX sender_accounts_user ON sender_accounts (user_id);

CREATE TABLE lead_sources (
    id {{ID}},
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('http-json', 'csv', 'sample')),
    endpoint TEXT NOT NULL DEFAULT '',
    api_key_env TEXT NOT NULL DEFAULT '',
    secret_in_keychain INTEGER NOT NULL DEFAULT 0,
    monthly_quota INTEGER NOT NULL DEFAULT 1000 CHECK (monthly_quota >= 0),
    cost_per_call DOUBLE PRECISION NOT NULL DEFAULT 0 CHECK (cost_per_call >= 0),
    enabled INTEGER NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX lead_sources_user ON lead_sources (user_id);

CREATE TABLE campaigns (
    id {{ID}},
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'draft'
        CHECK (status IN ('draft', 'active', 'paused', 'scheduled', 'completed')),
    schedule_type TEXT NOT NULL CHECK (schedule_type IN ('daily', 'once', 'recurring', 'manual')),
    schedule_time TEXT NOT NULL DEFAULT '09:00',
    start_date TEXT,
    end_date TEXT,
    recurrence_days INTEGER NOT NULL DEFAULT 0 CHECK (recurrence_days >= 0),
    next_run_at BIGINT,
    last_run_at BIGINT,
    daily_limit INTEGER NOT NULL DEFAULT 50 CHECK (daily_limit >= 0),
    keywords TEXT NOT NULL DEFAULT '',
    follow_up_enabled INTEGER NOT NULL DEFAULT 0,
    follow_up1_delay_days INTEGER NOT NULL DEFAULT 3 CHECK (follow_up1_delay_days >= 0),
    follow_up2_delay_days INTEGER NOT NULL DEFAULT 4 CHECK (follow_up2_delay_days >= 0),
    subject TEXT NOT NULL DEFAULT '',
    body_initial TEXT NOT NULL DEFAULT '',
    body_followup1 TEXT NOT NULL DEFAULT '',
    body_followup2 TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX campaigns_user_status ON campaigns (user_id, status);

-- Last run per (campaign, job): lead generation and outreach keep separate 23-hour guards.
CREATE TABLE campaign_job_state (
    campaign_id BIGINT NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    job TEXT NOT NULL,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    last_run_at BIGINT NOT NULL,
    PRIMARY KEY (campaign_id, job)
);

CREATE TABLE leads (
    id {{ID}},
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    campaign_id BIGINT REFERENCES campaigns(id) ON DELETE SET NULL,
    email TEXT NOT NULL,
    first_name TEXT NOT NULL DEFAULT '',
    last_name TEXT NOT NULL DEFAULT '',
    company TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    score INTEGER NOT NULL DEFAULT 0 CHECK (score BETWEEN 0 AND 100),
    status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'contacted', 'followup1',
        'followup2', 'replied', 'bounced', 'unsubscribed', 'converted')),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    contacted_at BIGINT,
    followup1_at BIGINT,
    followup2_at BIGINT,
    replied_at BIGINT,
    bounced_at BIGINT,
    unsubscribed_at BIGINT,
    converted_at BIGINT,
    UNIQUE (user_id, email)
);
CREATE INDEX leads_user_status_score ON leads (user_id, status, score);
CREATE INDEX leads_user_campaign ON leads (user_id, campaign_id);

CREATE TABLE outbox (
    id {{ID}},
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    campaign_id BIGINT REFERENCES campaigns(id) ON DELETE SET NULL,
    lead_id BIGINT REFERENCES leads(id) ON DELETE SET NULL,
    sender_account_id BIGINT REFERENCES sender_accounts(id) ON DELETE SET NULL,
    kind TEXT NOT NULL CHECK (kind IN ('initial', 'followup1', 'followup2', 'test')),
    to_address TEXT NOT NULL,
    subject TEXT NOT NULL,
    body_text TEXT NOT NULL,
    body_html TEXT NOT NULL DEFAULT '',
    scheduled_for BIGINT NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sending', 'sent',
        'retry', 'failed', 'unknown', 'cancelled')),
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    message_id TEXT NOT NULL DEFAULT '',
    sent_at BIGINT,
    claimed_by TEXT NOT NULL DEFAULT '',
    claim_expires_at BIGINT,
    idempotency_key TEXT UNIQUE,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX outbox_due ON outbox (status, scheduled_for);
CREATE INDEX outbox_user_due ON outbox (user_id, status, scheduled_for);
CREATE INDEX outbox_message_id ON outbox (message_id);

-- user_id NULL means agency-wide.
CREATE TABLE suppression (
    id {{ID}},
    user_id BIGINT REFERENCES users(id) ON DELETE CASCADE,
    email TEXT NOT NULL,
    reason TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX suppression_email ON suppression (email, user_id);

CREATE TABLE api_calls (
    id {{ID}},
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    source_id BIGINT REFERENCES lead_sources(id) ON DELETE SET NULL,
    called_at BIGINT NOT NULL,
    duration_ms INTEGER NOT NULL DEFAULT 0,
    success INTEGER NOT NULL,
    http_status INTEGER NOT NULL DEFAULT 0,
    error TEXT NOT NULL DEFAULT '',
    leads_returned INTEGER NOT NULL DEFAULT 0,
    leads_valid INTEGER NOT NULL DEFAULT 0,
    cost DOUBLE PRECISION NOT NULL DEFAULT 0
);
CREATE INDEX api_calls_user_time ON api_calls (user_id, called_at);

CREATE TABLE job_runs (
    id {{ID}},
    job TEXT NOT NULL,
    trigger_kind TEXT NOT NULL CHECK (trigger_kind IN ('schedule', 'manual', 'catch-up', 'retry')),
    status TEXT NOT NULL DEFAULT 'running'
        CHECK (status IN ('running', 'succeeded', 'partial', 'failed', 'cancelled')),
    occurrence_at BIGINT,
    started_at BIGINT NOT NULL,
    finished_at BIGINT,
    users_total INTEGER NOT NULL DEFAULT 0,
    users_done INTEGER NOT NULL DEFAULT 0,
    users_failed INTEGER NOT NULL DEFAULT 0,
    users_skipped INTEGER NOT NULL DEFAULT 0,
    items INTEGER NOT NULL DEFAULT 0,
    owner TEXT NOT NULL DEFAULT '',
    requested_by TEXT NOT NULL DEFAULT '',
    error TEXT NOT NULL DEFAULT ''
);
CREATE INDEX job_runs_job_started ON job_runs (job, started_at);
CREATE INDEX job_runs_started ON job_runs (started_at);

CREATE TABLE job_run_users (
    id {{ID}},
    run_id BIGINT NOT NULL REFERENCES job_runs(id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    user_email TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('running', 'succeeded', 'failed', 'skipped', 'cancelled')),
    items INTEGER NOT NULL DEFAULT 0,
    error TEXT NOT NULL DEFAULT '',
    started_at BIGINT NOT NULL,
    finished_at BIGINT,
    duration_ms INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX job_run_users_run ON job_run_users (run_id);
CREATE INDEX job_run_users_user ON job_run_users (user_id, started_at);

CREATE TABLE log_records (
    id {{ID}},
    at BIGINT NOT NULL,
    level TEXT NOT NULL,
    job TEXT NOT NULL DEFAULT '',
    run_id BIGINT,
    user_id BIGINT,
    user_email TEXT NOT NULL DEFAULT '',
    message TEXT NOT NULL
);
CREATE INDEX log_records_at ON log_records (at);
CREATE INDEX log_records_run ON log_records (run_id, at);
CREATE INDEX log_records_user ON log_records (user_id, at);

CREATE TABLE weekly_reports (
    id {{ID}},
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    iso_week TEXT NOT NULL,
    computed_at BIGINT NOT NULL,
    data TEXT NOT NULL,
    UNIQUE (user_id, iso_week)
);

CREATE TABLE audit_log (
    id {{ID}},
    at BIGINT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    target_type TEXT NOT NULL,
    target_id TEXT NOT NULL DEFAULT '',
    user_id BIGINT,
    reason TEXT NOT NULL DEFAULT '',
    details TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_at ON audit_log (at);
