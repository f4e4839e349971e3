import "server-only";
import { listCampaignRecipients } from "@/server/services/campaigns/list-recipients";
import { recipientsInput } from "@/server/services/campaigns/recipient-states";
import { campaignsProcedure } from "./procedure";

export const recipients = campaignsProcedure.input(recipientsInput).query(({ ctx, input }) => listCampaignRecipients(ctx.db, input));
