import "server-only";
import type { Actor } from "@/server/auth/permissions";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit/record-audit";
import { loadComunicadorQueues } from "@/server/services/leads/distribute-lead";
import { comunicadorQueueDevelopments } from "./bindable-queue";
import type { ChannelLinksInput } from "./channel-schemas";

// The channel's "Configurações" (seed §4.4): what a lead arriving on this number receives.
export async function getChannelLinks(db: Db, channelId: string) {
  const channel = await db.channel.findUnique({
    where: { id: channelId },
    select: {
      id: true,
      leadQueueId: true,
      developments: { select: { id: true } },
      tags: { select: { id: true } },
      mediaAssets: { select: { id: true } },
    },
  });
  if (!channel) throw new AppError("NOT_FOUND", "channels.notFound");
  const [developments, tags, queues] = await Promise.all([
    db.development.findMany({
      select: {
        id: true,
        name: true,
        city: true,
        state: true,
        media: { select: { id: true, title: true, kind: true, mimeType: true }, orderBy: [{ position: "asc" }, { createdAt: "asc" }] },
      },
      orderBy: { name: "asc" },
    }),
    db.tag.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
    loadComunicadorQueues(db),
  ]);
  return {
    selected: {
      developmentIds: channel.developments.map((d) => d.id),
      tagIds: channel.tags.map((t) => t.id),
      mediaAssetIds: channel.mediaAssets.map((m) => m.id),
      leadQueueId: channel.leadQueueId,
    },
    developments,
    tags,
    queues: queues.map((q) => ({ id: q.id, name: q.name })).sort((a, b) => a.name.localeCompare(b.name, "pt-BR")),
  };
}

export async function updateChannelLinks(db: Db, actor: Actor, input: ChannelLinksInput) {
  return db.$transaction(async (tx) => {
    const channel = await tx.channel.findUnique({ where: { id: input.channelId }, select: { id: true } });
    if (!channel) throw new AppError("NOT_FOUND", "channels.notFound");
    const developmentIds = [...new Set(input.developmentIds)];
    const developments = await tx.development.count({ where: { id: { in: developmentIds } } });
    if (developments !== developmentIds.length) throw new AppError("NOT_FOUND", "developments.notFound");
    const mediaAssetIds = [...new Set(input.mediaAssetIds)];
    // Media travel with their development: a number only sends materials of what it sells.
    const media = await tx.mediaAsset.count({ where: { id: { in: mediaAssetIds }, developmentId: { in: developmentIds } } });
    if (media !== mediaAssetIds.length) throw new AppError("BAD_REQUEST", "channels.mediaOutsideDevelopments");
    const tagIds = new Set(input.tagIds);
    if ((await tx.tag.count({ where: { id: { in: [...tagIds] } } })) !== tagIds.size) throw new AppError("NOT_FOUND", "channels.tagNotFound");
    if (input.leadQueueId) await comunicadorQueueDevelopments(tx, input.leadQueueId);
    for (const name of new Set(input.newTagNames.map((n) => n.trim().toLowerCase()))) {
      const tag = await tx.tag.upsert({ where: { name }, update: {}, create: { name }, select: { id: true } });
      tagIds.add(tag.id);
    }
    await tx.channel.update({
      where: { id: channel.id },
      data: {
        developments: { set: developmentIds.map((id) => ({ id })) },
        tags: { set: [...tagIds].map((id) => ({ id })) },
        mediaAssets: { set: mediaAssetIds.map((id) => ({ id })) },
        leadQueueId: input.leadQueueId,
      },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "channel.links.updated",
      entityType: "Channel",
      entityId: channel.id,
      data: { developmentIds, tagIds: [...tagIds], mediaAssetIds, createdTags: input.newTagNames, leadQueueId: input.leadQueueId },
    });
    return { developmentIds, tagIds: [...tagIds], mediaAssetIds };
  });
}
