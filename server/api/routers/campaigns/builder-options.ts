import "server-only";
import { campaignBuilderOptions } from "@/server/services/campaigns/builder-options";
import { campaignsProcedure } from "./procedure";

export const builderOptions = campaignsProcedure.query(({ ctx }) => campaignBuilderOptions(ctx.db));
