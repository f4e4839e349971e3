import { z } from "zod";

export const conversationIdInput = z.object({ conversationId: z.string().min(1).max(64) });
export const clientRequestId = z.string().min(8).max(64).regex(/^[\w-]+$/);
