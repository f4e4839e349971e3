import { describe, expect, it } from "vitest";
import type { ChatMessage, MessagesPage } from "../../_lib/types";
import { flattenMessages, upsertMessage } from "./message-cache";

const message = (id: string, minute: number, status: ChatMessage["status"] = "SENT"): ChatMessage => ({
  id,
  conversationId: "conv",
  clientRequestId: null,
  wamid: null,
  direction: "OUTBOUND",
  type: "TEXT",
  body: id,
  status,
  createdAt: new Date(Date.UTC(2026, 10, 25, 12, minute)),
  sentAt: null,
  deliveredAt: null,
  readAt: null,
  sender: null,
  template: null,
  details: { kind: "none" },
  error: null,
  reactionToWamid: null,
  replyTo: null,
  media: null,
  transcript: null,
});
const page = (items: ChatMessage[], nextCursor: MessagesPage["nextCursor"] = null): MessagesPage => ({ items, nextCursor });

describe("the chat's message cache", () => {
  const data = { pages: [page([message("c", 3), message("b", 2)]), page([message("a", 1)])], pageParams: [null, "x"] };

  it("a pushed message and its refetch show once, in order", () => {
    const once = upsertMessage(data, message("d", 4));
    const twice = upsertMessage(once, message("d", 4));
    expect(flattenMessages(twice).map((m) => m.id)).toEqual(["a", "b", "c", "d"]);
  });

  it("an update replaces the message wherever it is loaded", () => {
    const updated = upsertMessage(data, message("a", 1, "READ"));
    expect(flattenMessages(updated).find((m) => m.id === "a")?.status).toBe("READ");
    expect(flattenMessages(updated)).toHaveLength(3);
  });

  it("a message repeated across pages after a refetch shows once", () => {
    const overlapping = { pages: [page([message("c", 3), message("b", 2)]), page([message("b", 2), message("a", 1)])], pageParams: [null, "x"] };
    expect(flattenMessages(overlapping).map((m) => m.id)).toEqual(["a", "b", "c"]);
  });
});
