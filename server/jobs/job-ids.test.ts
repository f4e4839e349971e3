import { describe, expect, it } from "vitest";
import {
  conversationSummaryId,
  firstSendId,
  mediaDownloadId,
  requeueSendId,
  retrySendId,
  templateDecisionId,
  templateSubmitId,
  transcriptionId,
  windowExpiryId,
} from "./job-ids";

// These strings are Inngest's idempotency keys: events already sent carry them, so a change here
// would let a message, a download or a submission run twice across a deploy.
describe("job idempotency ids", () => {
  const at = new Date("2026-03-04T05:06:07.089Z");

  it("keeps the message send ids", () => {
    expect(firstSendId("m1")).toBe("message-send-m1");
    expect(retrySendId("m1", at)).toBe("message-send-m1-retry-1772600767089");
    expect(requeueSendId("m1", 984778)).toBe("message-send-m1-requeue-984778");
  });

  it("keeps the window, media and template ids", () => {
    expect(windowExpiryId("c1", at)).toBe("window-c1-1772600767089");
    expect(mediaDownloadId("m2")).toBe("media-download-m2");
    expect(templateSubmitId("t1", at)).toBe("template-submit-t1-1772600767089");
    expect(templateDecisionId("t1", "APPROVED")).toBe("template-status-t1-APPROVED");
    expect(templateDecisionId("t1", "REJECTED", at)).toBe("template-status-t1-REJECTED-1772600767089");
  });

  it("keeps the assistant's transcription and summary ids", () => {
    expect(transcriptionId("m3")).toBe("message-transcribe-m3");
    expect(conversationSummaryId("c2", "transfer", at)).toBe("conversation-summary-c2-transfer-1772600767089");
    expect(conversationSummaryId("c2", "close", at)).toBe("conversation-summary-c2-close-1772600767089");
  });
});
