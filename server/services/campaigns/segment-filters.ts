import "server-only";
import { z } from "zod";
import { LeadOrigin } from "@/generated/prisma/enums";

const ids = z.array(z.string().min(1)).max(200).default([]);

/**
 * A campaign's segment: each list keeps the leads matching any of its values, the lists together
 * keep the leads matching all of them; an empty list does not filter.
 */
export const segmentFilters = z
  .object({
    developmentIds: ids,
    tagIds: ids,
    queueIds: ids,
    ownerIds: ids,
    origins: z.array(z.enum(LeadOrigin)).max(10).default([]),
    // The lead's latest conversation message (either direction), as the leads list shows it.
    lastInteractionAfter: z.coerce.date().nullish(),
    lastInteractionBefore: z.coerce.date().nullish(),
  })
  .strict();

export type SegmentFilters = z.infer<typeof segmentFilters>;
