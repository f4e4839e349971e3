import { randomBytes } from "node:crypto";
import { afterAll, beforeAll } from "vitest";
import { GET, POST } from "@/app/api/webhooks/meta/route";
import { getDb, type Db } from "@/server/db";
import { createTestDatabase, type TestDatabase } from "@/test/test-database";
import type { FixtureBusiness } from "@/dev/whatsapp-sandbox/meta-webhook-bodies";
import { signPayload } from "@/server/meta/webhook-signature";
import { seedChannel, type SeedChannelInput } from "@/prisma/seed/channels";

// Shared by the webhook integration tests: signed requests straight into the route handlers.

export const URL_BASE = "http://localhost:3000/api/webhooks/meta";

export const appSecret = () => process.env.META_APP_SECRET ?? "";

type PostOptions = { secret?: string; signature?: string | null };

/** A POST of `body` (bytes and strings as they are, anything else as JSON), signed unless told otherwise. */
export function webhookRequest(body: unknown, options: PostOptions = {}): Request {
  const raw = body instanceof Uint8Array || typeof body === "string" ? body : JSON.stringify(body);
  const signature = options.signature === undefined ? signPayload(options.secret ?? appSecret(), raw) : options.signature;
  return new Request(URL_BASE, {
    method: "POST",
    headers: { "content-type": "application/json", ...(signature ? { "x-hub-signature-256": signature } : {}) },
    // An ArrayBuffer-backed copy: a Buffer may sit on a shared pool.
    body: typeof raw === "string" ? raw : new Uint8Array(raw),
  });
}

export const postWebhook = (body: unknown, options?: PostOptions) => POST(webhookRequest(body, options));

export function getVerification(params: Record<string, string>) {
  return GET(new Request(`${URL_BASE}?${new URLSearchParams(params).toString()}`));
}

const digits = (n: number) => Array.from(randomBytes(n), (b) => String(b % 10)).join("");

/** A Brazilian mobile wa_id (with the 9th digit) no other test uses. */
export const randomWaId = () => `55119${digits(8)}`;

export async function seedWebhookChannel(db: Db, input: SeedChannelInput = {}) {
  const channel = await seedChannel(db, { displayPhoneNumber: `+55 11 4${digits(3)}-${digits(4)}`, ...input });
  const business: FixtureBusiness = {
    wabaId: channel.wabaId,
    phoneNumberId: channel.phoneNumberId,
    displayPhoneNumber: channel.displayPhoneNumber.replace(/\D/g, ""),
  };
  return { channel, business };
}

/**
 * Points this test file (its own process) at a database of its own, before anything opens
 * `getDb()`: for assertions on global counts other files would disturb.
 */
export function withOwnDatabase(prefix: string) {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await createTestDatabase(prefix);
    process.env.DATABASE_URL = database.url;
  });
  afterAll(async () => {
    await getDb().$disconnect();
    await database?.drop();
  });
}
