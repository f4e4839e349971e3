import "server-only";
import { getCampaign } from "@/server/services/campaigns/get-campaign";
import { campaignIdInput } from "@/server/services/campaigns/recipient-states";
import { campaignsProcedure } from "./procedure";

export const get = campaignsProcedure.input(campaignIdInput).query(({ ctx, input }) => getCampaign(ctx.db, input.campaignId));
