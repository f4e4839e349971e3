import "server-only";
import { randomBytes } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import { can, Permission, type Actor } from "@/server/auth/permissions";
import { sealCredential } from "@/server/crypto/credentials";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { formatPhoneBR, toE164 } from "@/server/meta/phone";
import { recordAudit } from "@/server/services/audit/record-audit";
import { insertQueue, rethrowNameClash } from "@/server/services/queues/save-queue";
import { comunicadorQueueDevelopments } from "./bindable-queue";
import type { ChannelQueueInput, CreateChannelInput } from "./channel-schemas";
import { isUniqueViolation } from "@/server/db-errors";

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
      const queue = input.queue ? await bindQueue(tx, actor, input.queue) : null;
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
          leadQueueId: queue?.id ?? null,
          // Leads take the channel's developments: an existing queue's own, so they say what it sells.
          developments: { connect: (queue?.developmentIds ?? []).map((id) => ({ id })) },
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
    if (isUniqueViolation(error)) {
      const target = String(error.meta?.target ?? "");
      if (input.queue?.kind === "new" && !target.includes("phoneNumberId")) rethrowNameClash(error, input.queue.name);
      throw new AppError("CONFLICT", "channels.phoneNumberIdTaken");
    }
    throw error;
  }
}

type Tx = Prisma.TransactionClient;

/** The queue this number's leads go to: a new general one with the chosen brokers, or an existing Comunicador queue. */
async function bindQueue(tx: Tx, actor: Actor, choice: ChannelQueueInput): Promise<{ id: string; developmentIds: string[] }> {
  if (choice.kind === "new") {
    const queue = await insertQueue(tx, actor, { name: choice.name, tag: null, comunicadorFlag: true, origin: "CHAT_ONLINE", developmentIds: [], memberIds: choice.memberIds });
    return { id: queue.id, developmentIds: [] };
  }
  return { id: choice.queueId, developmentIds: await comunicadorQueueDevelopments(tx, choice.queueId) };
}
