import { describe, expect, it } from "vitest";
import { isSameOrigin } from "./same-origin";

const APP = "https://crm.exemplo.com.br";
const from = (origin?: string) => new Request(`${APP}/inbox/attachments`, { method: "POST", headers: origin === undefined ? {} : { origin } });

describe("isSameOrigin", () => {
  it("accepts the app's own origin", () => {
    expect(isSameOrigin(from(APP), APP)).toBe(true);
    expect(isSameOrigin(from(APP), `${APP}/`)).toBe(true);
  });

  it.each([
    ["another site", "https://evil.example"],
    ["a subdomain", "https://x.crm.exemplo.com.br"],
    ["http instead of https", "http://crm.exemplo.com.br"],
    ["another port", "https://crm.exemplo.com.br:8443"],
    ["a look-alike suffix", "https://crm.exemplo.com.br.evil.example"],
    ["an opaque origin", "null"],
    ["garbage", "::"],
  ])("refuses %s", (_, origin) => {
    expect(isSameOrigin(from(origin), APP)).toBe(false);
  });

  it("refuses a request without Origin", () => {
    expect(isSameOrigin(from(), APP)).toBe(false);
  });
});
