import { describe, expect, it } from "vitest";
import { campaignsChannel, conversationChannel, conversationPresenceChannel, inboxChannel, managersInboxChannel, parseChannel, settingsChannel } from "./channels";

describe("channel names", () => {
  it("round-trip through parseChannel", () => {
    expect(parseChannel(conversationChannel("c1"))).toEqual({ kind: "conversation", conversationId: "c1" });
    expect(parseChannel(conversationPresenceChannel("c1"))).toEqual({ kind: "presence", conversationId: "c1" });
    expect(parseChannel(inboxChannel("u1"))).toEqual({ kind: "inbox", userId: "u1" });
    expect(parseChannel(managersInboxChannel)).toEqual({ kind: "managers" });
    expect(parseChannel(settingsChannel)).toEqual({ kind: "settings" });
    expect(parseChannel(campaignsChannel)).toEqual({ kind: "campaigns" });
  });

  it("rejects anything else", () => {
    for (const name of ["private-other-1", "public", "private-conversation-", "private-conversation-a b", "presence-inbox-u1"]) {
      expect(parseChannel(name)).toBeNull();
    }
  });
});
