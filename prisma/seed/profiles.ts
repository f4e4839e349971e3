import type { PrismaClient } from "../../generated/prisma/client";
import { ensureBuiltInProfile, type ProfileKind } from "../../server/services/profiles/built-in-profiles";

export type { ProfileKind };

export function seedProfile(db: PrismaClient, kind: ProfileKind) {
  return ensureBuiltInProfile(db, kind);
}
