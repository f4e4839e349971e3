import "server-only";
import NextAuth, { AuthError, CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { getDb } from "@/server/db";
import { env } from "@/server/env";
import { verifyCredentials } from "@/server/services/auth/verify-credentials";
import { clientAddress } from "./client-address";
import { loadSessionActor } from "./load-actor";
import { loginLimits } from "./login-limits";
import type { Actor } from "./permissions";
import { sessionClaims } from "./session-claims";

// The code travels to the login form (and the callback URL): scope and wait only, never a hint
// about whether the e-mail exists.
class TooManyAttempts extends CredentialsSignin {
  constructor(scope: "account" | "address", retryAfterSeconds: number) {
    super();
    this.code = `rate_limited:${scope}:${retryAfterSeconds}`;
  }
}

const credentialsSchema = z.object({ email: z.string().min(1), password: z.string().min(1) });

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  trustHost: true,
  secret: env().AUTH_SECRET,
  useSecureCookies: env().APP_URL.startsWith("https://"),
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/login" },
  logger: {
    // A wrong password is an expected outcome, already recorded in LoginAttempt: no stack trace.
    error(error) {
      if (error instanceof CredentialsSignin) return;
      console.error(`[auth] ${error.name}: ${error.message}`);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const ip = clientAddress(request.headers, env().TRUST_PROXY);
        const result = await verifyCredentials(getDb(), { ...parsed.data, ip }, loginLimits(env()));
        if (!result.ok && result.reason === "rate_limited") throw new TooManyAttempts(result.scope, result.retryAfterSeconds);
        if (!result.ok) return null;
        return { id: result.user.id, name: result.user.name, email: result.user.email, sessionVersion: result.user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.sv = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      if (typeof token.sv === "number") session.user.sessionVersion = token.sv;
      return session;
    },
  },
}));

// Route handlers (realtime auth, media, attachments): the same actor the tRPC procedures see,
// refused while the session's password is a one-time one.
export async function sessionActor(): Promise<Actor | null> {
  const claims = sessionClaims(await auth());
  const found = claims ? await loadSessionActor(getDb(), claims) : null;
  return found && !found.mustChangePassword ? found.actor : null;
}

// After the user's own password change: this browser signs in again with the new password, which
// issues a JWT at the new session version (every other session stays ended).
export async function renewSession(email: string, password: string): Promise<boolean> {
  try {
    await signIn("credentials", { email, password, redirect: false });
    return true;
  } catch (error) {
    if (error instanceof AuthError) return false;
    throw error;
  }
}
