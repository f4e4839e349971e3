import "server-only";
import type { Push } from "./channels";
import { pusherServer } from "./pusher-server";

const BATCH_LIMIT = 10;

// Call only after the transaction that produced the change has committed. Best effort: the
// database is the source of truth and clients refetch on reconnect, so a failed push is logged,
// never thrown back into a webhook or a send.
export async function publish(pushes: Push[]): Promise<void> {
  if (pushes.length === 0) return;
  try {
    for (let i = 0; i < pushes.length; i += BATCH_LIMIT) {
      await pusherServer().triggerBatch(
        pushes.slice(i, i + BATCH_LIMIT).map((push) => ({ channel: push.channel, name: push.event.name, data: push.event.data })),
      );
    }
  } catch (error) {
    console.warn(`[realtime] push falhou (${pushes.length} eventos): ${error instanceof Error ? error.message : String(error)}`);
  }
}
