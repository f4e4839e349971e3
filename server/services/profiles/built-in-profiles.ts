import "server-only";
import type { Db } from "@/server/db";
import { ALL_PERMISSIONS, Permission } from "@/server/auth/permissions";

// Base data every install needs (not demo data): `npm run admin:create` creates them on an empty
// production database; the demo seed and the tests use the same definitions.
export const BUILT_IN_PROFILES = {
  admin: { name: "Administrador", description: "Acesso total, incluindo perfis e usuários.", isAdmin: true, permissions: ALL_PERMISSIONS },
  manager: {
    name: "Gestor",
    description: "Vê e distribui todas as conversas; cuida de filas, templates e mensagens padrão.",
    isAdmin: false,
    permissions: [
      Permission.INBOX_USE,
      Permission.ACTIVE_SEND,
      Permission.INBOX_MANAGE,
      Permission.TEMPLATES_MANAGE,
      Permission.STANDARD_MESSAGES_MANAGE,
      Permission.QUEUES_MANAGE,
      Permission.DEVELOPMENTS_MANAGE,
    ],
  },
  broker: {
    name: "Corretor",
    description: "Atende os leads no Comunicador e inicia conversas com templates aprovados.",
    isAdmin: false,
    permissions: [Permission.INBOX_USE, Permission.ACTIVE_SEND],
  },
} as const;

export type ProfileKind = keyof typeof BUILT_IN_PROFILES;

// Finds the built-in profile by name, creating it when missing; an existing one is left as it is.
export async function ensureBuiltInProfile(db: Db, kind: ProfileKind) {
  const profile = BUILT_IN_PROFILES[kind];
  const upsert = () =>
    db.accessProfile.upsert({ where: { name: profile.name }, update: {}, create: { ...profile, permissions: [...profile.permissions] } });
  // Two concurrent upserts of a missing row both try to insert; the loser finds the winner's row.
  return upsert().catch(upsert);
}
