import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import { MessageStatus } from "@/generated/prisma/enums";
import type { Db } from "@/server/db";
import { conversationChannel, type Push } from "@/server/realtime/channels";
import { deliveryPushes, recordSentMany, type SentMessage } from "./record-delivery";

// A chunk is recorded once it holds this many sends or its oldest has waited this long: the screens
// see ticks within a fraction of a second, and a crash leaves few sent messages unrecorded.
const CHUNK_SIZE = 25;
const CHUNK_AGE_MS = 250;

type Deps = { publish: (pushes: Push[]) => Promise<void>; afterSent?: (sent: { wamid: string; sentAt: Date }[]) => Promise<unknown> };

/**
 * A chunk's pushes: each message's and conversation's own, once; the inbox lists (the assignees'
 * and the managers') once per chunk. A list only refetches on its signal, whatever conversation it
 * names, so a campaign's chunk of 25 sends costs ~27 pushes to the lists' channels' 2, not 100.
 */
export function chunkPushes(pushes: Push[]): Push[] {
  const byKey = new Map<string, Push>();
  for (const push of pushes) {
    const { channel, event } = push;
    const own = event.name === "message.updated" ? event.data.messageId : channel.startsWith(conversationChannel("")) ? "" : null;
    byKey.set(`${channel}|${event.name}|${own ?? "list"}`, push);
  }
  return [...byKey.values()];
}

/** Records a batch's sends as they answer, in chunks, each chunk in one transaction. */
export function createSentRecorder(db: Db, deps: Deps) {
  let buffer: SentMessage[] = [];
  let oldestAt = 0;
  const chunks: Promise<void>[] = [];
  let failure: unknown;

  const record = async (chunk: SentMessage[]) => {
    // The messages already went out: one more try before giving the error to the run.
    const moved = await recordSentMany(db, chunk).catch(async () => (await sleep(500), recordSentMany(db, chunk)));
    await deps.publish(chunkPushes(moved.flatMap((sent) => deliveryPushes(sent.message, MessageStatus.SENT))));
    await deps.afterSent?.(moved.map(({ wamid, sentAt }) => ({ wamid, sentAt }))).catch((error: unknown) =>
      console.warn(`[message/send-batch] status antecipados não reaplicados: ${error instanceof Error ? error.message : String(error)}`),
    );
  };
  const flush = () => {
    if (buffer.length === 0) return;
    const chunk = buffer;
    buffer = [];
    chunks.push(record(chunk).catch((error: unknown) => void (failure ??= error)));
  };

  return {
    add(sent: SentMessage) {
      if (buffer.length === 0) oldestAt = Date.now();
      buffer.push(sent);
      if (buffer.length >= CHUNK_SIZE || Date.now() - oldestAt >= CHUNK_AGE_MS) flush();
    },
    /** Records what is left and throws the first recording error, if any. */
    async done() {
      flush();
      await Promise.all(chunks);
      if (failure !== undefined) throw failure;
    },
  };
}
