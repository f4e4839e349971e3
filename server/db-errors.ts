import "server-only";
import { Prisma } from "@/generated/prisma/client";

/** A unique constraint refused the write (P2002): a taken name, or a duplicate of a request already stored. */
export function isUniqueViolation(error: unknown): error is Prisma.PrismaClientKnownRequestError {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
