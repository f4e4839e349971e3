import { createJobs, type JobEvent } from "@/server/jobs/inngest-jobs";

export type RecordedSend = { messageId: string; eventId: string };
export type RecordedArm = { conversationId: string; deadline: Date };

type Options = {
  /** Every send throws, as when Inngest cannot be reached. */
  fail?: boolean;
  /** Called with each request's send events, first sends and retries alike (one call per request). */
  onSends?: (sends: RecordedSend[]) => void;
};

// The real jobs port with a recorder where Inngest's client would be: tests see the exact events
// and idempotency ids production sends.
export function recordingJobs(options: Options = {}) {
  const events: JobEvent[] = [];
  const sends: RecordedSend[] = [];
  const armed: RecordedArm[] = [];
  const jobs = createJobs(async (batch) => {
    if (options.fail) throw new Error("executor down");
    events.push(...batch);
    const batchSends: RecordedSend[] = [];
    for (const event of batch) {
      if (event.name === "comunicador/message.send-requested" || event.name === "comunicador/message.batch-send-requested") {
        batchSends.push({ messageId: event.data.messageId, eventId: event.id ?? "" });
      }
      if (event.name === "comunicador/conversation.window-armed") armed.push({ conversationId: event.data.conversationId, deadline: new Date(event.data.windowExpiresAt) });
    }
    sends.push(...batchSends);
    if (batchSends.length > 0) options.onSends?.(batchSends);
  });
  return { jobs, events, sends, armed };
}
