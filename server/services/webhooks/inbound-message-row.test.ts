import { describe, expect, it } from "vitest";
import { inboundMessageSchema } from "@/server/meta/webhook-inbound-message";
import { inboundMessage } from "@/dev/whatsapp-sandbox/meta-message-bodies";
import { inboundRow, metaError, metaTime } from "./inbound-message-row";
import { cleanString, sanitizeJson, TooDeepError } from "./sanitize-json";

const receivedAt = new Date("2026-11-25T12:00:00.000Z");
const row = (input: unknown) => inboundRow(inboundMessageSchema.parse(input), receivedAt);

describe("metaTime", () => {
  it("reads Meta's Unix seconds and falls back to the arrival time for unusable or future values", () => {
    expect(metaTime("1795608000", receivedAt)).toEqual(new Date(1795608000 * 1000));
    for (const bad of ["abc", "", "-5", "0", "1e30", String(receivedAt.getTime() / 1000 + 3600)]) expect(metaTime(bad, receivedAt)).toBe(receivedAt);
  });
});

describe("metaError", () => {
  it("keeps only codes that fit an integer column and trims long texts", () => {
    expect(metaError([{ code: 131051, title: "Message type unknown", error_data: { details: "x" } }])).toEqual({ errorCode: 131051, errorTitle: "Message type unknown", errorDetail: "x" });
    for (const code of [1.5, 1e308, 2 ** 40]) expect(metaError([{ code }]).errorCode).toBeNull();
    expect(metaError([{ code: 1, message: "m".repeat(5000) }]).errorDetail).toHaveLength(2000);
    expect(metaError(undefined)).toEqual({});
  });
});

describe("inboundRow", () => {
  it("marks a reaction removal and keeps what Meta sent as content", () => {
    const removal = row(inboundMessage.reaction({ messageId: "wamid.alvo" }));
    expect(removal).toMatchObject({ type: "REACTION", body: null, reactionToWamid: "wamid.alvo", content: { reaction: { message_id: "wamid.alvo" }, removed: true } });
    expect(row(inboundMessage.reaction({ messageId: "wamid.alvo", emoji: "❤️" })).content).not.toHaveProperty("removed");
  });

  it("drops a reply target that cannot be a wamid, and stores media as pending", () => {
    const reply = row(inboundMessage.text({ body: "oi", context: { id: "w".repeat(300) } }));
    expect(reply.replyToWamid).toBeNull();
    expect(row(inboundMessage.sticker({ mediaId: "77" }))).toMatchObject({ type: "STICKER", body: null, metaMediaId: "77", mediaStatus: "PENDING", mediaMimeType: "image/webp" });
  });

  it.each(["../../me", "123/../../x", "1?x=", "media-1"])("keeps a media message whose id %j is not Meta's, its media unavailable", (mediaId) => {
    expect(row(inboundMessage.image({ mediaId, caption: "Foto" }))).toMatchObject({ type: "IMAGE", body: "Foto", metaMediaId: null, mediaStatus: "FAILED" });
  });

  it("stores no words for a message that has none: the screen names its kind in the reader's language", () => {
    expect(row(inboundMessage.location({ latitude: -23.5, longitude: -46.6 })).body).toBeNull();
    expect(row(inboundMessage.image({ mediaId: "1037543291543636" })).body).toBeNull();
  });

  it("reads a type Meta added later as unsupported, keeping its original type", () => {
    const unknown = row({ from: "5511987654321", id: "wamid.novo", timestamp: "1795608000", type: "poll", poll: { question: "?" } });
    expect(unknown).toMatchObject({ type: "UNSUPPORTED", content: { unsupported: { type: "poll" }, poll: { question: "?" } } });
  });
});

describe("sanitizeJson", () => {
  it("removes NUL characters and replaces lone surrogates, in keys too", () => {
    expect(sanitizeJson({ "a\u0000": ["x\u0000y", "\ud800", "ok 😀"] })).toEqual({ a: ["xy", "\ufffd", "ok 😀"] });
    expect(cleanString("\udc00a\ud83d")).toBe("\ufffda\ufffd");
  });

  it("refuses absurd nesting", () => {
    let deep: unknown = "fundo";
    for (let i = 0; i < 100; i++) deep = [deep];
    expect(() => sanitizeJson(deep)).toThrow(TooDeepError);
  });
});
