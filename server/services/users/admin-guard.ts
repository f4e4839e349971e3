import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/server/errors";

// The built-in Administrator profile can never be taken from the last active administrator.
export async function assertAnotherAdminRemains(tx: Prisma.TransactionClient, userId: string) {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { active: true, accessProfile: { select: { isAdmin: true } } } });
  if (!user?.active || !user.accessProfile.isAdmin) return;
  const others = await tx.user.count({ where: { id: { not: userId }, active: true, accessProfile: { isAdmin: true } } });
  if (others === 0) throw new AppError("PRECONDITION_FAILED", "users.lastAdmin");
}
