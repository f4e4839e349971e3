import "server-only";
import { z } from "zod";
import { Permission } from "@/generated/prisma/enums";

export const PROFILE_NAME_MAX = 60;

export const profileInput = z.object({
  name: z.string().trim().min(1).max(PROFILE_NAME_MAX),
  description: z.string().trim().max(300).optional(),
  permissions: z.array(z.enum(Permission)).max(50),
});

export type ProfileInput = z.infer<typeof profileInput>;

export const profileIdSchema = z.object({ id: z.string().min(1) });
