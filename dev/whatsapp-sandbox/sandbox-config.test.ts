import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_CONFIG, sandboxConfigFromEnv } from "./config";
import { startTestSandbox } from "../../test/whatsapp-sandbox/sandbox-kit";

describe("sandboxConfigFromEnv", () => {
  it("uses the documented defaults when nothing is set", () => {
    expect(sandboxConfigFromEnv({})).toEqual({});
    expect(DEFAULT_CONFIG).toMatchObject({
      port: 8290,
      host: "127.0.0.1",
      accessToken: "sandbox-access-token",
      rateLimitMps: 80,
      statusDelayMs: 800,
      templateReviewDelayMs: 3000,
      rejectMarker: "REPROVAR",
      webhooks: true,
      autoRead: true,
      windowMs: 86_400_000,
    });
  });

  it("reads every variable", () => {
    expect(
      sandboxConfigFromEnv({
        SANDBOX_PORT: "9000",
        SANDBOX_HOST: "0.0.0.0",
        SANDBOX_WEBHOOK_URL: "http://127.0.0.1:3000/api/webhooks/meta",
        META_APP_SECRET: "s3cr3t",
        SANDBOX_ACCESS_TOKEN: "tok",
        SANDBOX_RATE_LIMIT_MPS: "5",
        SANDBOX_STATUS_DELAY_MS: "0",
        SANDBOX_TEMPLATE_REVIEW_DELAY_MS: "10",
        SANDBOX_REJECT_MARKER: "NAO",
        SANDBOX_STATE_FILE: ".data/sandbox/state.json",
        SANDBOX_WEBHOOKS: "off",
        SANDBOX_WINDOW_MS: "1000",
        SANDBOX_WINDOW_ERROR: "webhook",
      }),
    ).toEqual({
      port: 9000,
      host: "0.0.0.0",
      webhookUrl: "http://127.0.0.1:3000/api/webhooks/meta",
      appSecret: "s3cr3t",
      accessToken: "tok",
      rateLimitMps: 5,
      statusDelayMs: 0,
      templateReviewDelayMs: 10,
      rejectMarker: "NAO",
      stateFile: ".data/sandbox/state.json",
      webhooks: false,
      windowMs: 1000,
      windowErrorMode: "webhook",
    });
  });

  it("says which variable is wrong", () => {
    expect(() => sandboxConfigFromEnv({ SANDBOX_PORT: "abc" })).toThrow(/SANDBOX_PORT/);
    expect(() => sandboxConfigFromEnv({ SANDBOX_WEBHOOKS: "talvez" })).toThrow(/SANDBOX_WEBHOOKS/);
    expect(() => sandboxConfigFromEnv({ SANDBOX_WINDOW_ERROR: "x" })).toThrow(/SANDBOX_WINDOW_ERROR/);
  });
});

describe("running sandbox", () => {
  let kit: Awaited<ReturnType<typeof startTestSandbox>>;
  beforeAll(async () => {
    kit = await startTestSandbox(undefined);
  });
  afterAll(() => kit.sandbox.close());

  it("serves the pt-BR phone page at /", async () => {
    const response = await fetch(`${kit.sandbox.url}/`);
    expect(response.headers.get("content-type")).toContain("text/html");
    const html = await response.text();
    expect(html).toContain('<html lang="pt-BR">');
    expect(html).toContain('for="text">Mensagem do lead</label>');
  });

  it("changes settings at runtime, hides secrets, and reset restores them", async () => {
    const changed = await kit.api("POST", "/_sandbox/config", { rateLimitMps: 2, autoRead: false });
    expect(changed.body).toMatchObject({ rateLimitMps: 2, autoRead: false });
    expect(changed.body).not.toHaveProperty("appSecret");
    expect(changed.body).not.toHaveProperty("accessToken");
    expect((await kit.api("POST", "/_sandbox/config", { appSecret: "x" })).status).toBe(400);
    await kit.api("POST", "/_sandbox/reset");
    expect((await kit.api("GET", "/_sandbox/config")).body).toMatchObject({ rateLimitMps: 80, autoRead: true });
  });

  it("answers 404 for unknown sandbox routes and 100 for unknown Graph paths", async () => {
    expect((await kit.api("GET", "/_sandbox/nada")).status).toBe(404);
    const graph = await fetch(`${kit.sandbox.url}/v24.0/1/2/3`, { headers: { authorization: "Bearer token-de-teste" } });
    expect(await graph.json()).toMatchObject({ error: { code: 100 } });
  });
});
