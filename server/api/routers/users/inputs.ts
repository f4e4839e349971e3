import { z } from "zod";

export const userFilter = z.object({
  search: z.string().max(200).optional(),
  profileId: z.string().optional(),
  canCommunicate: z.boolean().optional(),
  active: z.boolean().optional(),
});

const bulkTarget = z.union([z.object({ userIds: z.array(z.string()).min(1).max(5000) }), z.object({ filter: userFilter })]);

export const bulkCommunicationInput = z.object({ target: bulkTarget, canCommunicate: z.boolean() });
