import "server-only";
import type { Channel } from "@/generated/prisma/client";
import { rawQuery, type Db } from "@/server/db";
import { env } from "@/server/env";
import { openCredential } from "@/server/crypto/credentials";
import { verifySignature } from "@/server/meta/webhook-signature";
import { asRecord, phoneNumberIdOf, type Envelope } from "./read-envelope";

/** Which secrets verified a request: the deployment's META_APP_SECRET, and channels' own app secrets. */
export type WebhookSigner = { deployment: boolean; channelIds: ReadonlySet<string> };

export type NamedChannel = Pick<Channel, "id" | "phoneNumberId" | "wabaId" | "appSecretEnc">;

type NamedIds = { wabaIds: string[]; phoneNumberIds: string[] };

// Before the signature is known the body is untrusted: only this many of its ids pick which own
// secrets to try.
const MAX_CANDIDATE_IDS = 20;
const MAX_ID_LENGTH = 64;

// The ids a body claims to be for: its entries' WABA ids and its changes' phone number ids.
function namedIds(envelope: Envelope): NamedIds {
  const wabaIds = new Set<string>();
  const phoneNumberIds = new Set<string>();
  const isId = (id: unknown): id is string => typeof id === "string" && id.length > 0 && id.length <= MAX_ID_LENGTH;
  for (const entry of envelope.entry) {
    const { id, changes } = asRecord(entry);
    if (isId(id)) wabaIds.add(id);
    for (const change of Array.isArray(changes) ? changes : []) {
      const phoneNumberId = phoneNumberIdOf(asRecord(change).value);
      if (isId(phoneNumberId)) phoneNumberIds.add(phoneNumberId);
    }
  }
  return { wabaIds: [...wabaIds], phoneNumberIds: [...phoneNumberIds] };
}

// A lookup found is reused this long: a burst from one number costs one query, not one per webhook.
// So a channel's new app secret, or its removal, takes up to this long to apply to its webhooks
// (until then they are refused with 401, and Meta delivers them again). A lookup that found
// nothing is never reused: a channel just created gets its webhooks at once.
const LOOKUP_REUSE_MS = 2_000;
const MAX_REUSED_LOOKUPS = 1_000;
const recentLookups = new WeakMap<Db, Map<string, { at: number; channels: NamedChannel[] }>>();

async function loadNamedChannels(db: Db, ids: NamedIds, withOwnSecretOnly = false): Promise<NamedChannel[]> {
  if (ids.wabaIds.length + ids.phoneNumberIds.length === 0) return [];
  let recent = recentLookups.get(db);
  if (!recent) recentLookups.set(db, (recent = new Map()));
  const key = JSON.stringify([withOwnSecretOnly, ids.phoneNumberIds, ids.wabaIds]);
  const now = Date.now();
  const reused = recent.get(key);
  if (reused && now - reused.at < LOOKUP_REUSE_MS) return reused.channels;
  const channels = await queryNamedChannels(db, ids, withOwnSecretOnly);
  if (recent.size >= MAX_REUSED_LOOKUPS) recent.clear();
  if (channels.length > 0) recent.set(key, { at: now, channels });
  else recent.delete(key);
  return channels;
}

// Straight on the pool (rawQuery): it runs for every webhook that no recent lookup covers.
function queryNamedChannels(db: Db, ids: NamedIds, withOwnSecretOnly: boolean): Promise<NamedChannel[]> {
  return rawQuery<NamedChannel>(
    db,
    `SELECT "id", "phoneNumberId", "wabaId", "appSecretEnc" FROM "Channel"
     WHERE ("phoneNumberId" = ANY($1::text[]) OR "wabaId" = ANY($2::text[])) AND (NOT $3 OR "appSecretEnc" IS NOT NULL)`,
    [ids.phoneNumberIds, ids.wabaIds, withOwnSecretOnly],
  );
}

// Channels whose own app secret verifies the bytes (a client who brought their own Meta app).
function verifiedByOwnSecret(channels: NamedChannel[], rawBody: Uint8Array, header: string): string[] {
  const verified: string[] = [];
  for (const channel of channels) {
    if (!channel.appSecretEnc) continue;
    let secret: string;
    try {
      secret = openCredential(channel.appSecretEnc);
    } catch {
      console.warn(`[webhook] app secret do canal ${channel.id} não pôde ser decifrado`);
      continue;
    }
    if (verifySignature(secret, rawBody, header)) verified.push(channel.id);
  }
  return verified;
}

/**
 * `X-Hub-Signature-256` checked in constant time over the exact bytes, against the deployment's
 * Meta app secret and the own app secrets of the channels the body names. Null when none
 * verifies. Otherwise it says which secrets did, with the channels the body names, so that
 * bindEnvelope keeps only what those secrets speak for.
 */
export async function authenticateWebhook(
  db: Db,
  rawBody: Uint8Array,
  header: string | null,
  envelope: Envelope | null,
): Promise<{ signer: WebhookSigner; channels: NamedChannel[] } | null> {
  if (!header) return null;
  const deployment = verifySignature(env().META_APP_SECRET, rawBody, header);
  if (!envelope) return deployment ? { signer: { deployment, channelIds: new Set() }, channels: [] } : null;
  const ids = namedIds(envelope);
  if (!deployment) {
    const candidates = { wabaIds: ids.wabaIds.slice(0, MAX_CANDIDATE_IDS), phoneNumberIds: ids.phoneNumberIds.slice(0, MAX_CANDIDATE_IDS) };
    const withOwnSecret = await loadNamedChannels(db, candidates, true);
    if (verifiedByOwnSecret(withOwnSecret, rawBody, header).length === 0) return null;
  }
  const channels = await loadNamedChannels(db, ids);
  return { signer: { deployment, channelIds: new Set(verifiedByOwnSecret(channels, rawBody, header)) }, channels };
}
