import "server-only";
import { previewSegmentInput } from "@/server/services/campaigns/campaign-schemas";
import { segmentLeads } from "@/server/services/campaigns/segment-leads";
import { campaignsProcedure } from "./procedure";

export const previewSegment = campaignsProcedure.input(previewSegmentInput).query(({ ctx, input }) => segmentLeads(ctx.db, input.segment));
