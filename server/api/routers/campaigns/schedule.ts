import "server-only";
import { scheduleCampaign } from "@/server/services/campaigns/schedule-campaign";
import { campaignIdInput } from "./campaign-id-input";
import { campaignsProcedure } from "./procedure";

export const schedule = campaignsProcedure.input(campaignIdInput).mutation(({ ctx, input }) => scheduleCampaign(ctx.db, ctx.actor, input));
