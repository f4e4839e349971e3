import { afterAll, beforeAll } from "vitest";
import { startSandbox, type RunningSandbox } from "@/dev/whatsapp-sandbox/sandbox";
import { SANDBOX_ACCESS_TOKEN } from "@/prisma/seed/channels";

export type SentRecord = { phoneNumberId: string; to: string; type: string; receivedAt: number; wamid?: string; accepted: boolean; errorCode?: number; text?: string };

export type TestSandbox = RunningSandbox & {
  /** Registers a channel's number under its WABA, so template webhooks find the app. */
  registerNumber(channel: { phoneNumberId: string; wabaId: string }, options?: { qualityRating?: string; webhookUrl?: string }): Promise<void>;
  sent(phoneNumberId: string, options?: { accepted?: boolean }): Promise<SentRecord[]>;
  failNext(phoneNumberId: string, code: number, times?: number): Promise<void>;
  configure(config: Record<string, unknown>): Promise<void>;
  /** The lead writes to the number: opens the 24 h window (and emits the inbound webhook). */
  leadWrites(phone: string, phoneNumberId: string, text?: string): Promise<void>;
};

async function call(url: string, init?: RequestInit): Promise<unknown> {
  const response = await fetch(url, { ...init, headers: { "content-type": "application/json" } });
  if (!response.ok) throw new Error(`${init?.method ?? "GET"} ${url}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** The WhatsApp sandbox in-process on a free port, with the app's Graph base URL pointed at it. */
export async function startTestSandbox(options: Parameters<typeof startSandbox>[0] = {}): Promise<TestSandbox> {
  const sandbox = await startSandbox({
    port: 0,
    accessToken: SANDBOX_ACCESS_TOKEN,
    appSecret: process.env.META_APP_SECRET,
    statusDelayMs: 60_000,
    // Tests decide reviews by the clock (or call decide); the demo's default waits for a person.
    templateReview: "auto",
    log: () => undefined,
    ...options,
  });
  process.env.GRAPH_API_BASE_URL = sandbox.url;
  const control = (method: "GET" | "POST" | "PUT", path: string, body?: unknown) =>
    call(`${sandbox.url}${path}`, { method, body: body === undefined ? undefined : JSON.stringify(body) });
  return {
    ...sandbox,
    async registerNumber(channel, extra = {}) {
      await control("PUT", `/_sandbox/numbers/${channel.phoneNumberId}`, {
        wabaId: channel.wabaId,
        displayPhoneNumber: `+55 11 4000-${channel.phoneNumberId.slice(-4)}`,
        verifiedName: "Imobiliária Teste",
        ...extra,
      });
    },
    async sent(phoneNumberId, { accepted } = {}) {
      const { sent } = (await control("GET", `/_sandbox/sent?phoneNumberId=${phoneNumberId}${accepted ? "&accepted=true" : ""}`)) as { sent: SentRecord[] };
      return sent;
    },
    async failNext(phoneNumberId, code, times = 1) {
      await control("POST", "/_sandbox/fail-next", { phoneNumberId, code, times });
    },
    async leadWrites(phone, phoneNumberId, text = "Oi, tenho interesse") {
      await control("POST", `/_sandbox/leads/${encodeURIComponent(phone)}/messages`, { phoneNumberId, type: "text", text });
    },
    async configure(config) {
      await control("POST", "/_sandbox/config", config);
    },
  };
}

/**
 * The sandbox for one test file: started before its tests, closed after them. The returned object
 * stands for the running sandbox, so tests use it as they would `startTestSandbox`'s result.
 */
export function sandboxForThisFile(options: Parameters<typeof startTestSandbox>[0] = {}): TestSandbox {
  let running: TestSandbox | undefined;
  beforeAll(async () => {
    running = await startTestSandbox(options);
  });
  afterAll(async () => {
    await running?.close();
  });
  return new Proxy({} as TestSandbox, {
    get(_, key) {
      if (!running) throw new Error("The test sandbox starts in beforeAll: use it inside tests and hooks.");
      return Reflect.get(running, key, running);
    },
  });
}
