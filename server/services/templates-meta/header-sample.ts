import "server-only";
import type { Db } from "@/server/db";
import { getMedia } from "@/server/media/local-store";
import type { GraphClient } from "@/server/meta/graph-client";
import { metaAppIdFromEnv } from "@/server/meta/graph-config";
import { isMediaHeader, type HeaderFormat } from "@/server/services/templates/template-components";

// Rejections the app records itself: keys under `templates.rejectedReasons.`.
export const APP_ID_MISSING_REASON = "APP_ID_MISSING";
export const HEADER_MEDIA_MISSING_REASON = "HEADER_MEDIA_MISSING";

export type HeaderSampleDeps = { appId?: string | null };

type Template = { id: string; headerFormat?: HeaderFormat | string; headerMediaAssetId?: string | null };

type Sample = { ok: true; handle: string | null } | { ok: false; reason: string };

/**
 * The `header_handle` Meta reviews a media header with: the header file uploaded once through the
 * Resumable Upload API and kept (headerHandle) while the header keeps that file, so an edited and
 * resubmitted template does not upload it again.
 */
export async function headerSample(db: Db, client: GraphClient, template: Template, deps: HeaderSampleDeps = {}): Promise<Sample> {
  if (!isMediaHeader((template.headerFormat ?? "NONE") as HeaderFormat)) return { ok: true, handle: null };
  if (!template.headerMediaAssetId) return { ok: false, reason: HEADER_MEDIA_MISSING_REASON };
  const row = await db.messageTemplate.findUnique({ where: { id: template.id }, select: { headerHandle: true, headerHandleAssetId: true } });
  if (row?.headerHandle && row.headerHandleAssetId === template.headerMediaAssetId) return { ok: true, handle: row.headerHandle };

  const appId = deps.appId === undefined ? metaAppIdFromEnv() : deps.appId;
  if (!appId) return { ok: false, reason: APP_ID_MISSING_REASON };
  const asset = await db.mediaAsset.findUnique({ where: { id: template.headerMediaAssetId }, select: { storageKey: true, mimeType: true, fileName: true } });
  if (!asset) return { ok: false, reason: HEADER_MEDIA_MISSING_REASON };
  let bytes: Buffer;
  try {
    bytes = await getMedia(asset.storageKey);
  } catch {
    return { ok: false, reason: HEADER_MEDIA_MISSING_REASON };
  }
  const { handle } = await client.uploadForHandle({ appId, bytes, mimeType: asset.mimeType, fileName: asset.fileName });
  await db.messageTemplate.update({ where: { id: template.id }, data: { headerHandle: handle, headerHandleAssetId: template.headerMediaAssetId } });
  return { ok: true, handle };
}
