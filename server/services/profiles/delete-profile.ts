import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db";
import type { Actor } from "@/server/auth/permissions";
import { AppError } from "@/server/errors";
import { auditProfileChange } from "./audit-profile";

export async function deleteProfile(db: Db, actor: Actor, input: { id: string }) {
  try {
    return await db.$transaction(async (tx) => {
      const profile = await tx.accessProfile.findUnique({
        where: { id: input.id },
        select: { id: true, name: true, isAdmin: true, _count: { select: { users: true } } },
      });
      if (!profile) throw new AppError("NOT_FOUND", "profiles.notFound");
      if (profile.isAdmin) throw new AppError("PRECONDITION_FAILED", "profiles.adminUndeletable");
      if (profile._count.users > 0) throw new AppError("CONFLICT", "profiles.inUse", { count: profile._count.users });
      await tx.accessProfile.delete({ where: { id: profile.id } });
      await auditProfileChange(tx, actor, profile.id, "profile.deleted", { name: profile.name });
      return { id: profile.id };
    });
  } catch (error) {
    // A user given this profile between the count and the delete: the foreign key refuses it.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2003") throw new AppError("CONFLICT", "profiles.inUse", { count: 1 });
    throw error;
  }
}
