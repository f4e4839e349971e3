// The webhook mix a busy launch produces (issue 11): 25 % inbound texts from the leads, 75 % status
// updates (sent, delivered, read) for outbound messages already stored, some out of order (read
// before delivered) and some sent twice, as Meta does. Every body is signed like Meta's.
import { randomBytes } from "node:crypto";
import { MessageDirection, MessageStatus, MessageType } from "../generated/prisma/client";
import { seedChannel } from "../prisma/seed/channels";
import { seedQueue } from "../prisma/seed/queues";
import { seedUser } from "../prisma/seed/users";
import type { Db } from "../server/db";
import { inboundMessage } from "../dev/whatsapp-sandbox/meta-message-bodies";
import { inboundMessagesWebhook, statusesWebhook, type FixtureBusiness } from "../dev/whatsapp-sandbox/meta-webhook-bodies";
import { signPayload } from "../server/meta/webhook-signature";
import { seedOpenConversations } from "./open-conversations";

export const BENCH_PASSWORD = "bench-Senha-Forte-2026!";
const OUTBOUND_PER_LEAD = 6;

export type IngestWorld = { brokerEmail: string; brokerId: string; business: FixtureBusiness; waIds: string[]; conversationOf: Map<string, string>; wamids: string[] };

/**
 * 2,000 leads (BENCH_LEADS) with open conversations assigned to one broker, each with outbound
 * messages awaiting statuses. `world` (0, 1…) keeps the ids and phones of several worlds apart.
 */
export async function seedIngestWorld(db: Db, leads: number, world = 0): Promise<IngestWorld> {
  const prefix = `ingest${world}`;
  const broker = await seedUser(db, { profile: "broker", password: BENCH_PASSWORD });
  await seedQueue(db, { memberIds: [broker.id] });
  const channel = await seedChannel(db, {});
  const waIds = Array.from({ length: leads }, (_, i) => `55119${String(10_000_000 * (world + 1) + i)}`);
  const now = Date.now();
  await seedOpenConversations(db, { prefix, brokerId: broker.id, leads: waIds.map((waId) => ({ waId, channelId: channel.id })), lastMessageAgoMs: 60_000 });
  const wamids: string[] = [];
  const messages = waIds.flatMap((_, i) =>
    Array.from({ length: OUTBOUND_PER_LEAD }, (_, k) => {
      const wamid = `wamid.BENCH${i}x${k}${randomBytes(6).toString("hex")}`;
      wamids.push(wamid);
      return { conversationId: `${prefix}-conv-${i}`, direction: MessageDirection.OUTBOUND, type: MessageType.TEXT, body: `Resposta ${k}`, wamid, status: MessageStatus.SENT, senderId: broker.id, sentAt: new Date(now - 120_000) };
    }),
  );
  await db.message.createMany({ data: messages });
  const business = { wabaId: channel.wabaId, phoneNumberId: channel.phoneNumberId, displayPhoneNumber: channel.displayPhoneNumber.replace(/\D/g, "") };
  return { brokerEmail: broker.email, brokerId: broker.id, business, waIds, conversationOf: new Map(waIds.map((waId, i) => [waId, `${prefix}-conv-${i}`])), wamids };
}

export type SignedWebhook = { body: string; headers: Record<string, string>; inboundFrom?: string };

// Each outbound message's statuses in the order Meta sends them, now and then swapped or repeated.
function statusSequence(random: () => number): ("sent" | "delivered" | "read")[] {
  const roll = random();
  if (roll < 0.1) return ["sent", "read", "delivered"];
  if (roll < 0.15) return ["sent", "delivered", "delivered", "read"];
  return ["sent", "delivered", "read"];
}

/** An endless, reproducible stream of signed webhooks in the mix. */
export function webhookStream(world: IngestWorld, secret: string, seed = 42): () => SignedWebhook {
  let state = seed;
  const random = () => ((state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const pending: { wamid: string; recipient: string; status: "sent" | "delivered" | "read" }[] = [];
  let nextOutbound = 0;
  const sign = (payload: unknown, inboundFrom?: string): SignedWebhook => {
    const body = JSON.stringify(payload);
    return { body, headers: { "content-type": "application/json", "x-hub-signature-256": signPayload(secret, body) }, inboundFrom };
  };
  return () => {
    if (random() < 0.25) {
      const waId = world.waIds[Math.floor(random() * world.waIds.length)] ?? "";
      const text = inboundMessage.text({ from: waId, body: `Olá, quero saber do apartamento ${randomBytes(3).toString("hex")}` });
      return sign(inboundMessagesWebhook({ business: world.business, contact: { name: "Lead Bench", waId }, messages: [text] }), waId);
    }
    if (pending.length === 0) {
      const index = nextOutbound++ % world.wamids.length;
      const wamid = world.wamids[index] ?? "";
      const recipient = world.waIds[Math.floor(index / OUTBOUND_PER_LEAD)] ?? "";
      pending.push(...statusSequence(random).map((status) => ({ wamid, recipient, status })));
    }
    const next = pending.shift()!;
    return sign(statusesWebhook({ business: world.business, statuses: [{ wamid: next.wamid, status: next.status, recipientId: next.recipient }] }));
  };
}
