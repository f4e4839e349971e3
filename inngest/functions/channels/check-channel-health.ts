import "server-only";
import { inngest } from "@/inngest/client";
import { getDb } from "@/server/db";
import { checkChannelHealth, listChannelsToCheck } from "@/server/services/channels/check-channel-health";

/** channel/health: every hour, each enabled channel's token, quality, tier and status at Meta. */
export const checkChannelsHealth = inngest.createFunction(
  { id: "channel-health", name: "channel/health", triggers: [{ cron: "0 * * * *" }], retries: 2 },
  async ({ step }) => {
    const channelIds = await step.run("list-enabled-channels", () => listChannelsToCheck(getDb()));
    const results = [];
    for (const channelId of channelIds) {
      results.push(await step.run("check-channel", () => checkChannelHealth(getDb(), channelId)));
    }
    return { checked: results.filter((r) => r.checked).length, problems: results.filter((r) => r.problem).length };
  },
);
