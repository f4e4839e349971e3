import "server-only";
import type { SessionClaims } from "./load-actor";

declare module "next-auth" {
  interface User {
    sessionVersion?: number;
  }
}

// A JWT without a numeric version predates session versions: it is treated as stale.
export function sessionClaims(session: { user?: { id?: string | null; sessionVersion?: number } | null } | null): SessionClaims | null {
  const user = session?.user;
  if (!user?.id || typeof user.sessionVersion !== "number") return null;
  return { userId: user.id, sessionVersion: user.sessionVersion };
}
