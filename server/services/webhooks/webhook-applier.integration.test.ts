import { describe, expect, it } from "vitest";
import { MessageDirection } from "@/generated/prisma/client";
import { getDb } from "@/server/db";
import { inboundMessage } from "@/dev/whatsapp-sandbox/meta-message-bodies";
import { inboundMessagesWebhook, statusesWebhook } from "@/dev/whatsapp-sandbox/meta-webhook-bodies";
import type { Push } from "@/server/realtime/channels";
import { signPayload } from "@/server/meta/webhook-signature";
import { seedUser } from "@/prisma/seed/users";
import { recordingJobs } from "@/test/recording-jobs";
import { appSecret, randomWaId, seedWebhookChannel } from "@/test/webhooks/webhook-kit";
import { storeWebhook } from "./store-webhook";
import { createWebhookApplier } from "./webhook-applier";

const db = () => getDb();

async function store(body: unknown) {
  const raw = JSON.stringify(body);
  const stored = await storeWebhook(db(), { rawBody: raw, signature: signPayload(appSecret(), raw) });
  if (stored.status !== 200) throw new Error(`status ${stored.status}`);
  return stored.eventId;
}

describe("the webhook applier", () => {
  it("applies a burst for many leads in batches: each event once (re-deliveries too), every status and message in place, pushed before it resolves", async () => {
    const { channel, business } = await seedWebhookChannel(db());
    const broker = await seedUser(db());
    const pushes: Push[] = [];
    const applier = createWebhookApplier(db, () => ({ publish: async (batch) => void pushes.push(...batch), jobs: recordingJobs().jobs }));
    const leads = Array.from({ length: 12 }, () => randomWaId());
    const text = (waId: string, body: string) => inboundMessagesWebhook({ business, contact: { name: "Lead", waId }, messages: [inboundMessage.text({ from: waId, body })] });

    // The first message of each lead opens its conversation; each gets an outbound message to track.
    await Promise.all(await Promise.all(leads.map((waId) => store(text(waId, "Oi")))).then((events) => events.map((e) => applier.apply(e))));
    const conversations = await db().conversation.findMany({ where: { channelId: channel.id }, include: { lead: true } });
    expect(conversations).toHaveLength(leads.length);
    const outbound = new Map<string, string>();
    for (const conversation of conversations) {
      const waId = leads.find((w) => conversation.lead.phoneE164?.endsWith(w.slice(-8))) ?? "";
      const wamid = `wamid.APPLIER${waId}`;
      await db().message.create({ data: { conversationId: conversation.id, direction: MessageDirection.OUTBOUND, type: "TEXT", body: "Olá!", wamid, status: "SENT", senderId: broker.id } });
      outbound.set(waId, wamid);
    }

    // Then, per lead and in this order: two texts, the outbound's statuses (read before delivered),
    // and the first text again (Meta re-delivering it). Leads interleave as they would.
    const bodies: unknown[] = [];
    const repeated = new Map<string, unknown>();
    for (const step of [0, 1, 2, 3, 4]) {
      for (const waId of leads) {
        const status = (s: "read" | "delivered") => statusesWebhook({ business, statuses: [{ wamid: outbound.get(waId) ?? "", status: s, recipientId: waId }] });
        if (step === 0) repeated.set(waId, text(waId, `primeira ${waId}`));
        const body = [repeated.get(waId), text(waId, `última ${waId}`), status("read"), status("delivered"), repeated.get(waId)][step];
        bodies.push(body);
      }
    }
    const events = [];
    for (const body of bodies) events.push(await store(body));
    pushes.length = 0;
    await Promise.all(events.map((event) => applier.apply(event)));

    const applied = await db().webhookEvent.findMany({ where: { id: { in: events } } });
    expect(applied.every((e) => e.processedAt !== null && e.error === null)).toBe(true);
    for (const waId of leads) {
      const conversation = conversations.find((c) => c.lead.phoneE164?.endsWith(waId.slice(-8)));
      const state = await db().conversation.findUniqueOrThrow({ where: { id: conversation?.id }, include: { messages: true } });
      expect(state.lastMessagePreview).toBe(`última ${waId}`);
      expect(state.messages.filter((m) => m.direction === "INBOUND").map((m) => m.body).sort()).toEqual(["Oi", `primeira ${waId}`, `última ${waId}`].sort());
      expect(state.messages.find((m) => m.direction === "OUTBOUND")?.status).toBe("READ");
      expect(pushes.filter((p) => p.event.name === "message.created" && p.event.data.conversationId === state.id).length).toBeGreaterThanOrEqual(2);
    }
  });
});
