import { describe, expect, it, vi } from "vitest";
import { ConversationStatus, Initiator, LeadEventType } from "@/generated/prisma/enums";
import { conversationWindowArmed } from "@/inngest/events";
import { runFunction } from "@/test/inngest/test-engine";
import { seedChannel } from "@/prisma/seed/channels";
import { seedLead } from "@/prisma/seed/leads";
import { seedUser } from "@/prisma/seed/users";
import { publish } from "@/server/realtime/publish";
import { expireOverdueConversations } from "@/server/services/conversations/expire-overdue-conversations";
import { testDb } from "@/test/db";
import { expireConversation } from "./expire-conversation";

vi.mock("@/server/realtime/publish", () => ({ publish: vi.fn(async () => undefined) }));

const db = () => testDb();
const HOUR = 3_600_000;

async function conversation(input: { initiatedBy: Initiator; windowExpiresAt: Date | null; startedAt?: Date; windowHours?: number }) {
  const channel = await seedChannel(db(), { windowHours: input.windowHours });
  const broker = await seedUser(db());
  const lead = await seedLead(db());
  const created = await db().conversation.create({
    data: { leadId: lead.id, channelId: channel.id, assigneeId: broker.id, status: ConversationStatus.OPEN, initiatedBy: input.initiatedBy, windowExpiresAt: input.windowExpiresAt },
  });
  if (input.startedAt) {
    await db().leadEvent.create({ data: { leadId: lead.id, conversationId: created.id, type: LeadEventType.CONVERSATION_STARTED, createdAt: input.startedAt } });
  }
  return created;
}

const expire = (conversationId: string, windowExpiresAt: Date) =>
  runFunction(expireConversation, { name: conversationWindowArmed.name, data: { conversationId, windowExpiresAt: windowExpiresAt.toISOString() } });

const state = (id: string) => db().conversation.findUniqueOrThrow({ where: { id }, select: { status: true, closedAt: true } });
const history = async (id: string) => (await db().leadEvent.findMany({ where: { conversationId: id }, orderBy: { createdAt: "asc" } })).map((e) => e.type);

describe("conversation/expire", () => {
  it("sleeps until the window's end, then expires a conversation the lead had opened", async () => {
    const end = new Date(Date.now() + 24 * HOUR);
    const open = await conversation({ initiatedBy: Initiator.LEAD, windowExpiresAt: end });
    const run = await expire(open.id, end);
    expect(run.sleeps).toEqual([{ id: "wait-for-window-end", duration: end }]);
    expect(run.result).toEqual({ conversationId: open.id, result: "expired" });
    expect(await state(open.id)).toEqual({ status: "EXPIRED", closedAt: null });
    expect(await history(open.id)).toEqual(["CONVERSATION_EXPIRED"]);
    expect(vi.mocked(publish).mock.calls.flat(2)).toContainEqual(expect.objectContaining({ event: { name: "conversation.updated", data: { conversationId: open.id } } }));
  });

  it("sleeps again until the new end when a newer inbound message moved the window, then expires it", async () => {
    const first = new Date(Date.now() + HOUR);
    const moved = new Date(first.getTime() + 30 * 60_000);
    const open = await conversation({ initiatedBy: Initiator.LEAD, windowExpiresAt: moved });
    const run = await expire(open.id, first);
    expect(run.sleeps.map((s) => s.duration)).toEqual([first, moved]);
    expect(run.result).toEqual({ conversationId: open.id, result: "expired" });
    expect(await history(open.id)).toEqual(["CONVERSATION_EXPIRED"]);
  });

  it("stops when the conversation was closed while it slept", async () => {
    const end = new Date(Date.now() + HOUR);
    const open = await conversation({ initiatedBy: Initiator.LEAD, windowExpiresAt: new Date(end.getTime() + HOUR) });
    await db().conversation.update({ where: { id: open.id }, data: { status: ConversationStatus.CLOSED, closedAt: new Date() } });
    expect((await expire(open.id, end)).result).toMatchObject({ result: "not-open" });
    expect(await history(open.id)).toEqual([]);
  });

  it("closes a business-initiated conversation the lead never answered, counting from its latest start", async () => {
    const startedAt = new Date(Date.now() - 25 * HOUR);
    const unanswered = await conversation({ initiatedBy: Initiator.BUSINESS, windowExpiresAt: null, startedAt });
    const deadline = new Date(startedAt.getTime() + 24 * HOUR);
    expect((await expire(unanswered.id, deadline)).result).toMatchObject({ result: "closed" });
    const closed = await state(unanswered.id);
    expect(closed.status).toBe("CLOSED");
    expect(closed.closedAt).toBeInstanceOf(Date);
    expect(await history(unanswered.id)).toEqual(["CONVERSATION_STARTED", "CONVERSATION_CLOSED"]);
  });

  it("follows a business-initiated conversation restarted after the arm to its new reply time", async () => {
    const restartedAt = new Date(Date.now() - HOUR);
    const restarted = await conversation({ initiatedBy: Initiator.BUSINESS, windowExpiresAt: null, startedAt: restartedAt });
    const staleDeadline = new Date(restartedAt.getTime() - 2 * HOUR + 24 * HOUR);
    const run = await expire(restarted.id, staleDeadline);
    // It follows the restart: the reply time counts from the latest start.
    expect(run.sleeps.map((s) => s.duration)).toEqual([staleDeadline, new Date(restartedAt.getTime() + 24 * HOUR)]);
    expect(run.result).toMatchObject({ result: "closed" });
  });

  it("leaves a conversation already closed by hand as it is", async () => {
    const end = new Date();
    const open = await conversation({ initiatedBy: Initiator.LEAD, windowExpiresAt: end });
    await db().conversation.update({ where: { id: open.id }, data: { status: ConversationStatus.CLOSED, closedAt: new Date() } });
    expect((await expire(open.id, end)).result).toMatchObject({ result: "not-open" });
    expect(await history(open.id)).toEqual([]);
  });
});

describe("expireOverdueConversations (the 5-minute sweep)", () => {
  it("ends windows that passed without a sleeper, and only those", async () => {
    const passed = await conversation({ initiatedBy: Initiator.LEAD, windowExpiresAt: new Date(Date.now() - 60_000) });
    const running = await conversation({ initiatedBy: Initiator.LEAD, windowExpiresAt: new Date(Date.now() + HOUR) });
    const unanswered = await conversation({ initiatedBy: Initiator.BUSINESS, windowExpiresAt: null, startedAt: new Date(Date.now() - 3 * HOUR), windowHours: 2 });
    const fresh = await conversation({ initiatedBy: Initiator.BUSINESS, windowExpiresAt: null, startedAt: new Date(Date.now() - HOUR), windowHours: 2 });

    const counts = await expireOverdueConversations(db());
    expect(counts.expired).toBeGreaterThanOrEqual(1);
    expect(counts.closed).toBeGreaterThanOrEqual(1);
    expect((await state(passed.id)).status).toBe("EXPIRED");
    expect((await state(unanswered.id)).status).toBe("CLOSED");
    expect((await state(running.id)).status).toBe("OPEN");
    expect((await state(fresh.id)).status).toBe("OPEN");
  });

  it("closes a whole campaign's unanswered conversations in one sweep, past its batches of 200", async () => {
    const startedAt = new Date(Date.now() - 3 * HOUR);
    const unanswered = [];
    for (let i = 0; i < 250; i += 25) {
      unanswered.push(...(await Promise.all(Array.from({ length: 25 }, () => conversation({ initiatedBy: Initiator.BUSINESS, windowExpiresAt: null, startedAt, windowHours: 2 })))));
    }
    await expireOverdueConversations(db());
    const open = await db().conversation.count({ where: { id: { in: unanswered.map((c) => c.id) }, status: ConversationStatus.OPEN } });
    expect(open).toBe(0);
  });
});
