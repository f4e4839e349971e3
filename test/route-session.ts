import { vi } from "vitest";
import { seedUser } from "@/prisma/seed/users";
import { testDb } from "@/test/db";

// A route handler's session in a test: the user next-auth would read from the cookie is the one the
// test signed in, and the actor behind it comes from the database as in the app. Imported before the
// route under test, so that the route's imports get these mocks.
const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/server/auth", async () => {
  const { loadActor } = await import("@/server/auth/load-actor");
  const { getDb } = await import("@/server/db");
  return { sessionActor: async () => (session.userId ? loadActor(getDb(), session.userId) : null) };
});
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined }) }));

/** Signs in a new user seeded with these options, or signs out (null). */
export async function signIn(user: Parameters<typeof seedUser>[1] | null) {
  session.userId = user ? (await seedUser(testDb(), user)).id : null;
}
