import { describe, expect, it } from "vitest";
import { accountUpdateWebhook, statusesWebhook, templateStatusWebhook, type FixtureBusiness } from "@/dev/whatsapp-sandbox/meta-webhook-bodies";
import { fakeWamid } from "@/dev/whatsapp-sandbox/meta-message-bodies";
import { bindEnvelope } from "./bind-envelope";
import type { Envelope } from "./read-envelope";
import type { NamedChannel, WebhookSigner } from "./verify-webhook-signature";

const channel = (id: string, ownSecret: boolean, wabaId = `waba-${id}`): NamedChannel => ({ id, phoneNumberId: `phone-${id}`, wabaId, appSecretEnc: ownSecret ? "sealed" : null });
const business = (c: NamedChannel): FixtureBusiness => ({ wabaId: c.wabaId, phoneNumberId: c.phoneNumberId, displayPhoneNumber: "5511400000000" });
const statuses = (c: NamedChannel) => statusesWebhook({ business: business(c), statuses: [{ wamid: fakeWamid(), status: "delivered" }] });
const batch = (...bodies: { entry: unknown[] }[]): Envelope => ({ object: "whatsapp_business_account", entry: bodies.flatMap((b) => b.entry) });
const byDeployment: WebhookSigner = { deployment: true, channelIds: new Set() };
const byOwnSecretOf = (...ids: string[]): WebhookSigner => ({ deployment: false, channelIds: new Set(ids) });
const keptPhones = (envelope: Envelope) =>
  envelope.entry.flatMap((e) => (e as { changes: { value: { metadata?: { phone_number_id: string } } }[] }).changes.map((c) => c.value.metadata?.phone_number_id));

describe("bindEnvelope", () => {
  const client = channel("client", true);
  const plain = channel("plain", false);
  const envelope = batch(statuses(client), statuses(plain));

  it("keeps a client channel's change only for its own secret, and the others' only for the deployment's", () => {
    const own = bindEnvelope(envelope, [client, plain], byOwnSecretOf(client.id));
    expect(keptPhones(own.envelope)).toEqual([client.phoneNumberId]);
    expect(own.dropped).toBe(1);
    const deployment = bindEnvelope(envelope, [client, plain], byDeployment);
    expect(keptPhones(deployment.envelope)).toEqual([plain.phoneNumberId]);
    expect(deployment.dropped).toBe(1);
  });

  it("keeps both when the deployment's secret and the client's own verified (the same secret)", () => {
    const both = bindEnvelope(envelope, [client, plain], { deployment: true, channelIds: new Set([client.id]) });
    expect(keptPhones(both.envelope)).toEqual([client.phoneNumberId, plain.phoneNumberId]);
    expect(both.dropped).toBe(0);
  });

  it("covers ids no channel has by the deployment's secret only", () => {
    const stranger = channel("desconhecido", false);
    const body = batch(statuses(stranger));
    expect(bindEnvelope(body, [client], byDeployment).dropped).toBe(0);
    expect(bindEnvelope(body, [client], byOwnSecretOf(client.id))).toEqual({ envelope: { ...body, entry: [] }, dropped: 1 });
  });

  it("binds a WABA-wide change to every channel of the WABA", () => {
    const sibling = channel("irmao", false, client.wabaId);
    const decided = batch(templateStatusWebhook({ wabaId: client.wabaId, event: "APPROVED", templateId: "77", name: "oi", language: "pt_BR" }));
    // A WABA whose numbers answer to different secrets: neither secret speaks for all of it.
    expect(bindEnvelope(decided, [client, sibling], byOwnSecretOf(client.id)).dropped).toBe(1);
    expect(bindEnvelope(decided, [client, sibling], byDeployment).dropped).toBe(1);
    expect(bindEnvelope(decided, [client], byOwnSecretOf(client.id)).dropped).toBe(0);
    const banned = batch(accountUpdateWebhook({ wabaId: plain.wabaId, event: "ACCOUNT_BANNED" }));
    expect(bindEnvelope(banned, [client, plain], byOwnSecretOf(client.id))).toEqual({ envelope: { ...banned, entry: [] }, dropped: 1 });
  });

  it("attributes what it cannot read to the deployment's secret, or to the entry's WABA (applying skips it anyway)", () => {
    const noPhone = { field: "messages", value: null };
    const odd = { object: "whatsapp_business_account", entry: [null, { id: 5 }, { id: client.wabaId, changes: [7, noPhone] }] };
    expect(bindEnvelope(odd, [client], byDeployment)).toEqual({ envelope: { ...odd, entry: [null, { id: 5 }, { id: client.wabaId, changes: [noPhone] }] }, dropped: 1 });
    expect(bindEnvelope(odd, [client], byOwnSecretOf(client.id))).toEqual({ envelope: { ...odd, entry: [{ id: client.wabaId, changes: [7] }] }, dropped: 3 });
  });
});
