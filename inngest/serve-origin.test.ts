import { describe, expect, it } from "vitest";
import { inngestServeOrigin } from "./serve-origin";

describe("inngestServeOrigin", () => {
  it("registers the public APP_URL in cloud mode, never the request's Host", () => {
    expect(inngestServeOrigin({ NODE_ENV: "production", APP_URL: "https://crm.exemplo.com.br/" })).toBe("https://crm.exemplo.com.br");
    expect(inngestServeOrigin({ NODE_ENV: "production", APP_URL: "https://crm.exemplo.com.br", INNGEST_SERVE_ORIGIN: "https://interno:8443" })).toBe(
      "https://interno:8443",
    );
  });

  it("leaves the URL to the local executor in dev mode", () => {
    expect(inngestServeOrigin({ NODE_ENV: "production", APP_URL: "http://localhost:3000", INNGEST_DEV: "1", COMUNICADOR_LOCAL_DEMO: "1" })).toBeUndefined();
  });
});
