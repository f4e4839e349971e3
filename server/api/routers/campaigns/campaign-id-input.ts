import "server-only";
import { z } from "zod";

export const campaignIdInput = z.object({ campaignId: z.string().min(1) });
