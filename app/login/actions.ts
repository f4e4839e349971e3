"use server";

import { AuthError } from "next-auth";
import { signIn } from "@/server/auth";
import { waitParams } from "@/server/services/auth/login-throttle";

export type LoginState = {
  error: "invalid" | "rateLimited.account" | "rateLimited.address" | null;
  wait?: { seconds: number; minutes: number };
  email: string;
};

// server/auth/index.ts encodes a refusal by the login limits as "rate_limited:<scope>:<seconds>".
function readRefusal(code: string | undefined): Pick<LoginState, "error" | "wait"> {
  const match = /^rate_limited:(account|address):(\d+)$/.exec(code ?? "");
  if (!match) return { error: "invalid" };
  return { error: match[1] === "address" ? "rateLimited.address" : "rateLimited.account", wait: waitParams(Number(match[2])) };
}

export async function login(_previous: LoginState, form: FormData): Promise<LoginState> {
  const email = String(form.get("email") ?? "");
  const callbackUrl = String(form.get("callbackUrl") ?? "/inbox");
  try {
    await signIn("credentials", {
      email,
      password: String(form.get("password") ?? ""),
      // Only same-site paths: an open redirect after login would be a phishing aid.
      redirectTo: callbackUrl.startsWith("/") && !callbackUrl.startsWith("//") ? callbackUrl : "/inbox",
    });
  } catch (error) {
    if (error instanceof AuthError) return { ...readRefusal((error as AuthError & { code?: string }).code), email };
    throw error;
  }
  return { error: null, email };
}
