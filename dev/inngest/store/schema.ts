import { type Pool, schemaName as s, withTx } from "./db";

// Times are integer milliseconds from the executor's clock, not timestamptz, so that tests can
// move time without touching the database server's clock. These statements only create what is
// missing: a later change to a table needs its own `ALTER TABLE … ADD COLUMN IF NOT EXISTS`.
const ddl = `
CREATE SCHEMA IF NOT EXISTS ${s};

CREATE TABLE IF NOT EXISTS ${s}.apps (
  id text PRIMARY KEY,
  url text NOT NULL,
  synced_at bigint NOT NULL
);

CREATE TABLE IF NOT EXISTS ${s}.functions (
  id text PRIMARY KEY,
  app_id text NOT NULL,
  definition jsonb NOT NULL
);

CREATE TABLE IF NOT EXISTS ${s}.crons (
  fn_id text NOT NULL,
  cron text NOT NULL,
  next_fire_at bigint NOT NULL,
  PRIMARY KEY (fn_id, cron)
);

CREATE TABLE IF NOT EXISTS ${s}.events (
  seq bigserial PRIMARY KEY,
  id text NOT NULL UNIQUE,
  name text NOT NULL,
  payload jsonb NOT NULL,
  received_at bigint NOT NULL,
  processed boolean NOT NULL DEFAULT false
);
CREATE INDEX IF NOT EXISTS events_unprocessed ON ${s}.events (seq) WHERE NOT processed;

CREATE TABLE IF NOT EXISTS ${s}.event_keys (
  key text PRIMARY KEY,
  event_id text NOT NULL,
  expires_at bigint NOT NULL
);

CREATE TABLE IF NOT EXISTS ${s}.runs (
  id text PRIMARY KEY,
  seq bigserial,
  fn_id text NOT NULL,
  event_id text NOT NULL,
  event jsonb NOT NULL,
  status text NOT NULL,
  output jsonb,
  error jsonb,
  max_attempts integer NOT NULL,
  req_version integer NOT NULL DEFAULT -1,
  disable_immediate boolean NOT NULL DEFAULT false,
  started_at bigint NOT NULL,
  ended_at bigint
);
CREATE INDEX IF NOT EXISTS runs_by_fn ON ${s}.runs (fn_id, status);
CREATE INDEX IF NOT EXISTS runs_by_start ON ${s}.runs (started_at DESC, seq DESC);

CREATE TABLE IF NOT EXISTS ${s}.steps (
  run_id text NOT NULL,
  step_id text NOT NULL,
  seq bigserial,
  name text,
  result jsonb NOT NULL,
  at bigint NOT NULL,
  PRIMARY KEY (run_id, step_id)
);

CREATE TABLE IF NOT EXISTS ${s}.jobs (
  id bigserial PRIMARY KEY,
  run_id text NOT NULL,
  kind text NOT NULL,
  step_id text,
  name text,
  attempt integer NOT NULL DEFAULT 0,
  due_at bigint NOT NULL,
  priority smallint NOT NULL DEFAULT 1
);
CREATE INDEX IF NOT EXISTS jobs_by_due ON ${s}.jobs (priority, due_at, id);
CREATE INDEX IF NOT EXISTS jobs_by_run ON ${s}.jobs (run_id);

CREATE TABLE IF NOT EXISTS ${s}.waits (
  run_id text NOT NULL,
  step_id text NOT NULL,
  name text,
  event_name text NOT NULL,
  expression text,
  deadline bigint NOT NULL,
  created_at bigint NOT NULL,
  -- Only events stored after the wait began can match it.
  after_event_seq bigint NOT NULL,
  PRIMARY KEY (run_id, step_id)
);
CREATE INDEX IF NOT EXISTS waits_by_event ON ${s}.waits (event_name);

-- batchEvents: the batch a function is filling per key value, and the events it holds so far.
CREATE TABLE IF NOT EXISTS ${s}.batches (
  fn_id text NOT NULL,
  batch_key text NOT NULL,
  opened_at bigint NOT NULL,
  due_at bigint NOT NULL,
  PRIMARY KEY (fn_id, batch_key)
);
CREATE INDEX IF NOT EXISTS batches_by_due ON ${s}.batches (due_at);

CREATE TABLE IF NOT EXISTS ${s}.batch_events (
  seq bigserial PRIMARY KEY,
  fn_id text NOT NULL,
  batch_key text NOT NULL,
  event_id text NOT NULL,
  event jsonb NOT NULL
);
CREATE INDEX IF NOT EXISTS batch_events_by_batch ON ${s}.batch_events (fn_id, batch_key, seq);

-- A batched run's events, oldest first (null: the run has its one event only).
ALTER TABLE ${s}.runs ADD COLUMN IF NOT EXISTS events jsonb;

CREATE TABLE IF NOT EXISTS ${s}.history (
  seq bigserial PRIMARY KEY,
  run_id text NOT NULL,
  at bigint NOT NULL,
  kind text NOT NULL,
  step_id text,
  detail jsonb
);
CREATE INDEX IF NOT EXISTS history_by_run ON ${s}.history (run_id, seq);
`;

/** Two executors starting together on one database must not race on CREATE … IF NOT EXISTS. */
export async function migrate(pool: Pool): Promise<void> {
  await withTx(pool, async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock(hashtext('inngest_local.migrate'))");
    await tx.query(ddl);
  });
}
