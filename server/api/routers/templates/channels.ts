import "server-only";
import { listTemplateChannels } from "@/server/services/templates/template-channels";
import { templatesProcedure } from "./procedure";

export const channels = templatesProcedure.query(({ ctx }) => listTemplateChannels(ctx.db));
