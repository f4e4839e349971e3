import "server-only";
import { pauseCampaign } from "@/server/services/campaigns/change-campaign-status";
import { campaignIdInput } from "./campaign-id-input";
import { campaignsProcedure } from "./procedure";

export const pause = campaignsProcedure.input(campaignIdInput).mutation(({ ctx, input }) => pauseCampaign(ctx.db, ctx.actor, input));
