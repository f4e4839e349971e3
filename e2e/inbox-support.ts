// Support for the inbox e2e specs: a lead writing from the WhatsApp sandbox, and tRPC over HTTP.
import { expect, type APIRequestContext } from "@playwright/test";
import { DEMO_CHANNELS } from "../prisma/seed/demo";
import { e2eDb } from "./leads-support";

export const SANDBOX = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3100) + 5290}`;
export const ACTIVE_NUMBER = DEMO_CHANNELS.active.phoneNumberId;

export function newLeadPhone(): string {
  return `55119${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`;
}

/** The lead writes to the company's active number, as if from their phone. */
export async function leadWrites(request: APIRequestContext, phone: string, text: string, name?: string) {
  const response = await request.post(`${SANDBOX}/_sandbox/leads/${phone}/messages`, { data: { phoneNumberId: ACTIVE_NUMBER, type: "text", text, name } });
  expect(response.status(), await response.text()).toBe(201);
}

export async function createSandboxLead(request: APIRequestContext, phone: string, name: string, autoRead: boolean) {
  const response = await request.post(`${SANDBOX}/_sandbox/leads`, { data: { phone, name, autoRead } });
  expect(response.status(), await response.text()).toBe(201);
}

/** What the lead's phone received from the company. */
export async function leadInbox(request: APIRequestContext, phone: string): Promise<{ text?: string; status?: string }[]> {
  const response = await request.get(`${SANDBOX}/_sandbox/leads/${phone}/inbox?phoneNumberId=${ACTIVE_NUMBER}`);
  return ((await response.json()) as { messages: { text?: string; status?: string }[] }).messages;
}

/** Waits for the webhook to have stored the lead's conversation on the active channel. */
export async function conversationOf(phone: string): Promise<string> {
  const db = await e2eDb();
  let id: string | undefined;
  await expect
    .poll(async () => {
      const found = await db.conversation.findFirst({ where: { lead: { phoneE164: `+${phone}` }, channel: { phoneNumberId: ACTIVE_NUMBER } }, select: { id: true } });
      id = found?.id;
      return Boolean(id);
    }, { timeout: 20_000 })
    .toBe(true);
  return id ?? "";
}

export async function userId(email: string): Promise<string> {
  return (await (await e2eDb()).user.findUniqueOrThrow({ where: { email } })).id;
}

/** A tRPC mutation through the app's HTTP endpoint, as the signed-in user of a page or browser context. */
export async function trpcMutation(page: { request: APIRequestContext }, path: string, input: unknown) {
  const response = await page.request.post(`/api/trpc/${path}`, { data: { json: input } });
  expect(response.status(), await response.text()).toBe(200);
}

/** The lead opens the chat on their phone: the sandbox reports the company's messages as read. */
export async function leadReads(request: APIRequestContext, phone: string) {
  const response = await request.post(`${SANDBOX}/_sandbox/leads/${phone}/read`, { data: { phoneNumberId: ACTIVE_NUMBER } });
  expect(response.ok(), await response.text()).toBe(true);
}
