// Test support for the "Nova conversa" integration tests (not imported by the app).
import { ChannelMode, Permission, TemplateStatus } from "@/generated/prisma/enums";
import type { PrismaClient } from "@/generated/prisma/client";
import { seedChannel, seedTemplate } from "@/prisma/seed/channels";
import { seedLead } from "@/prisma/seed/leads";
import { seedUser, type SeedUserInput } from "@/prisma/seed/users";
import { uniqueSuffix } from "@/prisma/seed/unique";
import { TRPCError } from "@trpc/server";
import { loadActor } from "@/server/auth/load-actor";
import { AppError } from "@/server/errors";
import { translateError } from "@/server/i18n/translate-error";
import type { Push } from "@/server/realtime/channels";
import { recordingJobs } from "@/test/recording-jobs";
import type { StartDeps } from "@/server/services/conversations/start-deps";

export async function actorFor(db: PrismaClient, input: SeedUserInput = {}) {
  const user = await seedUser(db, { profile: "broker", name: `Corretora ${uniqueSuffix()}`, ...input });
  const actor = await loadActor(db, user.id);
  if (!actor) throw new Error("actor not loaded");
  return { user, actor };
}

export async function profileWith(db: PrismaClient, permissions: Permission[]) {
  return db.accessProfile.create({ data: { name: `Perfil ${uniqueSuffix()}`, permissions } });
}

/** A broker with an active channel, its approved 3-variable template and a lead of their own. */
export async function startScene(db: PrismaClient, options: { user?: SeedUserInput } = {}) {
  const { user, actor } = await actorFor(db, options.user);
  const developments = await Promise.all(
    ["A", "B"].map((letter) => db.development.create({ data: { name: `Residencial ${letter} ${uniqueSuffix()}` } })),
  );
  const channel = await seedChannel(db, { name: `Vendas ${uniqueSuffix()}`, mode: ChannelMode.ACTIVE });
  const template = await seedTemplate(db, { channelId: channel.id, status: TemplateStatus.APPROVED });
  const lead = await seedLead(db, { name: `Maria ${uniqueSuffix()}`, ownerId: user.id, developmentIds: developments.map((d) => d.id) });
  // seedLead connects developments in one go; the service picks the first by name.
  const [firstDevelopment, secondDevelopment] = [...developments].sort((a, b) => a.name.localeCompare(b.name));
  return { user, actor, channel, template, lead, firstDevelopment: firstDevelopment!, secondDevelopment: secondDevelopment! };
}

export function capturingDeps() {
  const sends: string[][] = [];
  const pushes: Push[][] = [];
  // The real jobs port, recording: one array of message ids per send request, each window armed.
  const recorded = recordingJobs({ onSends: (batch) => sends.push(batch.map((send) => send.messageId)) });
  const deps: StartDeps = {
    jobs: recorded.jobs,
    publish: async (batch) => {
      pushes.push(batch);
    },
  };
  return { deps, sends, pushes, armed: recorded.armed };
}

export const requestId = () => `req-${uniqueSuffix()}${uniqueSuffix()}`;

/** What the browser would read: the tRPC code and the pt-BR text the error formatter sends. */
export async function refusalOf(call: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await call;
  } catch (error) {
    const cause = error instanceof TRPCError ? error.cause : error;
    if (cause instanceof AppError) return { code: cause.code, message: translateError("pt-BR", cause.key, cause.params) };
    throw error;
  }
  throw new Error("expected a refusal, the call succeeded");
}
