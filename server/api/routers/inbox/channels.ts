import "server-only";
import { listInboxChannels } from "@/server/services/inbox/list-inbox-channels";
import { inboxProcedure } from "./procedure";

export const channels = inboxProcedure.query(({ ctx }) => listInboxChannels(ctx.db));
