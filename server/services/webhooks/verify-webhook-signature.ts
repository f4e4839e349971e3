import type { Db } from "@/server/db";
import { env } from "@/server/env";
import { openCredential } from "@/server/crypto/credentials";
import { verifySignature } from "@/server/meta/webhook-signature";

const MAX_CANDIDATE_IDS = 20;

// The ids a body claims to be for. It is not trusted yet: they only pick which secrets to try.
function claimedIds(rawBody: string): string[] {
  let body: unknown;
  try {
    body = JSON.parse(rawBody);
  } catch {
    return [];
  }
  const ids = new Set<string>();
  const entries = (body as { entry?: unknown } | null)?.entry;
  for (const entry of Array.isArray(entries) ? entries : []) {
    const { id, changes } = (entry ?? {}) as { id?: unknown; changes?: unknown };
    if (typeof id === "string") ids.add(id);
    for (const change of Array.isArray(changes) ? changes : []) {
      const phoneNumberId = (change as { value?: { metadata?: { phone_number_id?: unknown } } } | null)?.value?.metadata?.phone_number_id;
      if (typeof phoneNumberId === "string") ids.add(phoneNumberId);
    }
  }
  return [...ids].filter((id) => id.length <= 64).slice(0, MAX_CANDIDATE_IDS);
}

/**
 * `X-Hub-Signature-256` checked in constant time against the deployment's Meta app secret, then
 * against the own app secret of a channel the payload names (a client who brings their own app).
 */
export async function verifyWebhookSignature(db: Db, rawBody: string, header: string | null): Promise<boolean> {
  if (!header) return false;
  if (verifySignature(env().META_APP_SECRET, rawBody, header)) return true;
  const ids = claimedIds(rawBody);
  if (ids.length === 0) return false;
  const channels = await db.channel.findMany({
    where: { appSecretEnc: { not: null }, OR: [{ phoneNumberId: { in: ids } }, { wabaId: { in: ids } }] },
    select: { id: true, appSecretEnc: true },
  });
  for (const channel of channels) {
    let secret: string;
    try {
      secret = openCredential(channel.appSecretEnc ?? "");
    } catch {
      console.warn(`[webhook] app secret do canal ${channel.id} não pôde ser decifrado`);
      continue;
    }
    if (verifySignature(secret, rawBody, header)) return true;
  }
  return false;
}
