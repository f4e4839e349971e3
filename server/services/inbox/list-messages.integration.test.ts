import { beforeAll, describe, expect, it } from "vitest";
import { testDb } from "@/test/db";
import { callerFor } from "@/test/caller";
import { translator } from "@/test/translator";
import { failureText } from "@/app/_i18n/stored-texts";
import { AppError } from "@/server/errors";
import { inboxWorld } from "@/test/inbox/inbox-world";
import { getMessage, listConversationEvents, listMessages, type MessageCursor } from "./list-messages";

let world: Awaited<ReturnType<typeof inboxWorld>>;
const at = new Date("2026-11-21T10:00:00.000Z");

beforeAll(async () => {
  world = await inboxWorld(testDb());
  // 30 more messages, three per millisecond, so the id must break ties.
  for (let i = 0; i < 30; i++) {
    await testDb().message.create({
      data: {
        conversationId: world.conversation.id,
        direction: i % 2 ? "OUTBOUND" : "INBOUND",
        type: "TEXT",
        body: `mensagem ${i}`,
        status: i % 2 ? "DELIVERED" : "RECEIVED",
        wamid: `wamid.page.${world.conversation.id}.${i}`,
        createdAt: new Date(+at + Math.floor(i / 3)),
      },
    });
  }
});

describe("chat history, scrolling up", () => {
  it("pages newest first through every message exactly once", async () => {
    const seen: string[] = [];
    let cursor: MessageCursor | null = null;
    do {
      const page: Awaited<ReturnType<typeof listMessages>> = await listMessages(testDb(), world.actors.ana, { conversationId: world.conversation.id, cursor, limit: 7 });
      seen.push(...page.items.map((m) => m.id));
      cursor = page.nextCursor;
    } while (cursor);
    const all = await testDb().message.findMany({ where: { conversationId: world.conversation.id }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
    expect(seen).toEqual(all.map((m) => m.id));
  });

  it("is refused to a broker the conversation is not assigned to", async () => {
    await expect(listMessages(testDb(), world.actors.bruno, { conversationId: world.conversation.id })).rejects.toMatchObject({ key: "inbox.conversationForbidden" });
    await expect(callerFor(world.users.bruno).inbox.messages({ conversationId: world.conversation.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listMessages(testDb(), world.actors.ana, { conversationId: "nao-existe" })).rejects.toBeInstanceOf(AppError);
  });

  it("resolves quoted replies and normalises type-specific content", async () => {
    const quoted = await testDb().message.findFirstOrThrow({ where: { conversationId: world.conversation.id, wamid: { not: null } } });
    const location = await testDb().message.create({
      data: {
        conversationId: world.conversation.id,
        direction: "INBOUND",
        type: "LOCATION",
        body: "Decorado — Av. das Palmeiras, 1200",
        content: { location: { latitude: -23.56, longitude: -46.65, name: "Decorado", address: "Av. das Palmeiras, 1200" } },
        replyToWamid: quoted.wamid,
        status: "RECEIVED",
      },
    });
    const view = await getMessage(testDb(), world.actors.manager, { conversationId: world.conversation.id, messageId: location.id });
    expect(view?.replyTo).toMatchObject({ id: quoted.id, body: quoted.body });
    expect(view?.details).toMatchObject({ kind: "location", name: "Decorado", address: "Av. das Palmeiras, 1200", latitude: -23.56 });
    expect(view?.details.kind === "location" && view.details.mapUrl).toContain("-23.56,-46.65");
  });

  it("sends the stored Meta code for the screen to explain in the reader's language", async () => {
    const failed = await testDb().message.create({
      data: { conversationId: world.conversation.id, direction: "OUTBOUND", type: "TEXT", body: "oi", status: "FAILED", errorCode: 131047 },
    });
    const view = await getMessage(testDb(), world.actors.ana, { conversationId: world.conversation.id, messageId: failed.id });
    expect(view?.error).toEqual({ failure: { kind: "meta", code: 131047 }, retryable: false, needsTemplate: true });
    expect(failureText(translator("pt-BR"), view!.error!.failure).title).toMatch(/janela de 24 horas/);
    expect(failureText(translator("en"), view!.error!.failure).title).toMatch(/24-hour window/);
  });

  it("sends the app's own reason with its values, and an older stored text as it is", async () => {
    const create = (data: object) =>
      testDb().message.create({ data: { conversationId: world.conversation.id, direction: "OUTBOUND", type: "TEXT", body: "oi", status: "FAILED", ...data } });
    const coded = await create({ failureReason: "outbound.textTooLong", failureParams: { length: 5000, max: 4096 } });
    const legacy = await create({ errorTitle: "Texto gravado antes dos códigos" });
    const view = (id: string) => getMessage(testDb(), world.actors.ana, { conversationId: world.conversation.id, messageId: id });
    expect((await view(coded.id))?.error).toEqual({ failure: { kind: "local", reason: "outbound.textTooLong", params: { length: 5000, max: 4096 } }, retryable: true, needsTemplate: false });
    expect((await view(legacy.id))?.error).toEqual({ failure: { kind: "legacy", text: "Texto gravado antes dos códigos" }, retryable: true, needsTemplate: false });
  });
});

describe("system lines", () => {
  it("name whoever got the conversation, as the webhook, the template start and the inbox each record it", async () => {
    const { lead, conversation, users, actors } = world;
    const line = (minutes: number, data: object, actorId?: string) =>
      testDb().leadEvent.create({
        data: { leadId: lead.id, conversationId: conversation.id, type: "CONVERSATION_ASSIGNED", actorId, data, createdAt: new Date(+at + minutes * 60_000) },
      });
    // The webhook's distribution and a template start store only ids.
    await line(1, { assigneeId: users.ana.id });
    await line(2, { assigneeId: users.bruno.id, previousAssigneeId: users.ana.id }, users.manager.id);
    // The inbox's transfer to nobody stores names, and an explicit null.
    await line(3, { fromId: users.bruno.id, fromName: "Bruno Teste", toId: null, toName: null }, users.manager.id);

    const events = await listConversationEvents(testDb(), actors.manager, conversation.id);
    expect(events.filter((e) => e.type === "CONVERSATION_ASSIGNED").map((e) => ({ actor: e.actor?.name ?? null, ...e.data }))).toEqual([
      { actor: "Gestor Teste", fromName: "Bruno Teste", toName: null, unassigned: true },
      { actor: "Gestor Teste", fromName: "Ana Teste", toName: "Bruno Teste", unassigned: false },
      { actor: null, fromName: null, toName: "Ana Teste", unassigned: false },
    ]);
  });
});
