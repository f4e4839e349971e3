import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db";
import { ALL_PERMISSIONS, type Actor, type Permission } from "@/server/auth/permissions";
import { AppError } from "@/server/errors";
import { auditProfileChange } from "./audit-profile";
import { assertCanGrant } from "./assert-can-grant";
import type { ProfileInput } from "./profile-schemas";
import { isUniqueViolation } from "@/server/db-errors";

type Tx = Prisma.TransactionClient;

async function assertNameFree(tx: Tx, name: string, exceptId?: string) {
  const clash = await tx.accessProfile.findFirst({
    where: { name: { equals: name, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (clash) throw new AppError("CONFLICT", "profiles.nameTaken", { name });
}

// The name check above runs first; a concurrent insert with the same name still lands here.
function rethrowNameClash(error: unknown, name: string): never {
  if (isUniqueViolation(error)) throw new AppError("CONFLICT", "profiles.nameTaken", { name });
  throw error;
}

const unique = (permissions: Permission[]) => [...new Set(permissions)];

export async function createProfile(db: Db, actor: Actor, input: ProfileInput) {
  try {
    assertCanGrant(actor, input.permissions);
    return await db.$transaction(async (tx) => {
      await assertNameFree(tx, input.name);
      const profile = await tx.accessProfile.create({
        data: { name: input.name, description: input.description || null, permissions: unique(input.permissions) },
        select: { id: true, name: true },
      });
      await auditProfileChange(tx, actor, profile.id, "profile.created", { name: profile.name, permissions: unique(input.permissions) });
      return profile;
    });
  } catch (error) {
    rethrowNameClash(error, input.name);
  }
}

export async function updateProfile(db: Db, actor: Actor, input: ProfileInput & { id: string }) {
  try {
    return await db.$transaction(async (tx) => {
      const current = await tx.accessProfile.findUnique({ where: { id: input.id }, select: { id: true, isAdmin: true, permissions: true } });
      if (!current) throw new AppError("NOT_FOUND", "profiles.notFound");
      if (current.isAdmin) throw new AppError("PRECONDITION_FAILED", "profiles.adminReadOnly");
      await assertNameFree(tx, input.name, current.id);
      const permissions = unique(input.permissions);
      assertCanGrant(actor, permissions.filter((p) => !current.permissions.includes(p)));
      const profile = await tx.accessProfile.update({
        where: { id: current.id },
        data: { name: input.name, description: input.description || null, permissions },
        select: { id: true, name: true },
      });
      await auditProfileChange(tx, actor, profile.id, "profile.updated", {
        name: profile.name,
        added: permissions.filter((p) => !current.permissions.includes(p)),
        removed: current.permissions.filter((p) => !permissions.includes(p)),
      });
      return profile;
    });
  } catch (error) {
    rethrowNameClash(error, input.name);
  }
}

// A clone never copies the Administrator flag (administration stays with the built-in profile);
// cloning it gives an ordinary profile listing every permission.
export async function cloneProfile(db: Db, actor: Actor, input: { id: string; name: string }) {
  try {
    return await db.$transaction(async (tx) => {
      const source = await tx.accessProfile.findUnique({ where: { id: input.id }, select: { id: true, name: true, description: true, isAdmin: true, permissions: true } });
      if (!source) throw new AppError("NOT_FOUND", "profiles.notFound");
      await assertNameFree(tx, input.name);
      const permissions = source.isAdmin ? [...ALL_PERMISSIONS] : source.permissions;
      assertCanGrant(actor, permissions);
      const profile = await tx.accessProfile.create({
        data: { name: input.name, description: source.description, permissions },
        select: { id: true, name: true },
      });
      await auditProfileChange(tx, actor, profile.id, "profile.cloned", { name: profile.name, fromId: source.id, fromName: source.name });
      return profile;
    });
  } catch (error) {
    rethrowNameClash(error, input.name);
  }
}
