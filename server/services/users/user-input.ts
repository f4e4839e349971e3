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
