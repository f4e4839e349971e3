import "server-only";
import { listCampaigns } from "@/server/services/campaigns/list-campaigns";
import { campaignsProcedure } from "./procedure";

export const list = campaignsProcedure.query(({ ctx }) => listCampaigns(ctx.db));
