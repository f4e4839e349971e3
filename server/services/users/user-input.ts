import { z } from "zod";
import { MIN_PASSWORD_LENGTH } from "@/server/services/auth/password";

export const createUserInput = z.object({
  name: z.string().trim().min(1).max(120),
  email: z.string().trim().toLowerCase().pipe(z.email()),
  password: z.string().min(MIN_PASSWORD_LENGTH).max(200),
  accessProfileId: z.string().min(1),
  canCommunicate: z.boolean(),
});

export type CreateUserInput = z.infer<typeof createUserInput>;
