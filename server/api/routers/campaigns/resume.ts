import "server-only";
import { resumeCampaign } from "@/server/services/campaigns/change-campaign-status";
import { campaignIdInput } from "./campaign-id-input";
import { campaignsProcedure } from "./procedure";

export const resume = campaignsProcedure.input(campaignIdInput).mutation(({ ctx, input }) => resumeCampaign(ctx.db, ctx.actor, input));
