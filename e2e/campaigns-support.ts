// Support for the campaigns e2e spec: plays the engine's `campaign.progress` push on the e2e
// server's Soketi, with the secrets the launcher generated for it (dev/launcher/local-secrets.ts).
import { readFileSync } from "node:fs";
import path from "node:path";
import Pusher from "pusher";
import { campaignsChannel } from "../server/realtime/channels";

export async function pushCampaignProgress(campaignId: string) {
  const secrets = JSON.parse(readFileSync(path.join(process.cwd(), ".data", "e2e", "secrets.json"), "utf8")) as Record<string, string>;
  const port = Number(process.env.E2E_PORT ?? 3100) + 3001;
  const pusher = new Pusher({ appId: secrets.PUSHER_APP_ID ?? "", key: secrets.PUSHER_KEY ?? "", secret: secrets.PUSHER_SECRET ?? "", host: "127.0.0.1", port: String(port), useTLS: false });
  await pusher.trigger(campaignsChannel, "campaign.progress", { campaignId });
}
