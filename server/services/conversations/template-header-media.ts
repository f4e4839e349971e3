import "server-only";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { HEADER_MEDIA_RULES, isMediaHeader, type StoredComponents } from "@/server/services/templates/template-components";

export type HeaderMedia = { mediaAssetId: string; mimeType: string; fileName: string; sizeBytes: number; storageKey: string };

export const HEADER_MEDIA_SELECT = { id: true, developmentId: true, mimeType: true, fileName: true, sizeBytes: true, storageKey: true } as const;
type HeaderMediaRow = { id: string; developmentId: string | null; mimeType: string; fileName: string; sizeBytes: number; storageKey: string };

/**
 * The file a media header is sent with: the template's own, or another of the lead's developments'
 * (or the template's) files of a kind and size Meta takes for that header.
 */
export async function chooseHeaderMedia(
  db: Db,
  parts: StoredComponents,
  chosenId: string | null,
  developments: readonly { id: string }[],
): Promise<HeaderMedia | null> {
  if (!isMediaHeader(parts.headerFormat)) return null;
  const id = chosenId ?? parts.headerMediaAssetId;
  if (!id) throw new AppError("PRECONDITION_FAILED", "leads.templateHeaderMissing");
  const asset = await db.mediaAsset.findUnique({ where: { id }, select: HEADER_MEDIA_SELECT });
  return fitHeaderMedia(parts, asset, developments);
}

/** chooseHeaderMedia for a file already read (a campaign reads the template's own with the template). */
export function fitHeaderMedia(parts: StoredComponents, asset: HeaderMediaRow | null, developments: readonly { id: string }[]): HeaderMedia | null {
  if (!isMediaHeader(parts.headerFormat)) return null;
  if (!asset) throw new AppError("PRECONDITION_FAILED", "leads.templateHeaderMissing");
  const ownFile = asset.id === parts.headerMediaAssetId;
  if (!ownFile && !developments.some((d) => d.id === asset.developmentId)) throw new AppError("BAD_REQUEST", "leads.headerMediaNotOfLead");
  const rule = HEADER_MEDIA_RULES[parts.headerFormat];
  if (!rule.mimeTypes.includes(asset.mimeType) || asset.sizeBytes > rule.maxBytes) {
    throw new AppError("BAD_REQUEST", "leads.headerMediaUnfit", { formats: rule.formats, max: Math.round(rule.maxBytes / (1024 * 1024)) });
  }
  return { mediaAssetId: asset.id, mimeType: asset.mimeType, fileName: asset.fileName, sizeBytes: asset.sizeBytes, storageKey: asset.storageKey };
}

/** What the chat shows of a template besides its text: header, footer and buttons as the lead sees them. */
export function templateDisplay(parts: StoredComponents, headerText: string | null) {
  return {
    header: parts.headerFormat === "NONE" ? null : { format: parts.headerFormat, text: headerText },
    footer: parts.footer,
    buttons: parts.buttons.map((b) => ({ type: b.type, text: b.text, ...(b.type === "QUICK_REPLY" && b.optOut ? { optOut: true } : {}) })),
  };
}
export type TemplateDisplay = ReturnType<typeof templateDisplay>;
