import { seedDevelopment } from "@/prisma/seed/catalog";
import { seedChannel, seedTemplate } from "@/prisma/seed/channels";
import { seedLead } from "@/prisma/seed/leads";
import { seedUser } from "@/prisma/seed/users";
import { loadActor } from "@/server/auth/load-actor";
import type { Push } from "@/server/realtime/channels";
import { testDb } from "@/test/db";
import { recordingJobs } from "@/test/recording-jobs";

// Every moment of the day is inside these sending hours: tests that are not about them ignore the clock.
export const ALL_DAY = { sendingFromMinute: 0, sendingUntilMinute: 24 * 60 };

/**
 * A channel with its approved template ("Olá {{1}}, aqui é {{2}}… {{3}}"), an owner broker whose
 * leads (each with a development) make the segment, a campaign creator, and recording deps.
 */
export async function campaignWorld(options: { leads: number; messagingTier?: string | null; throughputMps?: number; hours?: { sendingFromMinute: number; sendingUntilMinute: number }; startsAt?: Date }) {
  const db = testDb();
  const channel = await seedChannel(db, { throughputMps: options.throughputMps ?? 80 });
  if (options.messagingTier !== undefined) await db.channel.update({ where: { id: channel.id }, data: { messagingTier: options.messagingTier } });
  const template = await seedTemplate(db, { channelId: channel.id });
  const owner = await seedUser(db, { profile: "broker" });
  const creatorUser = await seedUser(db, { profile: "admin" });
  const creator = (await loadActor(db, creatorUser.id))!;
  const development = await seedDevelopment(db, { media: [] });
  const leads = [];
  for (let i = 0; i < options.leads; i += 25) {
    const batch = Array.from({ length: Math.min(25, options.leads - i) }, () => seedLead(db, { ownerId: owner.id, developmentIds: [development.id] }));
    leads.push(...(await Promise.all(batch)));
  }
  const campaign = await db.campaign.create({
    data: {
      name: "Lançamento Jardins",
      channelId: channel.id,
      templateId: template.id,
      segment: { ownerIds: [owner.id] },
      ...(options.hours ?? ALL_DAY),
      startsAt: options.startsAt ?? null,
      createdById: creator.id,
    },
  });
  const recorded = recordingJobs();
  const pushes: Push[] = [];
  const deps = { jobs: recorded.jobs, publish: async (batch: Push[]) => void pushes.push(...batch) };
  return { db, channel, template, owner, creator, development, leads, campaign, recorded, pushes, deps };
}

export async function recipientsByStatus(campaignId: string) {
  const rows = await testDb().campaignRecipient.groupBy({ by: ["status"], where: { campaignId }, _count: true });
  return Object.fromEntries(rows.map((r) => [r.status, r._count]));
}
