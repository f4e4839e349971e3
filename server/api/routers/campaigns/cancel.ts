import "server-only";
import { cancelCampaign } from "@/server/services/campaigns/change-campaign-status";
import { campaignIdInput } from "./campaign-id-input";
import { campaignsProcedure } from "./procedure";

export const cancel = campaignsProcedure.input(campaignIdInput).mutation(({ ctx, input }) => cancelCampaign(ctx.db, ctx.actor, input));
