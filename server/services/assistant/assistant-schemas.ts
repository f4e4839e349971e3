import "server-only";
import { z } from "zod";

export const setChannelAssistantSchema = z.object({
  channelId: z.string().min(1),
  enabled: z.boolean(),
  sharesContactData: z.boolean(),
});

export const assistantCallSchema = z.object({ channelId: z.string().min(1), callId: z.string().min(1) });
