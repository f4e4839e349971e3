import { randomBytes, randomUUID } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { firstCall, functionUrl, inngestSignature } from "@/test/inngest/inngest-cloud-call";

type Route = { POST: (request: Request) => Promise<Response> };

const SIGNING_KEY = `signkey-test-${randomBytes(32).toString("hex")}`;
const saved = { ...process.env };

// inngest/client.ts decides its mode when first imported: each case imports a fresh copy.
async function routeWith(env: Record<string, string>): Promise<Route> {
  Object.assign(process.env, { APP_URL: "http://127.0.0.1:3000", INNGEST_EVENT_KEY: "event-key", INNGEST_SIGNING_KEY: SIGNING_KEY, ...env });
  vi.resetModules();
  return (await import("./route")) as unknown as Route;
}

// A run of message/send for a message that does not exist: when it runs, it finds nothing to send.
function call(headers: Record<string, string> = {}) {
  const body = firstCall({ name: "comunicador/message.send-requested", data: { messageId: `missing-${randomUUID()}` } }, randomUUID());
  const request = new Request(functionUrl("http://127.0.0.1:3000", "message-send"), {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
  return { body, request };
}

afterEach(() => {
  for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
  Object.assign(process.env, saved);
});

describe("/api/inngest on a production server", () => {
  it("refuses unsigned and wrongly signed calls with 401, and runs a signed one", async () => {
    const route = await routeWith({ NODE_ENV: "production" });
    expect((await route.POST(call().request)).status).toBe(401);
    const forged = call();
    forged.request.headers.set("x-inngest-signature", inngestSignature(forged.body, `signkey-test-${randomBytes(32).toString("hex")}`));
    expect((await route.POST(forged.request)).status).toBe(401);

    const signed = call();
    signed.request.headers.set("x-inngest-signature", inngestSignature(signed.body, SIGNING_KEY));
    const response = await route.POST(signed.request);
    expect(response.status).toBe(206);
    expect(await response.json()).toMatchObject([{ op: "StepRun", data: { kind: "skipped", reason: "missing" } }]);
  });

  it("stays signed when INNGEST_DEV is set outside the local demo", async () => {
    const route = await routeWith({ NODE_ENV: "production", INNGEST_DEV: "1" });
    expect((await route.POST(call().request)).status).toBe(401);
  });

  it("takes the local executor's unsigned calls in the local demo", async () => {
    const route = await routeWith({ NODE_ENV: "production", INNGEST_DEV: "1", COMUNICADOR_LOCAL_DEMO: "1" });
    const response = await route.POST(call().request);
    expect(response.status).toBe(206);
    expect(await response.json()).toMatchObject([{ op: "StepRun", data: { kind: "skipped", reason: "missing" } }]);
  });
});
