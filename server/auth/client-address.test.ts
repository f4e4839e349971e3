import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";

const headers = (xff?: string) => new Headers(xff === undefined ? {} : { "x-forwarded-for": xff });

describe("clientAddress", () => {
  it("without TRUST_PROXY takes the single address Next.js records from the socket", () => {
    expect(clientAddress(headers("203.0.113.7"), 0)).toBe("203.0.113.7");
    expect(clientAddress(headers("::ffff:127.0.0.1"), 0)).toBe("127.0.0.1");
    expect(clientAddress(headers("2001:db8::1"), 0)).toBe("2001:db8::1");
  });

  it("without TRUST_PROXY treats a chain, garbage or no header as unknown", () => {
    expect(clientAddress(headers("1.2.3.4, 203.0.113.7"), 0)).toBeNull();
    expect(clientAddress(headers("not-an-address"), 0)).toBeNull();
    expect(clientAddress(headers(), 0)).toBeNull();
  });

  it("with TRUST_PROXY=N takes the entry the outermost trusted proxy appended, never the client's claim", () => {
    // The client sent "X-Forwarded-For: 6.6.6.6"; the proxy appended the real address.
    expect(clientAddress(headers("6.6.6.6, 198.51.100.9"), 1)).toBe("198.51.100.9");
    expect(clientAddress(headers("6.6.6.6, 198.51.100.9, 10.0.0.2"), 2)).toBe("198.51.100.9");
    expect(clientAddress(headers("198.51.100.9"), 2)).toBeNull();
  });
});
