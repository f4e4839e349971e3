import { describe, expect, it } from "vitest";
import { createJobs, type JobEvent } from "./inngest-jobs";

function recorder() {
  const batches: JobEvent[][] = [];
  return { batches, jobs: createJobs(async (batch) => void batches.push(batch)) };
}

describe("the Inngest jobs port", () => {
  it("names each event and gives it its idempotency id", async () => {
    const { batches, jobs } = recorder();
    const at = new Date("2026-01-02T03:04:05.006Z");
    await jobs.requestSends([
      { messageId: "m1", channelId: "ch1" },
      { messageId: "m2", channelId: "ch2" },
    ]);
    await jobs.retrySend("m1", at);
    await jobs.armWindowExpiries([{ conversationId: "c1", windowExpiresAt: at }]);
    await jobs.submitTemplate({ templateId: "t1", submittedById: "u1", submittedAt: at });
    await jobs.requestTranscription("m3");
    await jobs.requestConversationSummary({ conversationId: "c2", trigger: "close", requestedAt: at });
    expect(batches.map((batch) => batch.map((e) => [e.name, e.id, e.data]))).toEqual([
      [
        ["comunicador/message.batch-send-requested", "message-send-m1", { messageId: "m1", channelId: "ch1" }],
        ["comunicador/message.batch-send-requested", "message-send-m2", { messageId: "m2", channelId: "ch2" }],
      ],
      [["comunicador/message.send-requested", `message-send-m1-retry-${at.getTime()}`, { messageId: "m1" }]],
      [["comunicador/conversation.window-armed", `window-c1-${at.getTime()}`, { conversationId: "c1", windowExpiresAt: "2026-01-02T03:04:05.006Z" }]],
      [["comunicador/template.submit-requested", `template-submit-t1-${at.getTime()}`, { templateId: "t1", submittedById: "u1" }]],
      [["comunicador/message.transcribe-requested", "message-transcribe-m3", { messageId: "m3" }]],
      [["comunicador/conversation.summary-requested", `conversation-summary-c2-close-${at.getTime()}`, { conversationId: "c2", trigger: "close" }]],
    ]);
  });

  it("sends nothing for an empty batch", async () => {
    const { batches, jobs } = recorder();
    await jobs.requestSends([]);
    await jobs.requeueSends([], 1);
    await jobs.armWindowExpiries([]);
    await jobs.requestMediaDownloads([]);
    expect(batches).toEqual([]);
  });
});
