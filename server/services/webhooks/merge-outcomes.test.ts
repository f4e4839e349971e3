import { describe, expect, it } from "vitest";
import { conversationChannel, managersInboxChannel, type Push } from "@/server/realtime/channels";
import { emptyOutcome, type ApplyOutcome } from "./apply-context";
import { mergeOutcomes } from "./merge-outcomes";

const updated = (messageId: string, status: string): Push => ({
  channel: conversationChannel("c1"),
  event: { name: "message.updated", data: { conversationId: "c1", messageId, status } },
});
const listChanged: Push = { channel: managersInboxChannel, event: { name: "conversation.updated", data: { conversationId: "c1" } } };
const outcome = (part: Partial<ApplyOutcome>): ApplyOutcome => ({ ...emptyOutcome(), ...part });

describe("mergeOutcomes", () => {
  it("pushes a status burst on a conversation once per message, with its last status, and the list once", () => {
    const merged = mergeOutcomes([
      outcome({ pushes: [updated("m1", "SENT"), listChanged] }),
      outcome({ pushes: [updated("m1", "DELIVERED"), updated("m2", "DELIVERED"), listChanged] }),
      outcome({ pushes: [updated("m1", "READ"), listChanged] }),
      outcome({ pushes: [updated("m2", "FAILED")] }),
    ]);
    expect(merged.pushes).toEqual([updated("m1", "READ"), listChanged, updated("m2", "FAILED")]);
  });

  it("arms each conversation's window once, at its latest end, and asks for each download once", () => {
    const [early, late] = [new Date("2026-12-01T10:00:00Z"), new Date("2026-12-01T11:00:00Z")];
    const merged = mergeOutcomes([
      outcome({ armedWindows: [{ conversationId: "c1", windowExpiresAt: late }], mediaMessageIds: ["m1"] }),
      outcome({ armedWindows: [{ conversationId: "c1", windowExpiresAt: early }, { conversationId: "c2", windowExpiresAt: early }], mediaMessageIds: ["m1", "m2"] }),
    ]);
    expect(merged.armedWindows).toEqual([
      { conversationId: "c1", windowExpiresAt: late },
      { conversationId: "c2", windowExpiresAt: early },
    ]);
    expect(merged.mediaMessageIds).toEqual(["m1", "m2"]);
  });
});
