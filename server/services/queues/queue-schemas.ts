import "server-only";
import { z } from "zod";
import { QUEUE_ORIGINS } from "./comunicador-queue";

export const QUEUE_NAME_MAX = 80;

export const queueInput = z.object({
  name: z.string().trim().min(1).max(QUEUE_NAME_MAX),
  tag: z
    .string()
    .trim()
    .toLowerCase()
    .max(60)
    .regex(/^[a-z0-9_-]*$/)
    .transform((tag) => tag || null)
    .nullable(),
  comunicadorFlag: z.boolean(),
  origin: z.enum(QUEUE_ORIGINS),
  developmentIds: z.array(z.string().min(1)).max(500),
  // In distribution order.
  memberIds: z.array(z.string().min(1)).max(1000),
});

export type QueueInput = z.infer<typeof queueInput>;

export const queueIdSchema = z.object({ id: z.string().min(1) });
