import { asRecord, phoneNumberIdOf, type Envelope } from "./read-envelope";
import type { NamedChannel, WebhookSigner } from "./verify-webhook-signature";

export type BoundEnvelope = { envelope: Envelope; dropped: number };

/**
 * Keeps only the changes the secret that verified the request speaks for; `dropped` counts the
 * rest. A channel with its own app secret is covered by that secret alone: its number is served by
 * the client's Meta app, which is the one that signs its events; the deployment's secret covers
 * every other channel, and ids no channel has. A `messages` change belongs to the channel of its
 * `phone_number_id`; a WABA-wide change (templates, quality, account) to every channel of the
 * entry's WABA, and needs all of them covered.
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
