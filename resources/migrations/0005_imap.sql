-- Reply and bounce detection (reply-checker): the IMAP mailbox of a sender account, how far
-- each mailbox has been read, and every received message already acted on.
-- Portable between SQLite and PostgreSQL (see 0001 for the conventions).

-- At most one mailbox per sender account. The password is not here: it lives in the keychain
-- (secret_in_keychain) or in the environment variable password_env, or, with use_smtp_secret,
-- it is the account's SMTP password.
CREATE TABLE sender_imap (
    sender_account_id BIGINT PRIMARY KEY REFERENCES sender_accounts(id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    host TEXT NOT NULL,
    port INTEGER NOT NULL CHECK (port BETWEEN 1 AND 65535),
    tls_mode TEXT NOT NULL CHECK (tls_mode IN ('none', 'starttls', 'implicit')),
    username TEXT NOT NULL,
    password_env TEXT NOT NULL DEFAULT '',
    secret_in_keychain INTEGER NOT NULL DEFAULT 0,
    use_smtp_secret INTEGER NOT NULL DEFAULT 0,
    allow_plaintext_auth INTEGER NOT NULL DEFAULT 0,
    trust_self_signed INTEGER NOT NULL DEFAULT 0,
    ca_certificate_path TEXT NOT NULL DEFAULT '',
    mailbox TEXT NOT NULL DEFAULT 'INBOX',
    enabled INTEGER NOT NULL DEFAULT 1,
    last_checked_at BIGINT,
    last_error TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX sender_imap_user ON sender_imap (user_id);

-- How far a mailbox has been read. UIDs mean something only together with the mailbox's
-- UIDVALIDITY: when the server reports another one, reading starts again from the first UID
-- (inbound_messages keeps that from counting anything twice).
CREATE TABLE imap_mailbox_state (
    sender_account_id BIGINT NOT NULL REFERENCES sender_accounts(id) ON DELETE CASCADE,
    mailbox TEXT NOT NULL,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    uid_validity BIGINT NOT NULL,
    last_seen_uid BIGINT NOT NULL DEFAULT 0,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (sender_account_id, mailbox)
);

-- Every received message the reply checker acted on, once per user and Message-ID
-- (message_key; a digest of the header for a message without one). Its effects on the lead
-- are written in the same transaction as this row, so a re-scan never repeats them.
CREATE TABLE inbound_messages (
    id {{ID}},
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    message_key TEXT NOT NULL,
    sender_account_id BIGINT REFERENCES sender_accounts(id) ON DELETE SET NULL,
    kind TEXT NOT NULL CHECK (kind IN ('reply', 'auto-reply', 'bounce', 'delayed',
        'unsubscribe', 'unmatched')),
    lead_id BIGINT REFERENCES leads(id) ON DELETE SET NULL,
    outbox_id BIGINT REFERENCES outbox(id) ON DELETE SET NULL,
    from_address TEXT NOT NULL DEFAULT '',
    subject TEXT NOT NULL DEFAULT '',
    snippet TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT '',
    received_at BIGINT,
    processed_at BIGINT NOT NULL,
    UNIQUE (user_id, message_key)
);
CREATE INDEX inbound_messages_user_kind ON inbound_messages (user_id, kind, processed_at);
CREATE INDEX inbound_messages_user_lead ON inbound_messages (user_id, lead_id);
