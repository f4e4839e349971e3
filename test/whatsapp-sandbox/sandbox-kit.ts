import { afterAll, beforeAll, beforeEach } from "vitest";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { createGraphClient } from "@/server/meta/graph-client";
import { verifySignature } from "@/server/meta/webhook-signature";
import { startSandbox, type RunningSandbox, type SandboxOptions } from "@/dev/whatsapp-sandbox/sandbox";

export const TEST_SECRET = "segredo-do-app-de-teste";
export const TEST_TOKEN = "token-de-teste";

export type ReceivedWebhook = { headers: IncomingHttpHeaders; raw: string; body: { entry: { id: string; changes: { field: string; value: Record<string, unknown> }[] }[] } };

/** A stand-in for the app's webhook route: records raw bodies, answers `statusFor(n)` (default 200). */
export async function startReceiver(statusFor: (attempt: number) => number = () => 200) {
  const received: ReceivedWebhook[] = [];
  let attempts = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      attempts += 1;
      const status = statusFor(attempts);
      const raw = Buffer.concat(chunks).toString("utf8");
      if (status < 300) received.push({ headers: req.headers, raw, body: JSON.parse(raw) });
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/webhooks/meta`,
    received,
    attempts: () => attempts,
    /** Every change value of one field, across all webhooks received so far. */
    values: (field: string) =>
      received.flatMap((webhook) => webhook.body.entry.flatMap((entry) => entry.changes.filter((change) => change.field === field).map((change) => change.value))),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type Receiver = Awaited<ReturnType<typeof startReceiver>>;

export async function waitFor<T>(read: () => T | undefined | false, what: string, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export function signedCorrectly(webhook: ReceivedWebhook, secret = TEST_SECRET): boolean {
  const header = webhook.headers["x-hub-signature-256"];
  return verifySignature(secret, webhook.raw, typeof header === "string" ? header : undefined);
}

export async function startTestSandbox(receiver: Receiver | undefined, options: SandboxOptions = {}) {
  const sandbox: RunningSandbox = await startSandbox({
    port: 0,
    log: () => {},
    accessToken: TEST_TOKEN,
    appSecret: TEST_SECRET,
    webhookUrl: receiver?.url,
    statusDelayMs: 5,
    templateReview: "auto",
    templateReviewDelayMs: 10,
    ...options,
  });
  const client = createGraphClient({ accessToken: TEST_TOKEN, baseUrl: sandbox.url, apiVersion: "v24.0" });
  const api = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${sandbox.url}${path}`, {
      method,
      headers: { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    // Tests read the sandbox's own JSON answers loosely and assert on them with expect().
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return { status: response.status, body: (await response.json()) as any };
  };
  return { sandbox, client, api };
}

export type SuiteNumber = { phoneNumberId: string; wabaId: string; displayPhoneNumber: string; verifiedName: string };

/**
 * One sandbox and one webhook receiver per test file, reset before each test with `number`
 * registered. Read `suite.kit` / `suite.receiver` inside tests (they exist once beforeAll ran).
 */
export function sandboxSuite(number: SuiteNumber) {
  const suite = {} as { receiver: Receiver; kit: Awaited<ReturnType<typeof startTestSandbox>> };
  beforeAll(async () => {
    suite.receiver = await startReceiver();
    suite.kit = await startTestSandbox(suite.receiver);
  });
  afterAll(async () => {
    await suite.kit.sandbox.close();
    await suite.receiver.close();
  });
  beforeEach(async () => {
    await suite.kit.api("POST", "/_sandbox/reset", { numbers: true });
    await suite.kit.sandbox.webhooksIdle();
    suite.receiver.received.length = 0;
    const { phoneNumberId, ...details } = number;
    await suite.kit.api("PUT", `/_sandbox/numbers/${phoneNumberId}`, details);
  });
  return suite;
}
