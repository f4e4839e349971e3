import type { PrismaClient } from "../../generated/prisma/client";
import { hashPassword } from "../../server/services/auth/password";
import { seedProfile, type ProfileKind } from "./profiles";
import { uniqueSuffix } from "./unique";

export const DEMO_PASSWORD = "comunicador123";

let demoHash: Promise<string> | undefined;

export type SeedUserInput = {
  profile?: ProfileKind;
  accessProfileId?: string;
  name?: string;
  email?: string;
  password?: string;
  canCommunicate?: boolean;
  active?: boolean;
};

export async function seedUser(db: PrismaClient, input: SeedUserInput = {}) {
  const suffix = uniqueSuffix();
  const accessProfileId = input.accessProfileId ?? (await seedProfile(db, input.profile ?? "broker")).id;
  demoHash ??= hashPassword(DEMO_PASSWORD);
  const passwordHash = input.password ? await hashPassword(input.password) : await demoHash;
  return db.user.create({
    data: {
      name: input.name ?? `Usuário ${suffix}`,
      email: (input.email ?? `user-${suffix}@teste.comunicador.dev`).toLowerCase(),
      passwordHash,
      accessProfileId,
      canCommunicate: input.canCommunicate ?? true,
      active: input.active ?? true,
    },
    include: { accessProfile: true },
  });
}
