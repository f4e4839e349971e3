"use server";

import { AuthError } from "next-auth";
import { signIn } from "@/server/auth";

export type LoginState = { error: "invalid" | "rateLimited" | null; email: string };

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
    if (error instanceof AuthError) {
      const code = (error as AuthError & { code?: string }).code;
      return { error: code === "rate_limited" ? "rateLimited" : "invalid", email };
    }
    throw error;
  }
  return { error: null, email };
}
