import "server-only";
import { z } from "zod";
import { MAX_PASSWORD_LENGTH } from "@/server/services/auth/password";

export const createUserInput = z.object({
  name: z.string().trim().min(1).max(120),
  email: z.string().trim().toLowerCase().pipe(z.email()),
  // Length, e-mail and common-password rules: server/services/auth/password-policy.ts, with pt-BR reasons.
  password: z.string().min(1).max(MAX_PASSWORD_LENGTH),
  accessProfileId: z.string().min(1),
  canCommunicate: z.boolean(),
});

export type CreateUserInput = z.infer<typeof createUserInput>;

export const userFilter = z.object({
  search: z.string().max(200).optional(),
  profileId: z.string().optional(),
  canCommunicate: z.boolean().optional(),
  active: z.boolean().optional(),
});

const bulkTarget = z.union([z.object({ userIds: z.array(z.string()).min(1).max(5000) }), z.object({ filter: userFilter })]);

export const bulkCommunicationInput = z.object({ target: bulkTarget, canCommunicate: z.boolean() });
