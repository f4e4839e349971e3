import "server-only";
import type { Actor } from "@/server/auth/permissions";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit/record-audit";
import type { UpdateChannelInput } from "./channel-schemas";

const AUDITED_FIELDS = ["name", "mode", "canStartConversations", "enabled", "throughputMps", "windowHours"] as const;

export async function updateChannel(db: Db, actor: Actor, input: UpdateChannelInput) {
  return db.$transaction(async (tx) => {
    const before = await tx.channel.findUnique({
      where: { id: input.channelId },
      select: { name: true, mode: true, canStartConversations: true, enabled: true, throughputMps: true, windowHours: true },
    });
    if (!before) throw new AppError("NOT_FOUND", "channels.notFound");
    const next = {
      name: input.name,
      mode: input.mode,
      // A receptive number never starts conversations (seed §6), whatever the form sent.
      canStartConversations: input.mode === "ACTIVE" && input.canStartConversations,
      enabled: input.enabled,
      throughputMps: input.throughputMps,
      windowHours: input.windowHours,
    };
    const changed = AUDITED_FIELDS.filter((field) => before[field] !== next[field]);
    if (changed.length === 0) return { changed: [] as string[] };
    await tx.channel.update({ where: { id: input.channelId }, data: next });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "channel.updated",
      entityType: "Channel",
      entityId: input.channelId,
      data: Object.fromEntries(changed.map((field) => [field, { from: before[field], to: next[field] }])),
    });
    return { changed: changed as string[] };
  });
}
