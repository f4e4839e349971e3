import "server-only";
import { z } from "zod";
import { segmentFilters } from "./segment-filters";

export const CAMPAIGN_NAME_MAX = 80;
const MINUTES_PER_DAY = 24 * 60;

// Where a template variable's value comes from for each lead; FIXED is the same text for everyone.
export const VARIABLE_SOURCES = ["LEAD_NAME", "OWNER_NAME", "LEAD_DEVELOPMENT", "FIXED"] as const;

const variableSource = z.object({
  index: z.number().int().min(1).max(20),
  source: z.enum(VARIABLE_SOURCES),
  value: z.string().trim().max(200).optional(),
});

export const createDraftInput = z.object({
  name: z.string().trim().min(1).max(CAMPAIGN_NAME_MAX),
  channelId: z.string().min(1),
  templateId: z.string().min(1),
  segment: segmentFilters,
  variableSources: z.array(variableSource).max(20).default([]),
  startsAt: z.coerce.date().nullish(),
  // Minutes after midnight in São Paulo; sends only in [from, until).
  sendingFromMinute: z.number().int().min(0).max(MINUTES_PER_DAY - 1),
  sendingUntilMinute: z.number().int().min(1).max(MINUTES_PER_DAY),
});

export type CreateDraftInput = z.infer<typeof createDraftInput>;

export const previewSegmentInput = z.object({ segment: segmentFilters });
