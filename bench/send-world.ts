// The sends phase's world: 20 active channels the WhatsApp sandbox knows, one broker, and leads
// whose 24 h window is open on both sides (the app's conversation and the sandbox's lead), so free
// text is allowed. Most leads get one message; one in ten gets 2 and one in ten 3, queued one
// after the other as a broker sends a text and then a file or two (the pair rule's case).
import { seedChannel } from "../prisma/seed/channels";
import { seedQueue } from "../prisma/seed/queues";
import { seedUser } from "../prisma/seed/users";
import type { Actor } from "../server/auth/permissions";
import { loadActor } from "../server/auth/load-actor";
import type { Db } from "../server/db";
import { seedOpenConversations } from "./open-conversations";

export const SEND_CHANNELS = 20;

export type PlannedSend = { conversationId: string; phoneNumberId: string; to: string };
export type SendWorld = {
  actor: Actor;
  channels: { id: string; phoneNumberId: string; throughputMps: number }[];
  /** In queue order; the messages of one lead are adjacent. */
  plan: PlannedSend[];
};

const messagesForLead = (index: number) => (index % 10 === 0 ? 3 : index % 10 === 1 ? 2 : 1);

async function sandboxCall(url: string, method: string, body: unknown) {
  const response = await fetch(url, { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`);
}

export async function seedSendWorld(db: Db, sandboxUrl: string, messages: number, throughputMps: number): Promise<SendWorld> {
  const broker = await seedUser(db, { profile: "broker", name: "Corretora Bench Envios" });
  await seedQueue(db, { memberIds: [broker.id] });
  const channels = [];
  for (let i = 0; i < SEND_CHANNELS; i++) {
    const channel = await seedChannel(db, { name: `Bench envios ${i + 1}`, throughputMps });
    await sandboxCall(`${sandboxUrl}/_sandbox/numbers/${channel.phoneNumberId}`, "PUT", {
      wabaId: channel.wabaId,
      displayPhoneNumber: channel.displayPhoneNumber,
      verifiedName: channel.name,
    });
    channels.push(channel);
  }

  const leads: { waId: string; channel: (typeof channels)[number]; sends: number }[] = [];
  for (let planned = 0; planned < messages; ) {
    const sends = Math.min(messagesForLead(leads.length), messages - planned);
    const channel = channels[leads.length % channels.length] ?? channels[0]!;
    leads.push({ waId: `55219${String(80_000_000 + leads.length)}`, channel, sends });
    planned += sends;
  }
  const tag = `${Date.now()}`;
  await seedOpenConversations(db, { prefix: `send-${tag}`, brokerId: broker.id, leads: leads.map(({ waId, channel }) => ({ waId, channelId: channel.id })), lastMessageAgoMs: 3600_000 });
  for (const channel of channels) {
    const phones = leads.filter((lead) => lead.channel === channel).map((lead) => lead.waId);
    if (phones.length > 0) await sandboxCall(`${sandboxUrl}/_sandbox/leads/open-windows`, "POST", { phoneNumberId: channel.phoneNumberId, phones });
  }

  const actor = await loadActor(db, broker.id);
  if (!actor) throw new Error("the bench's broker is not loadable");
  const plan = leads.flatMap(({ waId, channel, sends }, i) =>
    Array.from({ length: sends }, () => ({ conversationId: `send-${tag}-conv-${i}`, phoneNumberId: channel.phoneNumberId, to: waId })),
  );
  return { actor, channels: channels.map(({ id, phoneNumberId, throughputMps: mps }) => ({ id, phoneNumberId, throughputMps: mps })), plan };
}
