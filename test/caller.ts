import { createCaller } from "@/server/api/root";
import { testDb } from "./db";

// A browser session for `user`: its JWT carries the user's session version at sign-in (0 for a
// freshly seeded user); pass an older one to play a session that a password change ended.
export function callerFor(user: { id: string; sessionVersion?: number } | null, clientAddress: string | null = null) {
  return createCaller({
    db: testDb(),
    session: user ? { userId: user.id, sessionVersion: user.sessionVersion ?? 0 } : null,
    locale: "pt-BR",
    clientAddress,
  });
}
