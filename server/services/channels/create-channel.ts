import { randomBytes } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/server/auth/permissions";
import { sealCredential } from "@/server/crypto/credentials";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { formatPhoneBR, toE164 } from "@/server/meta/phone";
import { recordAudit } from "@/server/services/audit/record-audit";
import type { CreateChannelInput } from "./channel-schemas";

// What Meta's webhook set-up asks for as "Verify token": random, URL-safe, unguessable.
export const newVerifyToken = () => randomBytes(24).toString("base64url");

export async function createChannel(db: Db, actor: Actor, input: CreateChannelInput) {
  const e164 = toE164(input.phoneNumber);
  if (!e164) throw new AppError("BAD_REQUEST", "channels.phoneInvalid");
  const taken = await db.channel.findUnique({ where: { phoneNumberId: input.phoneNumberId }, select: { id: true } });
  if (taken) throw new AppError("CONFLICT", "channels.phoneNumberIdTaken");
  try {
    return await db.$transaction(async (tx) => {
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
          confirmations: ["virginNumber", "corporateAccount", "documentsValidated", "losesAppAccess"],
        },
      });
      return channel;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", "channels.phoneNumberIdTaken");
    }
    throw error;
  }
}
