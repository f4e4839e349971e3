// Support for the campaigns e2e specs: the builder's common steps, and the engine's `campaign.progress`
// push played on the e2e server's Soketi with the secrets the launcher generated for it
// (dev/launcher/local-secrets.ts).
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import Pusher from "pusher";
import { campaignsChannel } from "../server/realtime/channels";
import { expect } from "./fixtures";

type BuilderFields = { name: string; channelId: string; templateId: string; tagName: string; byKeyboard?: boolean };

/** On /campaigns/new: names the campaign, picks the channel and the template (its variable filled from the lead's name) and the segment's tag. */
export async function fillCampaignBuilder(page: Page, fields: BuilderFields) {
  await page.getByLabel("Nome da campanha").fill(fields.name);
  await page.getByLabel("Canal").selectOption(fields.channelId);
  await page.getByLabel("Template aprovado").selectOption(fields.templateId);
  await expect(page.getByLabel("Variável 1")).toHaveValue("LEAD_NAME");
  const tags = page.getByTestId("filter-tagIds");
  if (fields.byKeyboard) {
    // The disclosure opens with Enter, a checkbox ticks with Space.
    await tags.locator("summary").focus();
    await page.keyboard.press("Enter");
    await tags.getByLabel(fields.tagName).focus();
    await page.keyboard.press("Space");
  } else {
    await tags.locator("summary").click();
    await tags.getByLabel(fields.tagName).check();
  }
}

export async function pushCampaignProgress(campaignId: string) {
  const secrets = JSON.parse(readFileSync(path.join(process.cwd(), ".data", "e2e", "secrets.json"), "utf8")) as Record<string, string>;
  const port = Number(process.env.E2E_PORT ?? 3100) + 3001;
  const pusher = new Pusher({ appId: secrets.PUSHER_APP_ID ?? "", key: secrets.PUSHER_KEY ?? "", secret: secrets.PUSHER_SECRET ?? "", host: "127.0.0.1", port: String(port), useTLS: false });
  await pusher.trigger(campaignsChannel, "campaign.progress", { campaignId });
}
