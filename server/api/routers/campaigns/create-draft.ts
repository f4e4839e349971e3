import "server-only";
import { createDraftInput } from "@/server/services/campaigns/campaign-schemas";
import { createCampaignDraft } from "@/server/services/campaigns/create-campaign-draft";
import { campaignsProcedure } from "./procedure";

export const createDraft = campaignsProcedure.input(createDraftInput).mutation(({ ctx, input }) => createCampaignDraft(ctx.db, ctx.actor, input));
