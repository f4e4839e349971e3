import { createHash } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { MessageDirection, MessageStatus } from "@/generated/prisma/enums";
import { mediaDownloadRequested } from "@/inngest/events";
import { runFunction } from "@/test/inngest/test-engine";
import { sendScene } from "@/test/inngest/send-scene";
import { sandboxForThisFile } from "@/test/inngest/test-sandbox";
import { getMedia } from "@/server/media/local-store";
import { publish } from "@/server/realtime/publish";
import { createGraphClient } from "@/server/meta/graph-client";
import { downloadInboundMedia, markMediaFailed } from "@/server/services/media/download-inbound-media";
import { testDb } from "@/test/db";
import { downloadMedia } from "./download-media";

vi.mock("@/server/realtime/publish", () => ({ publish: vi.fn(async () => undefined) }));

const db = () => testDb();
const sandbox = sandboxForThisFile();

const PHOTO = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=", "base64");

/** A file the lead sent: at Meta (the sandbox) under a media id, and PENDING on our inbound message. */
async function inboundImage(options: { sha256?: string; receivedAt?: Date; metaMediaId?: string } = {}) {
  const scene = await sendScene(db(), sandbox);
  const item = sandbox.context.store.addMedia({ bytes: PHOTO, mimeType: "image/png", filename: "foto.png" });
  const message = await db().message.create({
    data: {
      conversationId: scene.conversation.id,
      direction: MessageDirection.INBOUND,
      type: "IMAGE",
      status: MessageStatus.RECEIVED,
      metaMediaId: options.metaMediaId ?? item.id,
      mediaMimeType: "image/png",
      mediaSha256: options.sha256 ?? createHash("sha256").update(PHOTO).digest("base64"),
      mediaStatus: "PENDING",
      metaTimestamp: options.receivedAt ?? new Date(),
    },
  });
  return { scene, message };
}

const download = (messageId: string) => runFunction(downloadMedia, { name: mediaDownloadRequested.name, data: { messageId } });
const stored = (id: string) => db().message.findUniqueOrThrow({ where: { id } });

describe("media/download", () => {
  it("downloads the file (media id → URL → bytes), checks its sha256 and keeps it", async () => {
    const { message } = await inboundImage();
    const run = await download(message.id);
    expect(run.result).toEqual({ messageId: message.id, result: "stored" });
    const row = await stored(message.id);
    expect(row).toMatchObject({ mediaStatus: "AVAILABLE", mediaSizeBytes: PHOTO.length, mediaMimeType: "image/png" });
    expect(await getMedia(row.mediaStorageKey!)).toEqual(PHOTO);
    expect(vi.mocked(publish).mock.calls.flat(2)).toContainEqual(expect.objectContaining({ event: expect.objectContaining({ name: "message.updated", data: expect.objectContaining({ messageId: message.id }) }) }));
    expect((await download(message.id)).result).toMatchObject({ result: "already-stored" });
  });

  it("refuses bytes whose sha256 differs from the webhook's, for a retry", async () => {
    const { message } = await inboundImage({ sha256: createHash("sha256").update("outro arquivo").digest("hex") });
    const run = await download(message.id);
    expect(run.error).toMatchObject({ message: expect.stringContaining("sha256") });
    expect(await stored(message.id)).toMatchObject({ mediaStatus: "PENDING", mediaStorageKey: null });
  });

  it("gives up at once on media Meta no longer has, or older than Meta's 7 days", async () => {
    const gone = await inboundImage({ metaMediaId: "999999999999" });
    expect((await download(gone.message.id)).result).toMatchObject({ result: "failed" });
    expect((await stored(gone.message.id)).mediaStatus).toBe("FAILED");

    const old = await inboundImage({ receivedAt: new Date(Date.now() - 8 * 24 * 3_600_000) });
    expect((await download(old.message.id)).result).toMatchObject({ result: "failed" });
    expect((await stored(old.message.id)).mediaStatus).toBe("FAILED");
  });

  it("gives up at once, asking Graph nothing, on a stored media id that is not Meta's", async () => {
    const asked: string[] = [];
    const graph = () => createGraphClient({ accessToken: "tok", baseUrl: sandbox.url, fetch: async (url) => (asked.push(url), new Response("{}")) });
    for (const metaMediaId of ["../../me", "123/../../x", "1?x="]) {
      const { message } = await inboundImage({ metaMediaId });
      expect(await downloadInboundMedia(db(), message.id, { graph })).toBe("failed");
      expect((await stored(message.id)).mediaStatus).toBe("FAILED");
    }
    expect(asked).toEqual([]);
  });

  it("fails without sending the token when Graph answers a media URL off Meta's hosts", async () => {
    const asked: string[] = [];
    const info = { id: "1", url: "https://lookaside.fbsbx.com@evil.example/x", mime_type: "image/png", sha256: "0".repeat(64), file_size: 1 };
    const graph = () => createGraphClient({ accessToken: "tok", baseUrl: sandbox.url, fetch: async (url) => (asked.push(url), Response.json(info)) });
    const { message } = await inboundImage({ metaMediaId: "1037543291543636" });
    expect(await downloadInboundMedia(db(), message.id, { graph })).toBe("failed");
    expect(asked.map((url) => new URL(url).pathname)).toEqual(["/v24.0/1037543291543636"]);
    expect((await stored(message.id)).mediaStatus).toBe("FAILED");
  });

  it("onFailure marks it FAILED, unless it was stored meanwhile", async () => {
    const { message } = await inboundImage();
    expect(await markMediaFailed(db(), message.id)).toBe(true);
    expect((await stored(message.id)).mediaStatus).toBe("FAILED");
    await db().message.update({ where: { id: message.id }, data: { mediaStatus: "AVAILABLE" } });
    expect(await markMediaFailed(db(), message.id)).toBe(false);
  });
});
