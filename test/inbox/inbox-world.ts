import type { Push } from "@/server/realtime/channels";
import { loadActor } from "@/server/auth/load-actor";
import type { Db } from "@/server/db";
import type { OutboundDeps } from "@/server/services/messages/outbound-deps";
import { recordingJobs } from "@/test/recording-jobs";
import { seedChannel } from "@/prisma/seed/channels";
import { seedConversation, seedLead } from "@/prisma/seed/leads";
import { seedUser } from "@/prisma/seed/users";
import { MessageDirection } from "@/generated/prisma/enums";

// Test support for the inbox's integration tests: a channel, a manager, two brokers, a user
// without the inbox, and a conversation assigned to the first broker with its window open.
export async function actorOf(db: Db, user: { id: string }) {
  const actor = await loadActor(db, user.id);
  if (!actor) throw new Error(`user ${user.id} not loadable`);
  return actor;
}

export async function inboxWorld(db: Db) {
  const channel = await seedChannel(db);
  // One at a time: the built-in profiles are upserted by name.
  const admin = await seedUser(db, { profile: "admin", name: "Admin Teste" });
  const manager = await seedUser(db, { profile: "manager", name: "Gestor Teste" });
  const ana = await seedUser(db, { profile: "broker", name: "Ana Teste" });
  const bruno = await seedUser(db, { profile: "broker", name: "Bruno Teste" });
  const noInbox = await db.accessProfile.create({ data: { name: `Sem inbox ${channel.id}`, permissions: ["USERS_MANAGE"] } });
  const outsider = await seedUser(db, { accessProfileId: noInbox.id });
  const lead = await seedLead(db, { name: "Maria Teste", ownerId: ana.id });
  const conversation = await seedConversation(db, {
    leadId: lead.id,
    channelId: channel.id,
    assigneeId: ana.id,
    messages: [
      { direction: MessageDirection.INBOUND, body: "Oi, tem unidade de 2 dormitórios?", minutesAgo: 30 },
      { direction: MessageDirection.OUTBOUND, body: "Tem sim!", minutesAgo: 20 },
      { direction: MessageDirection.INBOUND, body: "Pode mandar a planta?", minutesAgo: 10 },
    ],
  });
  const actors = {
    admin: await actorOf(db, admin),
    manager: await actorOf(db, manager),
    ana: await actorOf(db, ana),
    bruno: await actorOf(db, bruno),
    outsider: await actorOf(db, outsider),
  };
  return { channel, lead, conversation, users: { admin, manager, ana, bruno, outsider }, actors };
}

export function captureDeps(now = () => new Date()) {
  const { jobs, sends } = recordingJobs();
  const pushes: Push[] = [];
  const deps: OutboundDeps = {
    jobs,
    publish: async (batch) => void pushes.push(...batch),
    now,
  };
  return { deps, sends, pushes };
}
