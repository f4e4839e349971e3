import "server-only";
import { sendTestSchema } from "@/server/services/channels/channel-schemas";
import { sendTestMessage } from "@/server/services/channels/send-test-message";
import { channelsProcedure } from "./procedure";

export const sendTest = channelsProcedure.input(sendTestSchema).mutation(({ ctx, input }) => sendTestMessage(ctx.db, ctx.actor, input));
