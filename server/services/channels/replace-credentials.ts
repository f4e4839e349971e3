import "server-only";
import { healthProblemColumns } from "./health-problem";
import type { Actor } from "@/server/auth/permissions";
import { sealCredential } from "@/server/crypto/credentials";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit/record-audit";

async function requireChannel(db: Db, channelId: string) {
  const channel = await db.channel.findUnique({ where: { id: channelId }, select: { id: true } });
  if (!channel) throw new AppError("NOT_FOUND", "channels.notFound");
}

// Replacing the token is its own explicit action (the edit form never carries it). Its validity is
// unknown until the next health check talks to Meta with it.
export async function replaceAccessToken(db: Db, actor: Actor, input: { channelId: string; accessToken: string }) {
  await requireChannel(db, input.channelId);
  await db.$transaction(async (tx) => {
    await tx.channel.update({
      where: { id: input.channelId },
      data: { accessTokenEnc: sealCredential(input.accessToken), tokenValid: null, ...healthProblemColumns(null) },
    });
    await recordAudit(tx, { actorId: actor.id, action: "channel.access_token.replaced", entityType: "Channel", entityId: input.channelId });
  });
  return { ok: true as const };
}

export async function replaceAppSecret(db: Db, actor: Actor, input: { channelId: string; appSecret: string | null }) {
  await requireChannel(db, input.channelId);
  await db.$transaction(async (tx) => {
    await tx.channel.update({
      where: { id: input.channelId },
      data: { appSecretEnc: input.appSecret ? sealCredential(input.appSecret) : null },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: input.appSecret ? "channel.app_secret.replaced" : "channel.app_secret.removed",
      entityType: "Channel",
      entityId: input.channelId,
    });
  });
  return { ok: true as const };
}

// The verify token is what the admin pastes into Meta's webhook form: it leaves the server only
// on this explicit "copy" request, and each reveal is audited.
export async function revealVerifyToken(db: Db, actor: Actor, channelId: string) {
  const channel = await db.channel.findUnique({ where: { id: channelId }, select: { verifyToken: true } });
  if (!channel) throw new AppError("NOT_FOUND", "channels.notFound");
  await recordAudit(db, { actorId: actor.id, action: "channel.verify_token.revealed", entityType: "Channel", entityId: channelId });
  return { verifyToken: channel.verifyToken };
}
