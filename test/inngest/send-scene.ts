import { randomBytes } from "node:crypto";
import { ConversationStatus, Initiator, MessageDirection, MessageStatus, type MessageType } from "@/generated/prisma/enums";
import type { Prisma } from "@/generated/prisma/client";
import { seedChannel, seedTemplate } from "@/prisma/seed/channels";
import { seedLead } from "@/prisma/seed/leads";
import { seedUser } from "@/prisma/seed/users";
import type { Db } from "@/server/db";
import type { TestSandbox } from "./test-sandbox";

export const uniqueId = () => randomBytes(5).toString("hex");

/** A channel known to the sandbox, a broker and a business-initiated conversation with one lead. */
export async function sendScene(db: Db, sandbox: TestSandbox, options: { throughputMps?: number; windowHours?: number } = {}) {
  const channel = await seedChannel(db, { throughputMps: options.throughputMps, windowHours: options.windowHours });
  await sandbox.registerNumber(channel);
  const broker = await seedUser(db, { profile: "broker" });
  const template = await seedTemplate(db, { channelId: channel.id });
  const conversationWith = async (leadId: string) =>
    db.conversation.create({
      data: { leadId, channelId: channel.id, assigneeId: broker.id, status: ConversationStatus.OPEN, initiatedBy: Initiator.BUSINESS, lastMessageDirection: MessageDirection.OUTBOUND, lastMessageStatus: MessageStatus.QUEUED },
    });
  const lead = await seedLead(db, { name: `Maria ${uniqueId()}` });
  const conversation = await conversationWith(lead.id);
  return { channel, broker, template, lead, conversation, conversationWith };
}

type QueueInput = { type?: MessageType; body?: string; templateId?: string; templateParams?: Prisma.InputJsonValue; mediaAssetId?: string };

/** A QUEUED outbound message, as the inbox or the lead page leave it for message/send. */
export function queueMessage(db: Db, scene: { conversation: { id: string }; broker: { id: string } }, input: QueueInput = {}) {
  return db.message.create({
    data: {
      conversationId: scene.conversation.id,
      direction: MessageDirection.OUTBOUND,
      type: input.type ?? "TEXT",
      body: input.body ?? "Olá! Tudo bem?",
      status: MessageStatus.QUEUED,
      senderId: scene.broker.id,
      templateId: input.templateId,
      templateParams: input.templateParams,
      mediaAssetId: input.mediaAssetId,
    },
  });
}

export function queueTemplate(db: Db, scene: { conversation: { id: string }; broker: { id: string }; template: { id: string } }, params = ["Maria", "Ana", "Residencial Jardins"]) {
  return queueMessage(db, scene, { type: "TEMPLATE", body: "Olá Maria…", templateId: scene.template.id, templateParams: params });
}
