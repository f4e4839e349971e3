import "server-only";
import { campaignResults } from "@/server/services/campaigns/campaign-results";
import { campaignIdInput } from "@/server/services/campaigns/recipient-states";
import { campaignsProcedure } from "./procedure";

export const results = campaignsProcedure.input(campaignIdInput).query(({ ctx, input }) => campaignResults(ctx.db, input.campaignId));
