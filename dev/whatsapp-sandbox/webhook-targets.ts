import type { FixtureBusiness } from "./meta-webhook-bodies";
import type { SandboxConfig } from "./config";
import type { StateStore } from "./state-store";
import type { BusinessNumber } from "./state-types";
import type { WebhookTarget } from "./webhook-emitter";

export function targetForNumber(config: SandboxConfig, number: BusinessNumber | undefined): WebhookTarget {
  return { url: number?.webhookUrl ?? config.webhookUrl, secret: number?.appSecret ?? config.appSecret };
}

/** Template and account webhooks belong to a WABA; use the settings of one of its numbers. */
export function targetForWaba(config: SandboxConfig, store: StateStore, wabaId: string): WebhookTarget {
  return targetForNumber(config, store.listNumbers().find((number) => number.wabaId === wabaId));
}

export function fixtureBusiness(number: BusinessNumber): FixtureBusiness {
  return { wabaId: number.wabaId, phoneNumberId: number.phoneNumberId, displayPhoneNumber: number.displayPhoneNumber };
}
