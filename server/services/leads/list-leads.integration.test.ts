import { describe, expect, it } from "vitest";
import { MessageDirection } from "@/generated/prisma/enums";
import { seedChannel } from "@/prisma/seed/channels";
import { seedConversation, seedLead } from "@/prisma/seed/leads";
import { seedUser } from "@/prisma/seed/users";
import { uniqueSuffix, uniqueWord } from "@/prisma/seed/unique";
import { callerFor } from "@/test/caller";
import { testDb } from "@/test/db";

const db = () => testDb();

async function team() {
  const tag = `Equipe${uniqueWord()}`;
  // One after the other: concurrent first upserts of a built-in profile would race on its name.
  const ana = await seedUser(db(), { profile: "broker", name: `Ana ${tag}` });
  const bruno = await seedUser(db(), { profile: "broker", name: `Bruno ${tag}` });
  const manager = await seedUser(db(), { profile: "manager" });
  const channel = await seedChannel(db());
  const own = await seedLead(db(), { name: `${tag} Própria`, ownerId: ana.id });
  const assigned = await seedLead(db(), { name: `${tag} Atribuída`, ownerId: bruno.id });
  await seedConversation(db(), { leadId: assigned.id, channelId: channel.id, assigneeId: ana.id });
  const others = await seedLead(db(), { name: `${tag} Do Bruno`, ownerId: bruno.id });
  const unowned = await seedLead(db(), { name: `${tag} Sem dono` });
  return { tag, ana, bruno, manager, channel, own, assigned, others, unowned };
}

const names = (page: { items: { name: string | null }[] }) => page.items.map((l) => l.name);

describe("who sees which lead", () => {
  it("a broker sees their own leads and those of conversations assigned to them; a manager sees all", async () => {
    const t = await team();
    expect(names(await callerFor(t.ana).leads.list({ search: t.tag }))).toEqual([`${t.tag} Atribuída`, `${t.tag} Própria`]);
    expect(names(await callerFor(t.bruno).leads.list({ search: t.tag }))).toEqual([`${t.tag} Atribuída`, `${t.tag} Do Bruno`]);
    expect(names(await callerFor(t.manager).leads.list({ search: t.tag }))).toHaveLength(4);

    await expect(callerFor(t.ana).leads.get({ leadId: t.others.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(callerFor(t.ana).leads.history({ leadId: t.unowned.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const assigned = await callerFor(t.ana).leads.get({ leadId: t.assigned.id });
    expect(assigned.conversations.map((c) => c.assignee?.id)).toEqual([t.ana.id]);
    expect((await callerFor(t.manager).leads.get({ leadId: t.unowned.id })).id).toBe(t.unowned.id);
  });

  it("shows phone, owner, developments, tags and the last interaction", async () => {
    const t = await team();
    const development = await db().development.create({ data: { name: `Residencial ${t.tag}` } });
    const tag = await db().tag.create({ data: { name: `quente-${t.tag}` } });
    await db().lead.update({ where: { id: t.own.id }, data: { phoneE164: "+5511987654321", developments: { connect: { id: development.id } }, tags: { connect: { id: tag.id } } } });
    const [assigned, own] = (await callerFor(t.ana).leads.list({ search: t.tag })).items;
    expect(own).toMatchObject({ phoneDisplay: "+55 (11) 98765-4321", owner: { name: t.ana.name }, developments: [{ name: development.name }], tags: [{ name: tag.name }], lastInteractionAt: null });
    expect(assigned?.lastInteractionAt).toBeInstanceOf(Date);
  });
});

describe("search and pagination", () => {
  it("finds a lead by phone with or without Brazil's 9th digit", async () => {
    const manager = await seedUser(db(), { profile: "manager" });
    const digits = String(Math.floor(Math.random() * 1e8)).padStart(8, "0");
    const lead = await seedLead(db(), { phone: `+55219${digits}` });
    for (const search of [`(21) 9${digits.slice(0, 4)}-${digits.slice(4)}`, `21 ${digits}`, `+55 21 ${digits}`]) {
      expect((await callerFor(manager).leads.list({ search })).items.map((l) => l.id)).toContain(lead.id);
    }
  });

  it("pages by name with keyset cursors, unnamed leads last, no duplicates or gaps", async () => {
    const manager = await seedUser(db(), { profile: "manager" });
    const tag = `Pag${uniqueWord()}`;
    const created = await Promise.all(["Eva", "Ana", "Caio", "Bia", "Davi"].map((n) => seedLead(db(), { name: `${tag} ${n}` })));
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<ReturnType<typeof callerFor>["leads"]["list"]>> = await callerFor(manager).leads.list({ search: tag, limit: 2, cursor });
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((l) => l.name ?? ""));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(["Ana", "Bia", "Caio", "Davi", "Eva"].map((n) => `${tag} ${n}`));
    expect(created).toHaveLength(5);
    await expect(callerFor(manager).leads.list({ cursor: "garbage" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("puts unnamed leads after named ones across pages", async () => {
    const manager = await seedUser(db(), { profile: "manager" });
    const digits = `${Math.floor(Math.random() * 9) + 1}${String(Math.floor(Math.random() * 1e6)).padStart(6, "0")}`;
    const named = await seedLead(db(), { name: "Zé", phone: `+55319${digits}1` });
    const unnamed = await Promise.all([2, 3].map((d) => seedLead(db(), { phone: `+55319${digits}${d}` })));
    await db().lead.updateMany({ where: { id: { in: unnamed.map((l) => l.id) } }, data: { name: null } });
    const first = await callerFor(manager).leads.list({ search: `319${digits}`, limit: 2 });
    const second = await callerFor(manager).leads.list({ search: `319${digits}`, limit: 2, cursor: first.nextCursor });
    expect([...first.items, ...second.items].map((l) => l.id)).toEqual([named.id, ...unnamed.map((l) => l.id).sort()]);
    expect(second.nextCursor).toBeNull();
  });
});

describe("qualification filters", () => {
  // Ana's leads with what brokers saved from "Qualificar com IA", Bruno's twin of the first, and a
  // user whose profile lacks the inbox.
  async function qualified() {
    const tag = `Qualif${uniqueWord()}`;
    const ana = await seedUser(db(), { profile: "broker" });
    const bruno = await seedUser(db(), { profile: "broker" });
    const manager = await seedUser(db(), { profile: "manager" });
    const noInbox = await db().accessProfile.create({ data: { name: `Sem inbox ${tag}`, permissions: ["USERS_MANAGE"] } });
    const outsider = await seedUser(db(), { accessProfileId: noInbox.id });
    const lead = async (name: string, ownerId: string, data: { budgetMin?: number; budgetMax?: number; financing?: "YES" | "NO" | "UNKNOWN" }) => {
      const created = await seedLead(db(), { name: `${tag} ${name}`, ownerId });
      await db().lead.update({ where: { id: created.id }, data });
      return created;
    };
    await lead("A 300 a 450 mil financia", ana.id, { budgetMin: 300_000, budgetMax: 450_000, financing: "YES" });
    await lead("B até 250 mil à vista", ana.id, { budgetMax: 250_000, financing: "NO" });
    await lead("C a partir de 900 mil não sabe", ana.id, { budgetMin: 900_000, financing: "UNKNOWN" });
    await lead("D sem qualificação", ana.id, {});
    await lead("E do Bruno financia", bruno.id, { budgetMin: 300_000, budgetMax: 450_000, financing: "YES" });
    const letters = async (user: { id: string }, filters: { budgetFrom?: number; budgetTo?: number; financing?: "YES" | "NO" | "UNKNOWN" }) =>
      (await callerFor(user).leads.list({ search: tag, ...filters })).items.map((l) => l.name!.slice(tag.length + 1, tag.length + 2));
    return { ana, bruno, manager, outsider, tag, letters };
  }

  it("budget: a lead matches when its saved range, either end open, overlaps the one asked for; a lead without a budget never does", async () => {
    const q = await qualified();
    expect(await q.letters(q.ana, {})).toEqual(["A", "B", "C", "D"]);
    expect(await q.letters(q.ana, { budgetFrom: 300_000, budgetTo: 500_000 })).toEqual(["A"]);
    // "até R$ 300 mil": A's lower end reaches it, B's upper end is below it.
    expect(await q.letters(q.ana, { budgetTo: 300_000 })).toEqual(["A", "B"]);
    expect(await q.letters(q.ana, { budgetFrom: 1_500_000 })).toEqual(["C"]);
    expect(await q.letters(q.ana, { budgetFrom: 460_000, budgetTo: 800_000 })).toEqual([]);
    expect(await q.letters(q.ana, { budgetFrom: 400_000, budgetTo: 400_000 })).toEqual(["A"]);
    const [a] = (await callerFor(q.ana).leads.list({ search: q.tag, budgetFrom: 300_000, budgetTo: 500_000 })).items;
    expect(a).toMatchObject({ budgetMin: 300_000, budgetMax: 450_000, financing: "YES" });
  });

  it("financing: each answer on its own, and with the other filters", async () => {
    const q = await qualified();
    expect(await q.letters(q.ana, { financing: "YES" })).toEqual(["A"]);
    expect(await q.letters(q.ana, { financing: "NO" })).toEqual(["B"]);
    expect(await q.letters(q.ana, { financing: "UNKNOWN" })).toEqual(["C"]);
    expect(await q.letters(q.ana, { financing: "NO", budgetTo: 300_000 })).toEqual(["B"]);
    expect(await q.letters(q.ana, { financing: "YES", budgetFrom: 1_500_000 })).toEqual([]);
  });

  it("filters only the leads each role already sees; a user without the inbox, or no session, is refused; an inverted range is a bad request", async () => {
    const q = await qualified();
    expect(await q.letters(q.manager, { financing: "YES", budgetTo: 500_000 })).toEqual(["A", "E"]);
    expect(await q.letters(q.bruno, { financing: "YES", budgetTo: 500_000 })).toEqual(["E"]);
    await expect(callerFor(q.outsider).leads.list({ financing: "YES" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(callerFor(null).leads.list({ budgetFrom: 0 })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(callerFor(q.manager).leads.list({ budgetFrom: 500_000, budgetTo: 300_000 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("history", () => {
  it("reads newest first, page by page, with the message and who did it", async () => {
    const ana = await seedUser(db(), { profile: "broker" });
    const channel = await seedChannel(db(), { name: `Canal ${uniqueSuffix()}` });
    const lead = await seedLead(db(), { ownerId: ana.id });
    await seedConversation(db(), {
      leadId: lead.id,
      channelId: channel.id,
      assigneeId: ana.id,
      messages: [
        { direction: MessageDirection.INBOUND, body: "Oi, tem unidade?", minutesAgo: 20 },
        { direction: MessageDirection.OUTBOUND, body: "Tem sim!", minutesAgo: 10, senderId: ana.id },
      ],
    });
    // The seeded messages are backdated; the lead was created just now.
    const first = await callerFor(ana).leads.history({ leadId: lead.id, limit: 2 });
    expect(first.items.map((e) => [e.type, e.message?.body ?? null, e.actor?.id ?? null, e.channelName])).toEqual([
      ["LEAD_CREATED", null, null, null],
      ["MESSAGE_SENT", "Tem sim!", ana.id, channel.name],
    ]);
    const second = await callerFor(ana).leads.history({ leadId: lead.id, limit: 2, cursor: first.nextCursor });
    expect(second.items.map((e) => [e.type, e.message?.body])).toEqual([["MESSAGE_RECEIVED", "Oi, tem unidade?"]]);
    expect(second.nextCursor).toBeNull();
  });

  it("reads the facts other writers store: assignee, queue and owner names, the failure, the closing reason", async () => {
    const ana = await seedUser(db(), { profile: "broker", name: `Ana ${uniqueSuffix()}` });
    const queue = await db().leadQueue.create({ data: { name: `Fila ${uniqueSuffix()}`, origin: "CHAT_ONLINE" } });
    const lead = await seedLead(db(), { ownerId: ana.id });
    const at = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000);
    await db().leadEvent.createMany({
      data: [
        { leadId: lead.id, type: "QUEUE_ASSIGNED", data: { queueId: queue.id, ownerId: ana.id }, createdAt: at(5) },
        { leadId: lead.id, type: "CONVERSATION_ASSIGNED", data: { fromId: null, fromName: null, toId: ana.id, toName: ana.name }, createdAt: at(4) },
        { leadId: lead.id, type: "CONVERSATION_ASSIGNED", data: { toId: null, toName: null }, createdAt: at(3) },
        { leadId: lead.id, type: "MESSAGE_FAILED", data: { code: 131026, title: "Mensagem não entregue" }, createdAt: at(2) },
        { leadId: lead.id, type: "MESSAGE_FAILED", data: { code: null, failureReason: "gaveUp", failureParams: {} }, createdAt: at(1.6) },
        { leadId: lead.id, type: "MESSAGE_FAILED", data: { code: null, title: "Texto gravado antes dos códigos" }, createdAt: at(1.3) },
        { leadId: lead.id, type: "CONVERSATION_CLOSED", data: { reason: "no_reply" }, createdAt: at(1) },
      ],
    });
    const { items } = await callerFor(ana).leads.history({ leadId: lead.id, limit: 7 });
    expect(items.map((e) => [e.type, e.assigneeName, e.unassigned, e.queueName, e.ownerName, e.failure, e.reason])).toEqual([
      ["LEAD_CREATED", null, false, null, null, null, null],
      ["CONVERSATION_CLOSED", null, false, null, null, null, "no_reply"],
      ["MESSAGE_FAILED", null, false, null, null, { kind: "legacy", text: "Texto gravado antes dos códigos" }, null],
      ["MESSAGE_FAILED", null, false, null, null, { kind: "local", reason: "gaveUp", params: {} }, null],
      ["MESSAGE_FAILED", null, false, null, null, { kind: "meta", code: 131026 }, null],
      ["CONVERSATION_ASSIGNED", null, true, null, null, null, null],
      ["CONVERSATION_ASSIGNED", ana.name, false, null, null, null, null],
    ]);
    const older = await callerFor(ana).leads.history({ leadId: lead.id, limit: 7, cursor: (await callerFor(ana).leads.history({ leadId: lead.id, limit: 7 })).nextCursor });
    expect(older.items.map((e) => [e.type, e.queueName, e.ownerName])).toEqual([["QUEUE_ASSIGNED", queue.name, ana.name]]);
  });
});
