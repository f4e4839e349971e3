import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/server/auth/permissions";
import type { Db } from "@/server/db";
import { validateMedia } from "@/server/meta/validate-outbound";
import { mediaKindFor } from "@/server/services/messages/media-kind";
import { assertVisible } from "./can-see-conversation";

// "Enviar materiais do empreendimento": the photos, floor plans, campaigns and price tables of the
// lead's developments, plus the media linked to the channel (and those the lead received from the
// channel's links when they arrived). The picker lists exactly these and sendMaterial sends only these.
export function conversationMaterialsWhere(conversation: { leadId: string; channelId: string }): Prisma.MediaAssetWhereInput {
  return {
    OR: [
      { development: { leads: { some: { id: conversation.leadId } } } },
      { channels: { some: { id: conversation.channelId } } },
      { leads: { some: { id: conversation.leadId } } },
    ],
  };
}

export async function listMaterials(db: Db, actor: Actor, conversationId: string) {
  const conversation = assertVisible(
    actor,
    await db.conversation.findUnique({ where: { id: conversationId }, select: { assigneeId: true, leadId: true, channelId: true } }),
  );
  const assets = await db.mediaAsset.findMany({
    where: conversationMaterialsWhere(conversation),
    orderBy: [{ development: { name: "asc" } }, { position: "asc" }, { id: "asc" }],
    select: { id: true, kind: true, title: true, fileName: true, mimeType: true, sizeBytes: true, development: { select: { id: true, name: true } } },
    take: 300,
  });
  return assets.map((asset) => {
    const check = validateMedia({ kind: mediaKindFor(asset.mimeType), mimeType: asset.mimeType, size: asset.sizeBytes });
    return { ...asset, problem: check.ok ? null : { key: check.key, params: check.params } };
  });
}
