import "server-only";
import type { Push } from "./channels";
import { pusherServer } from "./pusher-server";

// Pusher's HTTP API takes at most 10 events per batch request.
const BATCH_LIMIT = 10;
// Batch requests in flight at once: a burst's pushes are independent "refetch this" signals, so
// their order across requests does not matter, only how soon they all arrive.
const REQUESTS_IN_FLIGHT = 4;

function chunks(pushes: Push[]): Push[][] {
  const result: Push[][] = [];
  for (let i = 0; i < pushes.length; i += BATCH_LIMIT) result.push(pushes.slice(i, i + BATCH_LIMIT));
  return result;
}

async function trigger(chunk: Push[]) {
  try {
    await pusherServer().triggerBatch(chunk.map((push) => ({ channel: push.channel, name: push.event.name, data: push.event.data })));
  } catch (error) {
    console.warn(`[realtime] push falhou (${chunk.length} eventos): ${error instanceof Error ? error.message : String(error)}`);
  }
}

// Call only after the transaction that produced the change has committed. Best effort: the
// database is the source of truth and clients refetch on reconnect, so a failed push is logged,
// never thrown back into a webhook or a send; one failed request does not hold back the others.
export async function publish(pushes: Push[]): Promise<void> {
  const pending = chunks(pushes);
  const worker = async () => {
    for (let chunk = pending.shift(); chunk; chunk = pending.shift()) await trigger(chunk);
  };
  await Promise.all(Array.from({ length: Math.min(REQUESTS_IN_FLIGHT, pending.length) }, worker));
}
