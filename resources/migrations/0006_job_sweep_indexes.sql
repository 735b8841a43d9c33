-- Indexes for per-user hot queries whose cost grew with the user's history instead of with the
-- work at hand, found by the job sweep benchmark (tests/bench/job_sweep_bench, README
-- "Benchmark: job sweep"). SQLite plans without statistics (the product never runs ANALYZE),
-- so an index it would not pick is no help there.
-- Portable between SQLite and PostgreSQL (see 0001 for the conventions).

-- Follow-up checker (job 3): per campaign, the leads at one step (`contacted` or `followup1`)
-- whose stamp is older than the delay, oldest first (LeadSequenceRepository::dueForNextStep),
-- and the campaign's backlog of such leads (completion). With only (user_id, campaign_id) and
-- (user_id, contacted_at), SQLite read every lead the user ever contacted, in all campaigns,
-- to find one campaign's due ones: 0.1 s per campaign for a user with 100,000 leads. One index
-- per step makes the query a range of exactly the due leads, already in order.
CREATE INDEX leads_user_campaign_contacted ON leads (user_id, campaign_id, status, contacted_at);
CREATE INDEX leads_user_campaign_followup1 ON leads (user_id, campaign_id, status, followup1_at);

-- Outreach (job 2) asks which of up to 400 candidate leads already have their initial email
-- queued, by idempotency key and user (LeadSequenceRepository::withStep). With a long IN list
-- SQLite preferred outbox_user_created (user_id) over the unique key and read the user's whole
-- outbox: 0.16 s for a user with 40,000 sent emails, 1 ms with this index.
CREATE INDEX outbox_user_key ON outbox (user_id, idempotency_key);

-- Outreach and follow-ups skip suppressed addresses with NOT EXISTS (... s.email = leads.email
-- AND (s.user_id = ? OR s.user_id IS NULL)). For a user with many candidates PostgreSQL hashes
-- the user's and the agency-wide suppressions instead of probing suppression_email per lead,
-- and with no index on user_id it read the whole table, every user's list, to find them.
CREATE INDEX suppression_user ON suppression (user_id, email);
