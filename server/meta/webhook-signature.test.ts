import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signPayload, verifySignature } from "./webhook-signature";

const secret = "app-secret-de-teste";
const body = JSON.stringify({ object: "whatsapp_business_account", entry: [{ id: "1", changes: [] }] });

describe("webhook signature", () => {
  it("signs like Meta: sha256=<hex HMAC-SHA256 of the raw body>", () => {
    const expected = createHmac("sha256", secret).update(body).digest("hex");
    expect(signPayload(secret, body)).toBe(`sha256=${expected}`);
  });

  it("accepts its own signature, over a string or the same bytes", () => {
    const header = signPayload(secret, body);
    expect(verifySignature(secret, body, header)).toBe(true);
    expect(verifySignature(secret, Buffer.from(body), header)).toBe(true);
    expect(verifySignature(secret, body, header.toUpperCase().replace("SHA256=", "sha256="))).toBe(true);
  });

  it("refuses a tampered body", () => {
    const header = signPayload(secret, body);
    expect(verifySignature(secret, body.replace('"1"', '"2"'), header)).toBe(false);
    // Re-serialised JSON changes the bytes, so it must not verify either.
    expect(verifySignature(secret, JSON.stringify(JSON.parse(body), null, 2), header)).toBe(false);
  });

  it("refuses another secret", () => {
    expect(verifySignature("outro-segredo", body, signPayload(secret, body))).toBe(false);
  });

  it.each([undefined, null, "", "sha256=", "sha1=abc", "sha256=zz", `sha256=${"a".repeat(63)}`, "a".repeat(64)])(
    "returns false for the malformed header %j without throwing",
    (header) => {
      expect(verifySignature(secret, body, header)).toBe(false);
    },
  );

  it("returns false when no secret is configured", () => {
    expect(verifySignature("", body, signPayload("", body))).toBe(false);
  });
});
