import "server-only";
import type { Db } from "@/server/db";
import { validateMedia } from "@/server/meta/validate-outbound";
import { conversationMaterialsWhere } from "@/server/services/messages/conversation-materials";
import { mediaKindFor } from "@/server/services/messages/media-kind";
import type { RetrievedMaterial } from "./retrieval-types";
import type { SuggestionMaterial } from "./suggestion-events";

const MAX_MATERIALS = 3;

// The materials retrieval proposes, kept only if the inbox's picker would offer them for this
// conversation (the same rule sendMaterial enforces), in retrieval's order, each with the problem
// Meta would refuse it for, as the picker shows it.
export async function suggestedMaterials(
  db: Db,
  conversation: { leadId: string; channelId: string },
  proposed: RetrievedMaterial[],
): Promise<SuggestionMaterial[]> {
  if (proposed.length === 0) return [];
  const assets = await db.mediaAsset.findMany({
    where: { AND: [{ id: { in: proposed.map((material) => material.id) } }, conversationMaterialsWhere(conversation)] },
    select: { id: true, kind: true, title: true, mimeType: true, sizeBytes: true, development: { select: { name: true } } },
  });
  const byId = new Map(assets.map((asset) => [asset.id, asset]));
  return proposed
    .flatMap((material) => {
      const asset = byId.get(material.id);
      if (!asset) return [];
      const check = validateMedia({ kind: mediaKindFor(asset.mimeType), mimeType: asset.mimeType, size: asset.sizeBytes });
      return [
        {
          id: asset.id,
          kind: asset.kind,
          title: asset.title,
          developmentName: asset.development?.name ?? null,
          reason: material.reason,
          problem: check.ok ? null : { key: check.key, params: check.params },
        },
      ];
    })
    .slice(0, MAX_MATERIALS);
}
