import "server-only";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { serverApi } from "@/app/_trpc/server";
import type { Permission } from "@/server/auth/permissions";

export type CurrentUser = Awaited<ReturnType<Awaited<ReturnType<typeof serverApi>>["me"]["get"]>>;

// Read once per request from the database (never from the JWT), so revoked access bites at once.
export const currentUser = cache(async (): Promise<CurrentUser> => {
  const api = await serverApi();
  try {
    return await api.me.get();
  } catch {
    redirect("/login");
  }
});

export function hasAny(user: CurrentUser, permissions: readonly Permission[]): boolean {
  return user.isAdmin || permissions.some((p) => user.permissions.includes(p));
}

/** A page the user may not open answers HTTP 403 with the nearest forbidden.tsx (same screen as before). */
export function requireAny(user: CurrentUser, permissions: readonly Permission[]): void {
  if (!hasAny(user, permissions)) forbidden();
}
