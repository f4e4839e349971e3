import { beforeAll, describe, expect, it } from "vitest";
import { testDb } from "@/test/db";
import { callerFor } from "@/test/caller";
import { seedChannel } from "@/prisma/seed/channels";
import { seedLead } from "@/prisma/seed/leads";
import { seedQueue } from "@/prisma/seed/queues";
import { uniqueSuffix, uniqueWord } from "@/prisma/seed/unique";
import { inboxWorld } from "@/test/inbox/inbox-world";
import { listConversations, type ListConversationsInput } from "./list-conversations";

const HOUR = 3_600_000;
let world: Awaited<ReturnType<typeof inboxWorld>>;
let channelId: string;
let ids: string[];
const base = new Date("2026-11-20T12:00:00.000Z");

// 25 conversations on a fresh channel; several share a lastMessageAt so the id breaks the tie.
beforeAll(async () => {
  world = await inboxWorld(testDb());
  channelId = (await seedChannel(testDb())).id;
  ids = [];
  for (let i = 0; i < 25; i++) {
    const lead = await seedLead(testDb(), { name: `Paginado ${uniqueSuffix()}` });
    const conversation = await testDb().conversation.create({
      data: {
        leadId: lead.id,
        channelId,
        initiatedBy: "LEAD",
        assigneeId: i % 2 === 0 ? world.users.ana.id : i % 5 === 0 ? null : world.users.bruno.id,
        lastMessageAt: new Date(+base - Math.floor(i / 3) * 60_000),
        unreadCount: i % 4,
      },
    });
    ids.push(conversation.id);
  }
});

async function allPages(actor: keyof typeof world.actors, input: ListConversationsInput, limit: number) {
  const seen: string[] = [];
  let cursor = input.cursor ?? null;
  for (let page = 0; page < 50; page++) {
    const result = await listConversations(testDb(), world.actors[actor], { ...input, cursor, limit });
    expect(result.items.length).toBeLessThanOrEqual(limit);
    seen.push(...result.items.map((c) => c.id));
    if (!result.nextCursor) return seen;
    cursor = result.nextCursor;
  }
  throw new Error("pagination did not end");
}

describe("inbox list keyset pagination", () => {
  it.each([1, 4, 7, 25, 30])("returns every conversation exactly once, newest first, with pages of %i", async (limit) => {
    const seen = await allPages("manager", { channelId }, limit);
    expect(seen).toHaveLength(25);
    expect(new Set(seen).size).toBe(25);
    const rows = await testDb().conversation.findMany({ where: { id: { in: seen } }, select: { id: true, lastMessageAt: true } });
    const at = new Map(rows.map((r) => [r.id, +r.lastMessageAt]));
    const expected = [...seen].sort((a, b) => (at.get(b) ?? 0) - (at.get(a) ?? 0) || (a < b ? 1 : -1));
    expect(seen).toEqual(expected);
  });

  it("a conversation moving to the top between pages is not repeated", async () => {
    const first = await listConversations(testDb(), world.actors.manager, { channelId, limit: 10 });
    const moved = first.items[3]?.id ?? "";
    const original = await testDb().conversation.findUniqueOrThrow({ where: { id: moved } });
    await testDb().conversation.update({ where: { id: moved }, data: { lastMessageAt: new Date(+base + HOUR) } });
    const rest = await allPages("manager", { channelId, cursor: first.nextCursor }, 10);
    expect(rest).not.toContain(moved);
    expect(new Set([...first.items.map((c) => c.id), ...rest]).size).toBe(25);
    await testDb().conversation.update({ where: { id: moved }, data: { lastMessageAt: original.lastMessageAt } });
  });

  it("a broker pages through only their own conversations", async () => {
    const seen = await allPages("ana", { channelId }, 4);
    const mine = await testDb().conversation.count({ where: { channelId, assigneeId: world.users.ana.id } });
    expect(seen).toHaveLength(mine);
    expect(await allPages("ana", { channelId, scope: "unassigned" }, 4)).toEqual([]);
    expect(await allPages("outsider", { channelId }, 4)).toEqual([]);
  });

  it("managers filter unassigned and their own", async () => {
    const unassigned = await allPages("manager", { channelId, scope: "unassigned" }, 5);
    expect(unassigned.length).toBe(await testDb().conversation.count({ where: { channelId, assigneeId: null } }));
    expect(await allPages("manager", { channelId, scope: "mine" }, 5)).toEqual([]);
  });

  it("serves the stored unread counts", async () => {
    const page = await listConversations(testDb(), world.actors.manager, { channelId, limit: 25 });
    const stored = await testDb().conversation.findMany({ where: { channelId }, select: { id: true, unreadCount: true } });
    expect(Object.fromEntries(page.items.map((c) => [c.id, c.unreadCount]))).toEqual(Object.fromEntries(stored.map((c) => [c.id, c.unreadCount])));
  });
});

describe("inbox list filters and search", () => {
  it("finds by lead name, phone in any format and message text", async () => {
    const name = world.lead.name ?? "";
    const phone = world.lead.phoneE164 ?? "";
    const local = `(${phone.slice(3, 5)}) ${phone.slice(5, 10)}-${phone.slice(10)}`;
    for (const search of [name.toUpperCase(), phone, local, "mandar a PLANTA"]) {
      const result = await listConversations(testDb(), world.actors.ana, { search });
      expect(result.items.map((c) => c.id), search).toContain(world.conversation.id);
    }
    expect((await listConversations(testDb(), world.actors.bruno, { search: name })).items).toEqual([]);
  });

  it("finds message words by stem without accents, the word being typed by prefix, and numbers as written", async () => {
    const w = await inboxWorld(testDb());
    const place = `Jardim${uniqueWord()}`;
    await testDb().message.create({
      data: { conversationId: w.conversation.id, direction: "INBOUND", type: "TEXT", status: "RECEIVED", body: `As promoções do apartamento 302 no ${place} acabaram?` },
    });
    const finds = async (search: string) => (await listConversations(testDb(), w.actors.manager, { search })).items.some((c) => c.id === w.conversation.id);
    for (const search of [`promocoes apartamentos ${place}`, `${place} 302`, `${place.toLowerCase()} promoç`, `${place.slice(0, -2)}`]) {
      expect(await finds(search), search).toBe(true);
    }
    for (const search of [`${place} 303`, `${place} cobertura`, `${place}x `]) {
      expect(await finds(search), search).toBe(false);
    }
    // Stop words alone would be an empty full text query: they are searched as written.
    expect(await finds(`do ${place.slice(0, 3)}`)).toBe(true);
  });

  it("finds a word in an old message behind thousands of newer ones, and a common word among the newest", async () => {
    const old = await inboxWorld(testDb());
    const busy = await inboxWorld(testDb());
    const place = `Recanto${uniqueWord()}`;
    const common = `Decorado${uniqueWord()}`;
    await testDb().message.create({
      data: { conversationId: old.conversation.id, direction: "INBOUND", type: "TEXT", status: "RECEIVED", body: `Reserva da cobertura no ${place}`, createdAt: new Date(Date.now() - 10 * 24 * HOUR) },
    });
    // Newer than anything else in the database: the newest messages are all this common word's.
    const future = Date.now() + 24 * HOUR;
    await testDb().message.createMany({
      data: Array.from({ length: 2_100 }, (_, i) => ({
        conversationId: busy.conversation.id,
        direction: "INBOUND" as const,
        type: "TEXT" as const,
        status: "RECEIVED" as const,
        body: `Gostei do apartamento ${common}, mensagem ${i}`,
        createdAt: new Date(future - i),
      })),
    });
    const finds = async (w: typeof old, search: string) => (await listConversations(testDb(), w.actors.manager, { search })).items.some((c) => c.id === w.conversation.id);
    for (const search of [place, `${place} `, `cobertura ${place.slice(0, -3)}`]) expect(await finds(old, search), search).toBe(true);
    for (const search of [common, `apartamento ${common} `, `${common.toLowerCase()} 2099`]) expect(await finds(busy, search), search).toBe(true);
    expect(await finds(busy, `${common} 9999 `)).toBe(false);
  });

  it("finds the newest matches of a word absent from the newest messages but common in older ones", async () => {
    const newest = await inboxWorld(testDb());
    const older = await inboxWorld(testDb());
    const word = `Lancamento${uniqueWord()}`;
    const message = (conversationId: string, body: string, createdAt: Date) => ({ conversationId, direction: "INBOUND" as const, type: "TEXT" as const, status: "RECEIVED" as const, body, createdAt });
    const lastYear = Date.now() - 365 * 24 * HOUR;
    // Inserted first, so that they come first in the table: an index read capped at a few thousand
    // matches would hand these over and never reach the newest one.
    await testDb().message.createMany({ data: Array.from({ length: 6_000 }, (_, i) => message(older.conversation.id, `Tabela do ${word}, mensagem ${i}`, new Date(lastYear - i * 1000))) });
    await testDb().message.create({ data: message(newest.conversation.id, `Ainda tem unidade no ${word}?`, new Date(lastYear + 1000)) });
    // Newer than anything else in the database, none of them with the word.
    const future = Date.now() + 48 * HOUR;
    await testDb().message.createMany({ data: Array.from({ length: 2_100 }, (_, i) => message(older.conversation.id, `Bom dia, mensagem ${i}`, new Date(future - i))) });
    const found = (await listConversations(testDb(), newest.actors.manager, { search: word })).items.map((c) => c.id);
    expect(found).toContain(newest.conversation.id);
  });

  it("finds a phone number written in a message, whole or by its end", async () => {
    const w = await inboxWorld(testDb());
    const digits = String(10_000 + Math.floor(Math.random() * 89_999));
    await testDb().message.create({
      data: { conversationId: w.conversation.id, direction: "INBOUND", type: "TEXT", status: "RECEIVED", body: `Me liga no (11) 9${digits}-4321 à tarde` },
    });
    const finds = async (search: string) => (await listConversations(testDb(), w.actors.manager, { search })).items.some((c) => c.id === w.conversation.id);
    for (const search of [`9${digits}-4321`, `(11) 9${digits}-4321 `, `9${digits} 4321`]) expect(await finds(search), search).toBe(true);
    expect(await finds(`9${digits}-4322 `)).toBe(false);
  });

  it("finds what a voice note said, through its transcript", async () => {
    const w = await inboxWorld(testDb());
    const place = `Vila${uniqueWord()}`;
    const note = await testDb().message.create({
      data: { conversationId: w.conversation.id, direction: "INBOUND", type: "AUDIO", status: "RECEIVED", transcriptStatus: "PENDING" },
    });
    const finds = async (search: string) => (await listConversations(testDb(), w.actors.manager, { search })).items.some((c) => c.id === w.conversation.id);
    expect(await finds(`visitar ${place}`)).toBe(false);
    await testDb().message.update({
      where: { id: note.id },
      data: { transcript: `Oi, queria visitar o decorado da ${place} no sábado, apartamento 1204`, transcriptStatus: "DONE" },
    });
    for (const search of [`visita ${place}`, `${place.toLowerCase()} sabado`, `${place} 1204`]) {
      expect(await finds(search), search).toBe(true);
    }
    expect(await finds(`${place} 1205`)).toBe(false);
  });

  it("takes % and _ in a search literally", async () => {
    for (const search of ["%", "_", "%%%"]) {
      const ids = (await listConversations(testDb(), world.actors.ana, { search })).items.map((c) => c.id);
      expect(ids, search).not.toContain(world.conversation.id);
    }
  });

  it("filters open, expired, closed and windows closing within 2 h", async () => {
    const now = new Date();
    const w = await inboxWorld(testDb());
    const ch = w.channel.id;
    const make = async (data: { status: "OPEN" | "EXPIRED" | "CLOSED"; windowExpiresAt: Date | null }) =>
      (await testDb().conversation.create({ data: { leadId: (await seedLead(testDb())).id, channelId: ch, initiatedBy: "LEAD", ...data } })).id;
    const soon = await make({ status: "OPEN", windowExpiresAt: new Date(+now + HOUR) });
    const later = await make({ status: "OPEN", windowExpiresAt: new Date(+now + 5 * HOUR) });
    const lapsed = await make({ status: "OPEN", windowExpiresAt: new Date(+now - HOUR) });
    const expired = await make({ status: "EXPIRED", windowExpiresAt: new Date(+now - 30 * HOUR) });
    const closed = await make({ status: "CLOSED", windowExpiresAt: null });
    const list = async (input: ListConversationsInput) => new Set((await listConversations(testDb(), w.actors.manager, { channelId: ch, ...input }, now)).items.map((c) => c.id));
    expect(await list({ closingSoon: true })).toEqual(new Set([soon]));
    expect(await list({ state: "expired" })).toEqual(new Set([lapsed, expired]));
    expect(await list({ state: "closed" })).toEqual(new Set([closed]));
    const open = await list({ state: "open" });
    expect([soon, later].every((id) => open.has(id))).toBe(true);
    expect([lapsed, expired, closed].some((id) => open.has(id))).toBe(false);
  });

  it("'my queues' keeps the conversations of leads in the actor's queues", async () => {
    const w = await inboxWorld(testDb());
    const queue = await seedQueue(testDb(), { memberIds: [w.users.manager.id] });
    await testDb().lead.update({ where: { id: w.lead.id }, data: { queueId: queue.id } });
    const ids = (await listConversations(testDb(), w.actors.manager, { channelId: w.channel.id, scope: "queues" })).items.map((c) => c.id);
    expect(ids).toEqual([w.conversation.id]);
    expect((await listConversations(testDb(), w.actors.admin, { channelId: w.channel.id, scope: "queues" })).items).toEqual([]);
  });

  it("the tab title counts the actor's conversations with unread messages", async () => {
    const w = await inboxWorld(testDb());
    const api = callerFor(w.users.ana);
    const before = (await api.inbox.unreadSummary()).conversations;
    expect(before).toBeGreaterThanOrEqual(1);
    await testDb().conversation.update({ where: { id: w.conversation.id }, data: { unreadCount: 0 } });
    expect((await api.inbox.unreadSummary()).conversations).toBe(before - 1);
  });
});
