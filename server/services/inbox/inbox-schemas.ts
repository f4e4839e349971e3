import "server-only";
import { z } from "zod";

export const conversationIdInput = z.object({ conversationId: z.string().min(1).max(64) });
export const clientRequestId = z.string().min(8).max(64).regex(/^[\w-]+$/);
export const messageRefInput = z.object({ conversationId: z.string().min(1).max(64), messageId: z.string().min(1).max(64) });
// Where a broker's free-form send goes: text and materials share it.
export const sendTargetInput = z.object({ conversationId: z.string().min(1).max(64), clientRequestId, replyToMessageId: z.string().max(64).nullish() });
