import { describe, expect, it, vi } from "vitest";
import { messageBatchSendRequested } from "@/inngest/events";
import { runFunction } from "@/test/inngest/test-engine";
import { queueMessage, queueTemplate, sendScene } from "@/test/inngest/send-scene";
import { sandboxForThisFile } from "@/test/inngest/test-sandbox";
import { seedLead } from "@/prisma/seed/leads";
import { testDb } from "@/test/db";
import { sendMessageBatch } from "./send-message-batch";

vi.mock("@/server/realtime/publish", () => ({ publish: vi.fn(async () => undefined) }));

const db = () => testDb();
const sandbox = sandboxForThisFile();

const sendBatch = (channelId: string, messageIds: string[]) =>
  runFunction(sendMessageBatch, messageIds.map((messageId) => ({ name: messageBatchSendRequested.name, data: { messageId, channelId } })));

describe("message/send-batch", () => {
  it("delivers a batch of one channel in one round, and a repeated batch sends nothing", async () => {
    const scene = await sendScene(db(), sandbox);
    const ids = [(await queueTemplate(db(), scene)).id];
    for (let i = 0; i < 3; i++) ids.push((await queueTemplate(db(), { ...scene, conversation: await scene.conversationWith((await seedLead(db())).id) })).id);

    const run = await sendBatch(scene.channel.id, ids);
    expect(run.error).toBeUndefined();
    expect(run.result).toEqual({ sent: 4, failed: 0, skipped: 0 });
    expect(run.sleeps).toEqual([]);
    expect(await sandbox.sent(scene.channel.phoneNumberId, { accepted: true })).toHaveLength(4);

    const again = await sendBatch(scene.channel.id, ids);
    expect(again.result).toEqual({ sent: 0, failed: 0, skipped: 4 });
    expect(await sandbox.sent(scene.channel.phoneNumberId)).toHaveLength(4);
  });

  it("completes with the others sent when one message of the batch fails for good", async () => {
    const scene = await sendScene(db(), sandbox);
    const refused = await queueMessage(db(), scene, { body: "Oi, tudo bem?" });
    const template = await queueTemplate(db(), scene);
    const run = await sendBatch(scene.channel.id, [refused.id, template.id]);
    expect(run.error).toBeUndefined();
    expect(run.result).toEqual({ sent: 1, failed: 1, skipped: 0 });
    expect(await db().message.findUniqueOrThrow({ where: { id: refused.id } })).toMatchObject({ status: "FAILED", errorCode: 131047 });
    expect(await db().message.findUniqueOrThrow({ where: { id: template.id } })).toMatchObject({ status: "SENT" });
  });
});
