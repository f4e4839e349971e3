import "server-only";
import { z } from "zod";
import { STANDARD_MESSAGE_BODY_MAX, STANDARD_MESSAGE_TITLE_MAX } from "./limits";

export const standardMessageFields = z.object({
  title: z.string().trim().min(1).max(STANDARD_MESSAGE_TITLE_MAX),
  body: z.string().trim().min(1).max(STANDARD_MESSAGE_BODY_MAX),
});

export const createStandardMessageInput = standardMessageFields.extend({ scope: z.enum(["global", "personal"]) });

export type StandardMessageFields = z.infer<typeof standardMessageFields>;
export type CreateStandardMessageInput = z.infer<typeof createStandardMessageInput>;

export const standardMessageIdSchema = z.object({ id: z.string().min(1) });
