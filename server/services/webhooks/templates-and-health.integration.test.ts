import { beforeEach, describe, expect, it, vi } from "vitest";
import { TemplateStatus } from "@/generated/prisma/client";
import { getDb } from "@/server/db";
import { accountUpdateWebhook, phoneNumberQualityWebhook, templateStatusWebhook } from "@/dev/whatsapp-sandbox/meta-webhook-bodies";
import { publish } from "@/server/realtime/publish";
import { inboxChannel, settingsChannel } from "@/server/realtime/channels";
import { seedTemplate } from "@/prisma/seed/channels";
import { seedUser } from "@/prisma/seed/users";
import { healthProblemText } from "@/app/_i18n/stored-texts";
import { healthProblemView, lowQualityProblem } from "@/server/services/channels/health-problem";
import { CHANNEL_HEALTH_PROBLEM } from "@/server/services/channels/warn-channel-managers";
import { translator } from "@/test/translator";
import { postWebhook, seedWebhookChannel } from "@/test/webhooks/webhook-kit";

vi.mock("@/server/realtime/publish", () => ({ publish: vi.fn(async () => undefined) }));

const db = () => getDb();

async function pendingTemplate() {
  const { channel } = await seedWebhookChannel(db());
  const template = await seedTemplate(db(), { channelId: channel.id, status: TemplateStatus.PENDING });
  const decide = (event: string, reason?: string | null) => {
    const body = templateStatusWebhook({ wabaId: channel.wabaId, event, templateId: template.metaTemplateId ?? "", name: template.name, language: template.language, reason });
    // `null` here means "Meta sent no reason field at all".
    if (reason === null) delete body.entry[0]?.changes[0]?.value.reason;
    return postWebhook(body);
  };
  const reload = () => db().messageTemplate.findUniqueOrThrow({ where: { id: template.id } });
  return { channel, template, decide, reload };
}

beforeEach(() => vi.mocked(publish).mockClear());

describe("template status updates", () => {
  it("approves, sets decidedAt and tells the settings screen", async () => {
    const { channel, template, decide, reload } = await pendingTemplate();
    expect((await decide("APPROVED")).status).toBe(200);
    const after = await reload();
    expect(after).toMatchObject({ status: "APPROVED", rejectedReason: null });
    expect(after.decidedAt).not.toBeNull();
    const pushes = vi.mocked(publish).mock.calls.flatMap(([list]) => list);
    expect(pushes).toContainEqual({ channel: settingsChannel, event: { name: "template.updated", data: { templateId: template.id, channelId: channel.id, status: "APPROVED" } } });
    expect((await db().channel.findUniqueOrThrow({ where: { id: channel.id } })).lastWebhookAt).not.toBeNull();
  });

  it("rejects without a reason when Meta says NONE or nothing, and keeps a real reason", async () => {
    const none = await pendingTemplate();
    await none.decide("REJECTED", "NONE");
    expect(await none.reload()).toMatchObject({ status: "REJECTED", rejectedReason: null });
    const absent = await pendingTemplate();
    await absent.decide("REJECTED", null);
    expect(await absent.reload()).toMatchObject({ status: "REJECTED", rejectedReason: null });
    const reasoned = await pendingTemplate();
    await reasoned.decide("REJECTED", "INVALID_FORMAT");
    expect(await reasoned.reload()).toMatchObject({ status: "REJECTED", rejectedReason: "INVALID_FORMAT" });
  });

  it("pauses and disables an approved template", async () => {
    const { decide, reload } = await pendingTemplate();
    await decide("APPROVED");
    await decide("PAUSED");
    expect((await reload()).status).toBe("PAUSED");
    await decide("DISABLED");
    expect((await reload()).status).toBe("DISABLED");
  });

  it("finds a template without Meta's id by WABA, name and language, and records the id", async () => {
    const { channel, template, reload } = await pendingTemplate();
    await db().messageTemplate.update({ where: { id: template.id }, data: { metaTemplateId: null } });
    await postWebhook(templateStatusWebhook({ wabaId: channel.wabaId, event: "APPROVED", templateId: "998877665544332", name: template.name, language: template.language }));
    expect(await reload()).toMatchObject({ status: "APPROVED", metaTemplateId: "998877665544332" });
  });

  it("leaves templates alone for events that decide nothing", async () => {
    const { decide, reload } = await pendingTemplate();
    await decide("FLAGGED");
    expect((await reload()).status).toBe("PENDING");
  });
});

describe("channel health", () => {
  it("records quality flags and the messaging tier", async () => {
    const { channel, business } = await seedWebhookChannel(db());
    const quality = (event: "FLAGGED" | "UNFLAGGED", currentLimit: string) =>
      postWebhook(phoneNumberQualityWebhook({ wabaId: business.wabaId, displayPhoneNumber: business.displayPhoneNumber, event, currentLimit }));
    await quality("FLAGGED", "TIER_1K");
    expect(await db().channel.findUniqueOrThrow({ where: { id: channel.id } })).toMatchObject({ qualityRating: "RED", messagingTier: "TIER_1K", healthProblemCode: "qualityRed", healthProblem: null });
    await quality("UNFLAGGED", "TIER_10K");
    const after = await db().channel.findUniqueOrThrow({ where: { id: channel.id } });
    expect(after).toMatchObject({ qualityRating: "GREEN", messagingTier: "TIER_10K", healthProblemCode: null, healthProblem: null });
    expect(after.lastWebhookAt).not.toBeNull();
  });

  it("warns the channel managers once when Meta flags the number, as the health check would", async () => {
    const manager = await seedUser(db(), { profile: "admin" });
    const { channel, business } = await seedWebhookChannel(db());
    const flag = () => postWebhook(phoneNumberQualityWebhook({ wabaId: business.wabaId, displayPhoneNumber: business.displayPhoneNumber, event: "FLAGGED", currentLimit: "TIER_1K" }));
    const warnings = () => db().notification.findMany({ where: { userId: manager.id, kind: CHANNEL_HEALTH_PROBLEM, data: { path: ["channelId"], equals: channel.id } } });
    await flag();
    expect(await warnings()).toEqual([
      expect.objectContaining({ data: { channelId: channel.id, channelName: channel.name, problemCode: lowQualityProblem.code, problemParams: lowQualityProblem.params } }),
    ]);
    const pushed = vi.mocked(publish).mock.calls.flat(2).map((p) => `${p.channel} ${p.event.name}`);
    expect(pushed).toContain(`${inboxChannel(manager.id)} notification.created`);
    await flag();
    expect(await warnings()).toHaveLength(1);
  });

  it("matches the number among the WABA's channels", async () => {
    const { channel, business } = await seedWebhookChannel(db());
    const { channel: sibling } = await seedWebhookChannel(db(), { wabaId: channel.wabaId });
    await postWebhook(phoneNumberQualityWebhook({ wabaId: business.wabaId, displayPhoneNumber: business.displayPhoneNumber, event: "FLAGGED", currentLimit: "TIER_250" }));
    expect((await db().channel.findUniqueOrThrow({ where: { id: channel.id } })).qualityRating).toBe("RED");
    expect((await db().channel.findUniqueOrThrow({ where: { id: sibling.id } })).qualityRating).toBeNull();
  });

  it("turns account restrictions and bans into a status and a problem the screens write in pt-BR and English", async () => {
    const { channel, business } = await seedWebhookChannel(db());
    await postWebhook(accountUpdateWebhook({ wabaId: business.wabaId, event: "ACCOUNT_RESTRICTION", restrictionType: "RESTRICTED_ADD_PHONE_NUMBER_ACTION" }));
    const restricted = await db().channel.findUniqueOrThrow({ where: { id: channel.id } });
    expect(restricted.accountStatus).toBe("RESTRICTED");
    expect(restricted).toMatchObject({ healthProblem: null, healthProblemCode: "accountRestricted", healthProblemParams: { types: "RESTRICTED_ADD_PHONE_NUMBER_ACTION" } });
    const problem = healthProblemView(restricted)!;
    expect(healthProblemText(translator("pt-BR"), problem)).toMatch(/restringiu a conta \(RESTRICTED_ADD_PHONE_NUMBER_ACTION\)/);
    expect(healthProblemText(translator("en"), problem)).toMatch(/restricted the account \(RESTRICTED_ADD_PHONE_NUMBER_ACTION\)/);
    await postWebhook(accountUpdateWebhook({ wabaId: business.wabaId, event: "ACCOUNT_VIOLATION", violationType: "SCAM" }));
    expect((await db().channel.findUniqueOrThrow({ where: { id: channel.id } })).accountStatus).toBe("VIOLATION");
  });
});
