import { describe, expect, it, vi } from "vitest";
import { runFunction } from "@/test/inngest/test-engine";
import { sandboxForThisFile } from "@/test/inngest/test-sandbox";
import { seedChannel } from "@/prisma/seed/channels";
import { seedUser } from "@/prisma/seed/users";
import { checkChannelHealth } from "@/server/services/channels/check-channel-health";
import { CHANNEL_HEALTH_PROBLEM } from "@/server/services/channels/warn-channel-managers";
import { testDb } from "@/test/db";
import { checkChannelsHealth } from "./check-channel-health";
import { healthProblemText, notificationText } from "@/app/_i18n/stored-texts";
import type { Actor } from "@/server/auth/permissions";
import { getNotification } from "@/server/services/inbox/get-notification";
import { translator } from "@/test/translator";

vi.mock("@/server/realtime/publish", () => ({ publish: vi.fn(async () => undefined) }));
// The hourly run checks every enabled channel; here only this file's, so that other test files'
// channels (same database, run in parallel) are left alone.
const mine = new Set<string>();
vi.mock("@/server/services/channels/check-channel-health", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/server/services/channels/check-channel-health")>();
  return { ...original, listChannelsToCheck: async (db: Parameters<typeof original.listChannelsToCheck>[0]) => (await original.listChannelsToCheck(db)).filter((id) => mine.has(id)) };
});

const db = () => testDb();
const sandbox = sandboxForThisFile();

const problemsFor = (userId: string, channelId: string) =>
  db().notification.findMany({ where: { userId, kind: CHANNEL_HEALTH_PROBLEM, data: { path: ["channelId"], equals: channelId } } });

describe("channel/health", () => {
  it("checks every enabled channel on its hourly run and stores quality, tier and status", async () => {
    const channel = await seedChannel(db());
    const disabled = await seedChannel(db());
    await db().channel.update({ where: { id: disabled.id }, data: { enabled: false } });
    mine.add(channel.id).add(disabled.id);
    await sandbox.registerNumber(channel, { qualityRating: "YELLOW" });
    const run = await runFunction(checkChannelsHealth, { name: "inngest/scheduled.timer", data: { cron: "0 * * * *" } });
    expect(run.error).toBeUndefined();
    const stored = await db().channel.findUniqueOrThrow({ where: { id: channel.id } });
    expect(stored).toMatchObject({ tokenValid: true, qualityRating: "YELLOW", messagingTier: "TIER_1K", accountStatus: "CONNECTED", healthProblem: null, healthProblemCode: null });
    expect(stored.healthCheckedAt).toBeInstanceOf(Date);
    expect((await db().channel.findUniqueOrThrow({ where: { id: disabled.id } })).healthCheckedAt).toBeNull();
  });

  it("warns the channel managers once when a problem appears (quality RED), not on every check", async () => {
    const manager = await seedUser(db(), { profile: "admin" });
    const broker = await seedUser(db(), { profile: "broker" });
    const channel = await seedChannel(db());
    await sandbox.registerNumber(channel, { qualityRating: "RED" });

    const first = await checkChannelHealth(db(), channel.id);
    expect(first.problem).toEqual({ code: "qualityRed", params: {} });
    expect(healthProblemText(translator("pt-BR"), first.problem!)).toContain("qualidade do número está baixa");
    const [notice] = await problemsFor(manager.id, channel.id);
    expect(notice).toMatchObject({ title: null, body: null, data: { channelName: channel.name, problemCode: "qualityRed" } });
    const text = notificationText(translator("pt-BR"), (await getNotification(db(), { id: manager.id } as Actor, notice!.id))!);
    expect(text).toEqual({ title: `Problema no canal “${channel.name}”`, body: healthProblemText(translator("pt-BR"), first.problem!) });
    expect(await problemsFor(manager.id, channel.id)).toHaveLength(1);
    expect(await problemsFor(broker.id, channel.id)).toEqual([]);

    await checkChannelHealth(db(), channel.id);
    expect(await problemsFor(manager.id, channel.id)).toHaveLength(1);

    await sandbox.registerNumber(channel, { qualityRating: "GREEN" });
    expect((await checkChannelHealth(db(), channel.id)).problem).toBeNull();
    expect(await db().channel.findUniqueOrThrow({ where: { id: channel.id } })).toMatchObject({ healthProblem: null, healthProblemCode: null });
  });

  it("marks the token invalid when Meta refuses it (190)", async () => {
    const manager = await seedUser(db(), { profile: "admin" });
    const channel = await seedChannel(db(), { accessToken: "token-revogado" });
    const result = await checkChannelHealth(db(), channel.id);
    expect(result.problem).toEqual({ code: "metaError", params: { code: 190 } });
    expect(healthProblemText(translator("pt-BR"), result.problem!)).toContain("token de acesso do canal expirou");
    expect(await db().channel.findUniqueOrThrow({ where: { id: channel.id } })).toMatchObject({ tokenValid: false });
    expect(await problemsFor(manager.id, channel.id)).toHaveLength(1);
  });
});
