import "server-only";
import type { Actor } from "@/server/auth/permissions";
import type { Db } from "@/server/db";
import { validateMedia } from "@/server/meta/validate-outbound";
import { conversationMaterialsWhere } from "@/server/services/messages/conversation-materials";
import { mediaKindFor } from "@/server/services/messages/media-kind";
import { assertVisible } from "@/server/auth/conversation-visibility";

// The material picker: what conversationMaterialsWhere allows, each with the problem (if any) Meta would refuse it for.
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
