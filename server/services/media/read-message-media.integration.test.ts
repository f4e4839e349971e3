import { describe, expect, it } from "vitest";
import { MessageDirection, MessageStatus } from "@/generated/prisma/enums";
import { seedChannel } from "@/prisma/seed/channels";
import { seedDevelopment } from "@/prisma/seed/catalog";
import { seedLead } from "@/prisma/seed/leads";
import { seedUser } from "@/prisma/seed/users";
import { loadActor } from "@/server/auth/load-actor";
import { putMedia } from "@/server/media/local-store";
import { testDb } from "@/test/db";
import { readMessageMedia } from "./read-message-media";

const db = () => testDb();
const actor = async (user: { id: string }) => (await loadActor(db(), user.id))!;

async function scene() {
  // One at a time: seedUser upserts the built-in profiles.
  const channel = await seedChannel(db());
  const lead = await seedLead(db());
  const assignee = await seedUser(db(), { profile: "broker" });
  const otherBroker = await seedUser(db(), { profile: "broker" });
  const manager = await seedUser(db(), { profile: "manager" });
  const conversation = await db().conversation.create({ data: { leadId: lead.id, channelId: channel.id, assigneeId: assignee.id, initiatedBy: "LEAD" } });
  const message = (data: { mediaStorageKey?: string; mediaStatus?: "PENDING" | "AVAILABLE" | "FAILED"; mediaAssetId?: string; direction?: MessageDirection }) =>
    db().message.create({
      data: { conversationId: conversation.id, direction: data.direction ?? MessageDirection.INBOUND, type: "IMAGE", status: MessageStatus.RECEIVED, mediaMimeType: "image/png", mediaFileName: "foto.png", ...data },
    });
  return { assignee, otherBroker, manager, message };
}

describe("readMessageMedia", () => {
  it("serves a downloaded file to the assignee and to managers, and to nobody else", async () => {
    const { assignee, otherBroker, manager, message } = await scene();
    const key = `messages/test/${Date.now()}-foto.png`;
    await putMedia(key, Buffer.from("png-bytes"));
    const inbound = await message({ mediaStorageKey: key, mediaStatus: "AVAILABLE" });

    expect(await readMessageMedia(db(), await actor(assignee), inbound.id)).toEqual({ bytes: Buffer.from("png-bytes"), mimeType: "image/png", fileName: "foto.png" });
    expect((await readMessageMedia(db(), await actor(manager), inbound.id)).bytes).toEqual(Buffer.from("png-bytes"));
    await expect(readMessageMedia(db(), await actor(otherBroker), inbound.id)).rejects.toMatchObject({ code: "NOT_FOUND", key: "media.messageMediaNotFound" });
    await expect(readMessageMedia(db(), await actor(assignee), "no-such-message")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("says when the file is still downloading or could not be downloaded", async () => {
    const { assignee, message } = await scene();
    const pending = await message({ mediaStatus: "PENDING" });
    const failed = await message({ mediaStatus: "FAILED" });
    await expect(readMessageMedia(db(), await actor(assignee), pending.id)).rejects.toMatchObject({ code: "CONFLICT", key: "media.messageMediaPending" });
    await expect(readMessageMedia(db(), await actor(assignee), failed.id)).rejects.toMatchObject({ code: "NOT_FOUND", key: "media.messageMediaFailed" });
  });

  it("serves the development material an outbound message sent", async () => {
    const { assignee, message } = await scene();
    const development = await seedDevelopment(db());
    const material = development.media[0]!;
    const outbound = await db().message.update({
      where: { id: (await message({ direction: MessageDirection.OUTBOUND, mediaAssetId: material.id })).id },
      data: { mediaMimeType: null, mediaFileName: null },
    });
    const media = await readMessageMedia(db(), await actor(assignee), outbound.id);
    expect(media).toMatchObject({ mimeType: material.mimeType, fileName: material.fileName });
    expect(media.bytes.length).toBe(material.sizeBytes);
  });
});
