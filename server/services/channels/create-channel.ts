import "server-only";
import { randomBytes } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import { can, Permission, type Actor } from "@/server/auth/permissions";
import { sealCredential } from "@/server/crypto/credentials";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { formatPhoneBR, toE164 } from "@/server/meta/phone";
import { recordAudit } from "@/server/services/audit/record-audit";
import { isComunicadorQueue } from "@/server/services/queues/comunicador-queue";
import { insertQueue, rethrowNameClash } from "@/server/services/queues/save-queue";
import type { ChannelQueueInput, CreateChannelInput } from "./channel-schemas";

// What Meta's webhook set-up asks for as "Verify token": random, URL-safe, unguessable.
export const newVerifyToken = () => randomBytes(24).toString("base64url");

export async function createChannel(db: Db, actor: Actor, input: CreateChannelInput) {
  const e164 = toE164(input.phoneNumber);
  if (!e164) throw new AppError("BAD_REQUEST", "channels.phoneInvalid");
  const taken = await db.channel.findUnique({ where: { phoneNumberId: input.phoneNumberId }, select: { id: true } });
  if (taken) throw new AppError("CONFLICT", "channels.phoneNumberIdTaken");
  if (input.queue?.kind === "new" && !can(actor, Permission.QUEUES_MANAGE)) throw new AppError("FORBIDDEN", "channels.queueCreateForbidden");
  try {
    return await db.$transaction(async (tx) => {
      const developmentIds = input.queue ? await queueDevelopments(tx, actor, input.queue) : [];
      const channel = await tx.channel.create({
        data: {
          name: input.name,
          companyName: input.companyName,
          responsibleEmail: input.responsibleEmail,
          businessManagerId: input.businessManagerId,
          expectedMonthlyLeads: input.expectedMonthlyLeads,
          expectedMonthlyMessages: input.expectedMonthlyMessages,
          displayPhoneNumber: formatPhoneBR(e164),
          mode: input.mode,
          canStartConversations: input.mode === "ACTIVE",
          phoneNumberId: input.phoneNumberId,
          wabaId: input.wabaId,
          accessTokenEnc: sealCredential(input.accessToken),
          appSecretEnc: input.appSecret ? sealCredential(input.appSecret) : null,
          verifyToken: newVerifyToken(),
          // Leads take the channel's developments, and those pick the queue (distribute-lead.ts).
          developments: { connect: developmentIds.map((id) => ({ id })) },
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "channel.created",
        entityType: "Channel",
        entityId: channel.id,
        // The checklist the admin confirmed, as the seed's prerequisites; never any credential.
        data: {
          mode: input.mode,
          phoneNumberId: input.phoneNumberId,
          wabaId: input.wabaId,
          appSecretOverride: Boolean(input.appSecret),
          queue: input.queue?.kind ?? null,
          confirmations: ["virginNumber", "corporateAccount", "documentsValidated", "losesAppAccess"],
        },
      });
      return channel;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const target = String(error.meta?.target ?? "");
      if (input.queue?.kind === "new" && !target.includes("phoneNumberId")) rethrowNameClash(error, input.queue.name);
      throw new AppError("CONFLICT", "channels.phoneNumberIdTaken");
    }
    throw error;
  }
}

type Tx = Prisma.TransactionClient;

/**
 * The developments that send this number's leads to the chosen queue: an existing queue's own
 * (none for a general queue, which serves every development), none for a new general queue.
 */
async function queueDevelopments(tx: Tx, actor: Actor, choice: ChannelQueueInput): Promise<string[]> {
  if (choice.kind === "new") {
    await insertQueue(tx, actor, { name: choice.name, tag: null, comunicadorFlag: true, origin: "CHAT_ONLINE", developmentIds: [], memberIds: choice.memberIds });
    return [];
  }
  const queue = await tx.leadQueue.findUnique({ where: { id: choice.queueId }, select: { enabled: true, tag: true, comunicadorFlag: true, developments: { select: { id: true } } } });
  if (!queue || !queue.enabled || !isComunicadorQueue(queue)) throw new AppError("BAD_REQUEST", "channels.queueUnavailable");
  return queue.developments.map((d) => d.id);
}
