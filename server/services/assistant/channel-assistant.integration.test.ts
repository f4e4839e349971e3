import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { seedChannel } from "@/prisma/seed/channels";
import { uniqueSuffix } from "@/prisma/seed/unique";
import { seedUser } from "@/prisma/seed/users";
import { loadActor } from "@/server/auth/load-actor";
import { Permission } from "@/server/auth/permissions";
import { ScriptedAiProvider } from "@/test/assistant/scripted-ai-provider";
import { callerFor } from "@/test/caller";
import { testDb } from "@/test/db";
import { createAssistantGateway } from "./assistant-gateway";
import { assistantUsage } from "./assistant-usage";
import { getChannelAssistant, setChannelAssistant } from "./channel-assistant";

async function actorOf(user: { id: string }) {
  const actor = await loadActor(testDb(), user.id);
  if (!actor) throw new Error("actor not loaded");
  return actor;
}

const auditOf = (channelId: string) =>
  testDb().auditLog.findMany({ where: { entityType: "Channel", entityId: channelId }, orderBy: [{ createdAt: "asc" }, { action: "asc" }] });

describe("the channel's assistant switch", () => {
  it("is off by default, with contact data masked", async () => {
    const channel = await seedChannel(testDb());
    expect(await getChannelAssistant(testDb(), channel.id, () => null)).toEqual({ enabled: false, sharesContactData: false, provider: null });
    const provider = new ScriptedAiProvider({ model: "llama3.1:8b", standIn: true });
    expect(await getChannelAssistant(testDb(), channel.id, () => provider)).toMatchObject({ provider: { model: "llama3.1:8b", standIn: true } });
  });

  it("is turned on by an administrator and audited with before and after", async () => {
    const channel = await seedChannel(testDb());
    const admin = await seedUser(testDb(), { profile: "admin" });
    const result = await setChannelAssistant(testDb(), await actorOf(admin), channel.id, { enabled: true, sharesContactData: false });
    expect(result).toEqual({ changed: true, enabled: true, sharesContactData: false });
    expect(await testDb().channel.findUniqueOrThrow({ where: { id: channel.id } })).toMatchObject({ assistantEnabled: true, assistantSharesContactData: false });
    expect(await auditOf(channel.id)).toMatchObject([
      {
        action: "channel.assistant.enabled",
        actorId: admin.id,
        data: { name: channel.name, before: { enabled: false, sharesContactData: false }, after: { enabled: true, sharesContactData: false } },
      },
    ]);
  });

  it("audits each switch that moved as its own entry, and nothing when nothing moved", async () => {
    const channel = await seedChannel(testDb());
    const actor = await actorOf(await seedUser(testDb(), { profile: "admin" }));
    await setChannelAssistant(testDb(), actor, channel.id, { enabled: true, sharesContactData: true });
    expect((await auditOf(channel.id)).map((e) => e.action).sort()).toEqual(["channel.assistant.contact_data_shared", "channel.assistant.enabled"]);
    expect(await setChannelAssistant(testDb(), actor, channel.id, { enabled: true, sharesContactData: true })).toMatchObject({ changed: false });
    await setChannelAssistant(testDb(), actor, channel.id, { enabled: false, sharesContactData: false });
    const actions = (await auditOf(channel.id)).map((e) => e.action);
    expect(actions).toHaveLength(4);
    expect(actions.slice(2).sort()).toEqual(["channel.assistant.contact_data_masked", "channel.assistant.disabled"]);
  });

  it("is refused by the service to an actor without the channels permission", async () => {
    const channel = await seedChannel(testDb());
    const manager = await actorOf(await seedUser(testDb(), { profile: "manager" }));
    await expect(setChannelAssistant(testDb(), manager, channel.id, { enabled: true, sharesContactData: true })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await testDb().channel.findUniqueOrThrow({ where: { id: channel.id } })).toMatchObject({ assistantEnabled: false });
    expect(await auditOf(channel.id)).toEqual([]);
  });

  it("answers NOT_FOUND for a channel that does not exist", async () => {
    const actor = await actorOf(await seedUser(testDb(), { profile: "admin" }));
    await expect(setChannelAssistant(testDb(), actor, "nao-existe", { enabled: true, sharesContactData: false })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("the assistant's procedures, by role", () => {
  async function roles() {
    const channelsOnly = await testDb().accessProfile.create({ data: { name: `Só canais ${uniqueSuffix()}`, permissions: [Permission.CHANNELS_MANAGE] } });
    return {
      admin: await seedUser(testDb(), { profile: "admin" }),
      channelsManager: await seedUser(testDb(), { accessProfileId: channelsOnly.id }),
      manager: await seedUser(testDb(), { profile: "manager" }),
      broker: await seedUser(testDb(), { profile: "broker" }),
    };
  }

  async function outcome(run: () => Promise<unknown>) {
    try {
      await run();
      return "OK";
    } catch (error) {
      return error instanceof TRPCError ? error.code : "ERROR";
    }
  }

  it("lets administrators and channel managers read and set it; managers and brokers get FORBIDDEN; no session, UNAUTHORIZED", async () => {
    const channel = await seedChannel(testDb());
    const channelId = channel.id;
    const users = await roles();
    const expected = { admin: "OK", channelsManager: "OK", manager: "FORBIDDEN", broker: "FORBIDDEN" } as const;
    for (const [role, user] of Object.entries(users) as [keyof typeof expected, { id: string }][]) {
      const api = callerFor(user);
      const seen = {
        assistantSettings: await outcome(() => api.channels.assistantSettings({ channelId })),
        setAssistant: await outcome(() => api.channels.setAssistant({ channelId, enabled: role === "admin", sharesContactData: false })),
        assistantUsage: await outcome(() => api.channels.assistantUsage({ channelId })),
        assistantCalls: await outcome(() => api.channels.assistantCalls({ channelId })),
      };
      expect({ role, seen }).toEqual({ role, seen: { assistantSettings: expected[role], setAssistant: expected[role], assistantUsage: expected[role], assistantCalls: expected[role] } });
    }
    const anonymous = callerFor(null);
    expect(await outcome(() => anonymous.channels.setAssistant({ channelId, enabled: true, sharesContactData: true }))).toBe("UNAUTHORIZED");
    expect(await testDb().channel.findUniqueOrThrow({ where: { id: channelId } })).toMatchObject({ assistantEnabled: false });
    expect((await auditOf(channelId)).map((e) => [e.action, e.actorId])).toEqual([
      ["channel.assistant.enabled", users.admin.id],
      ["channel.assistant.disabled", users.channelsManager.id],
    ]);
  });

  it("shows the last calls and exactly what one of them sent", async () => {
    const channel = await seedChannel(testDb());
    const admin = await seedUser(testDb(), { profile: "admin" });
    await testDb().channel.update({ where: { id: channel.id }, data: { assistantEnabled: true } });
    const gateway = createAssistantGateway({ db: testDb(), getAiProvider: () => new ScriptedAiProvider() });
    await gateway.generate({ channelId: channel.id, feature: "QUALIFICATION", actorId: admin.id, system: "Extraia os campos.", prompt: "Lead: meu fone é 11 98765-4321" });
    const api = callerFor(admin);
    const calls = await api.channels.assistantCalls({ channelId: channel.id });
    expect(calls).toMatchObject([{ feature: "QUALIFICATION", outcome: "OK", model: "modelo-de-teste", actor: { name: admin.name }, sharedContactData: false }]);
    expect(calls[0]).not.toHaveProperty("prompt");
    expect(await api.channels.assistantCall({ channelId: channel.id, callId: calls[0]!.id })).toMatchObject({ system: "Extraia os campos.", prompt: "Lead: meu fone é [telefone]" });
    const other = await seedChannel(testDb());
    await expect(api.channels.assistantCall({ channelId: other.id, callId: calls[0]!.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("usage per day", () => {
  it("counts requests, errors and tokens per São Paulo day and feature over the last 30 days", async () => {
    const channel = await seedChannel(testDb());
    const now = new Date("2026-12-02T15:00:00Z");
    const at = (iso: string) => new Date(iso);
    const row = (createdAt: Date, feature: "SUGGESTION" | "SUMMARY", outcome: "OK" | "ERROR", inputTokens: number, outputTokens: number) => ({
      channelId: channel.id,
      feature,
      model: "m",
      system: "",
      prompt: "",
      sharedContactData: false,
      outcome,
      errorReason: outcome === "ERROR" ? "timeout" : null,
      durationMs: 10,
      inputTokens,
      outputTokens,
      createdAt,
    });
    await testDb().assistantCall.createMany({
      data: [
        row(at("2026-12-02T12:00:00Z"), "SUGGESTION", "OK", 100, 20),
        row(at("2026-12-02T13:00:00Z"), "SUGGESTION", "ERROR", 0, 0),
        row(at("2026-12-02T14:00:00Z"), "SUMMARY", "OK", 300, 50),
        // 01:30 UTC on the 2nd is still the 1st in São Paulo (UTC−3).
        row(at("2026-12-02T01:30:00Z"), "SUGGESTION", "OK", 10, 5),
        // The first of the 30 days, and one just before it.
        row(at("2026-11-03T03:00:00Z"), "SUMMARY", "OK", 7, 7),
        row(at("2026-11-03T02:59:00Z"), "SUMMARY", "OK", 1000, 1000),
      ],
    });
    const usage = await assistantUsage(testDb(), channel.id, now);
    expect(usage.days.map((d) => d.day)).toEqual(["2026-12-02", "2026-12-01", "2026-11-03"]);
    expect(usage.days[0]).toEqual({
      day: "2026-12-02",
      features: [
        { feature: "SUGGESTION", requests: 2, errors: 1, inputTokens: 100, outputTokens: 20 },
        { feature: "SUMMARY", requests: 1, errors: 0, inputTokens: 300, outputTokens: 50 },
      ],
      total: { requests: 3, errors: 1, inputTokens: 400, outputTokens: 70 },
    });
    expect(usage.total).toEqual({ requests: 5, errors: 1, inputTokens: 417, outputTokens: 82 });
  });

  it("is empty for a channel that never called the provider", async () => {
    const channel = await seedChannel(testDb());
    expect(await assistantUsage(testDb(), channel.id)).toEqual({ days: [], total: { requests: 0, errors: 0, inputTokens: 0, outputTokens: 0 } });
  });
});
