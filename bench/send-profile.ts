// Where a send's time goes, read from the local Inngest executor's own tables (schema
// inngest_local, in the bench's database): how long events wait for a run, how long the app's
// message/send-batch step takes per call, how many messages each batch run carried, and how many
// durable slot sleeps the runs took (message/send, the retry path, counted with them).
import type { Db } from "../server/db";
import { ms, summarize } from "./stats";
import type { BenchTable } from "./table";

const FUNCTION_IDS = ["comunicador-message-send-batch", "comunicador-message-send"];

export async function reportSendProfile(db: Db, since: number, table: BenchTable, label = "sends") {
  const [kinds, eventWaits, firstCalls, batches] = await Promise.all([
    db.$queryRawUnsafe<{ kind: string; name: string | null; n: number }[]>(
      `SELECT h.kind, h.detail->>'name' AS name, count(*)::int AS n
       FROM inngest_local.history h JOIN inngest_local.runs r ON r.id = h.run_id
       WHERE r.fn_id = ANY($1::text[]) AND r.started_at >= $2 GROUP BY 1, 2 ORDER BY 3 DESC`,
      FUNCTION_IDS,
      since,
    ),
    db.$queryRawUnsafe<{ wait: number }[]>(
      `SELECT (r.started_at - e.received_at)::float8 AS wait
       FROM inngest_local.runs r JOIN inngest_local.events e ON e.id = r.event_id
       WHERE r.fn_id = ANY($1::text[]) AND r.started_at >= $2`,
      FUNCTION_IDS,
      since,
    ),
    // A run's first entry after run.started is logged when its first call to the app has answered.
    db.$queryRawUnsafe<{ took: number }[]>(
      `SELECT (min(h.at) FILTER (WHERE h.kind <> 'run.started') - min(h.at) FILTER (WHERE h.kind = 'run.started'))::float8 AS took
       FROM inngest_local.history h JOIN inngest_local.runs r ON r.id = h.run_id
       WHERE r.fn_id = ANY($1::text[]) AND r.started_at >= $2 GROUP BY h.run_id`,
      FUNCTION_IDS,
      since,
    ),
    db.$queryRawUnsafe<{ size: number }[]>(
      `SELECT coalesce(jsonb_array_length(r.events), 1)::int AS size FROM inngest_local.runs r WHERE r.fn_id = ANY($1::text[]) AND r.started_at >= $2`,
      FUNCTION_IDS,
      since,
    ),
  ]);
  const count = (kind: string) => kinds.filter((k) => k.kind === kind).reduce((sum, k) => sum + k.n, 0);
  const runs = count("run.started");
  const sleeps = kinds.filter((k) => k.kind === "step.sleeping").map((k) => `${k.n} × ${k.name}`).join(", ") || "none";
  const waited = summarize(eventWaits.map((w) => w.wait));
  const call = summarize(firstCalls.flatMap((c) => (c.took === null ? [] : [c.took])));
  const size = summarize(batches.map((b) => b.size));
  table.row(
    `${label}: where the time goes (local executor)`,
    `event → run p50 ${ms(waited.p50)}`,
    `p95 ${ms(waited.p95)}; run start → first step done (waiting for one of the executor's workers, then the app's call) p50 ${ms(call.p50)} · p95 ${ms(call.p95)}`,
    `${runs} runs (messages per run p50 ${size.p50.toFixed(0)}, max ${size.max.toFixed(0)}), ${count("step.completed")} steps, durable sleeps: ${sleeps}; ${count("step.errored")} step errors`,
  );
}
