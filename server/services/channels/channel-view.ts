import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { openCredential } from "@/server/crypto/credentials";
import { maskSecret } from "@/server/crypto/secret-box";

// Everything about a channel the browser may see. Credentials (accessTokenEnc, appSecretEnc) and
// the verify token are deliberately absent: they only leave the server masked.
export const channelPublicSelect = {
  id: true,
  name: true,
  displayPhoneNumber: true,
  phoneNumberId: true,
  wabaId: true,
  businessManagerId: true,
  companyName: true,
  responsibleEmail: true,
  expectedMonthlyLeads: true,
  expectedMonthlyMessages: true,
  mode: true,
  canStartConversations: true,
  enabled: true,
  throughputMps: true,
  windowHours: true,
  qualityRating: true,
  messagingTier: true,
  accountStatus: true,
  tokenValid: true,
  healthProblem: true,
  healthProblemCode: true,
  healthProblemParams: true,
  healthCheckedAt: true,
  lastWebhookAt: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.ChannelSelect;

export type TokenState = "valid" | "invalid" | "unknown";

export function tokenState(tokenValid: boolean | null): TokenState {
  if (tokenValid === null) return "unknown";
  return tokenValid ? "valid" : "invalid";
}

// A sealed credential we can no longer open (key rotated, row corrupted) still shows as set.
export function maskSealed(sealed: string): { masked: string; readable: boolean } {
  try {
    return { masked: maskSecret(openCredential(sealed)), readable: true };
  } catch {
    return { masked: "•".repeat(8), readable: false };
  }
}
