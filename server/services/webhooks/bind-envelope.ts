import "server-only";
import { asRecord, phoneNumberIdOf, type Envelope } from "./read-envelope";
import type { NamedChannel, WebhookSigner } from "./verify-webhook-signature";

export type BoundEnvelope = { envelope: Envelope; dropped: number };

/**
 * Keeps only the changes the secret that verified the request speaks for; `dropped` counts the
 * rest. Meta signs each delivery with the secret of the app the WABA is subscribed to, so:
 * - a channel with its own app secret (a client who brought their own Meta app) is covered by
 *   that secret alone. Not by the deployment's: setting the secret says the number is served by
 *   the client's app; were its WABA also subscribed to the deployment's app, the client's app
 *   would deliver the same events, so refusing the second copy loses nothing, and one channel
 *   never has two signers;
 * - the deployment's META_APP_SECRET covers every other channel, and ids no channel has.
 * A `messages` change belongs to the channel of its `phone_number_id`; a WABA-wide change
 * (templates, quality, account) to every channel of the entry's WABA, and needs all of them covered.
 */
export function bindEnvelope(envelope: Envelope, channels: NamedChannel[], signer: WebhookSigner): BoundEnvelope {
  const byPhone = new Map(channels.map((channel) => [channel.phoneNumberId, channel]));
  const byWaba = new Map<string, NamedChannel[]>();
  for (const channel of channels) byWaba.set(channel.wabaId, [...(byWaba.get(channel.wabaId) ?? []), channel]);

  const covers = (channel: NamedChannel) => (channel.appSecretEnc ? signer.channelIds.has(channel.id) : signer.deployment);
  const coversPhone = (id: unknown) => {
    const channel = typeof id === "string" ? byPhone.get(id) : undefined;
    return channel ? covers(channel) : signer.deployment;
  };
  const coversWaba = (id: unknown) => {
    const inWaba = typeof id === "string" ? (byWaba.get(id) ?? []) : [];
    return inWaba.length > 0 ? inWaba.every(covers) : signer.deployment;
  };

  let dropped = 0;
  const entries: unknown[] = [];
  for (const entry of envelope.entry) {
    const { id, changes } = asRecord(entry);
    if (!Array.isArray(changes)) {
      // Unreadable: applying skips it anyway; only the deployment's secret may have it stored.
      if (signer.deployment) entries.push(entry);
      else dropped++;
      continue;
    }
    const kept = changes.filter((change) => {
      const { field, value } = asRecord(change);
      const covered = field === "messages" ? coversPhone(phoneNumberIdOf(value)) : coversWaba(id);
      if (!covered) dropped++;
      return covered;
    });
    if (kept.length > 0 || (changes.length === 0 && coversWaba(id))) entries.push({ ...asRecord(entry), changes: kept });
  }
  return { envelope: { ...envelope, entry: entries }, dropped };
}
