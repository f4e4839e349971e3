import "server-only";
import type { Db } from "@/server/db";
import { getMedia } from "@/server/media/local-store";
import type { GraphClient } from "@/server/meta/graph-client";
import type { MediaKind, MediaRef } from "@/server/meta/graph-message-payloads";
import { validateMedia } from "@/server/meta/validate-outbound";
import { invalidMessage, localFailure, type DeliveryFailure } from "./delivery-failures";
import type { OutboundMessage } from "./load-outbound-message";

// Meta keeps an uploaded file for 30 days; one that expires within a day is uploaded again
// rather than risk it lapsing while the message waits for its slot.
const META_MEDIA_LIFE_MS = 30 * 24 * 3_600_000;
const REUSE_MARGIN_MS = 24 * 3_600_000;

type Prepared = { ok: true; ref: MediaRef; filename?: string } | { ok: false; failure: DeliveryFailure };

type Source = { storageKey: string; mimeType: string; fileName: string };

type AssetMedia = { ok: true; ref: MediaRef; fileName: string } | { ok: false; failure: DeliveryFailure };

/**
 * A send round's development materials by channel and file, shared by its messages: a campaign's
 * chunk sends one photo to hundreds of leads, read (and, when due, uploaded) once, not per message
 * nor once per concurrent preparation.
 */
export type AssetUploads = Map<string, Promise<AssetMedia>>;

async function upload(client: GraphClient, phoneNumberId: string, kind: MediaKind, source: Source): Promise<{ id: string } | DeliveryFailure> {
  let bytes: Buffer;
  try {
    bytes = await getMedia(source.storageKey);
  } catch {
    return localFailure("mediaMissing");
  }
  const valid = validateMedia({ kind, mimeType: source.mimeType, size: bytes.length });
  if (!valid.ok) return invalidMessage(valid);
  return client.uploadMedia({ phoneNumberId, bytes, mimeType: source.mimeType, filename: source.fileName });
}

/**
 * The Meta media id to send: a development material is uploaded once per channel and reused for
 * 30 days (ChannelMediaUpload); a file the broker attached is uploaded once and kept on the message,
 * so a retried send does not upload it again.
 */
export async function prepareOutboundMedia(db: Db, client: GraphClient, message: OutboundMessage, kind: MediaKind, uploads: AssetUploads = new Map()): Promise<Prepared> {
  const channel = message.conversation.channel;
  if (message.metaMediaId) return { ok: true, ref: { id: message.metaMediaId }, filename: message.mediaFileName ?? undefined };

  if (message.mediaAssetId) {
    const key = `${channel.id}|${message.mediaAssetId}|${kind}`;
    let media = uploads.get(key);
    if (!media) {
      media = channelAssetMedia(db, client, channel, message.mediaAssetId, kind);
      uploads.set(key, media);
    }
    const shared = await media;
    return shared.ok ? { ok: true, ref: shared.ref, filename: message.mediaFileName ?? shared.fileName } : shared;
  }

  if (message.mediaStorageKey && message.mediaMimeType) {
    const fileName = message.mediaFileName ?? "arquivo";
    const uploaded = await upload(client, channel.phoneNumberId, kind, { storageKey: message.mediaStorageKey, mimeType: message.mediaMimeType, fileName });
    if (!("id" in uploaded)) return { ok: false, failure: uploaded };
    await db.message.update({ where: { id: message.id }, data: { metaMediaId: uploaded.id } });
    return { ok: true, ref: { id: uploaded.id }, filename: fileName };
  }
  return { ok: false, failure: localFailure("mediaMissing") };
}

async function channelAssetMedia(db: Db, client: GraphClient, channel: OutboundMessage["conversation"]["channel"], mediaAssetId: string, kind: MediaKind, now = new Date()): Promise<AssetMedia> {
  const where = { channelId_mediaAssetId: { channelId: channel.id, mediaAssetId } };
  const [cached, asset] = await Promise.all([
    db.channelMediaUpload.findUnique({ where, select: { metaMediaId: true, expiresAt: true } }),
    db.mediaAsset.findUnique({ where: { id: mediaAssetId }, select: { storageKey: true, mimeType: true, fileName: true } }),
  ]);
  if (!asset) return { ok: false, failure: localFailure("mediaMissing") };
  if (cached && cached.expiresAt.getTime() - now.getTime() > REUSE_MARGIN_MS) return { ok: true, ref: { id: cached.metaMediaId }, fileName: asset.fileName };
  const uploaded = await upload(client, channel.phoneNumberId, kind, asset);
  if (!("id" in uploaded)) return { ok: false, failure: uploaded };
  const expiresAt = new Date(now.getTime() + META_MEDIA_LIFE_MS);
  await db.channelMediaUpload.upsert({
    where,
    create: { channelId: channel.id, mediaAssetId, metaMediaId: uploaded.id, expiresAt },
    update: { metaMediaId: uploaded.id, expiresAt },
  });
  return { ok: true, ref: { id: uploaded.id }, fileName: asset.fileName };
}
