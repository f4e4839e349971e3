import { afterEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { config, proxy } from "@/proxy";
import { contentSecurityPolicy, newNonce } from "./content-security-policy";

const directive = (policy: string, name: string) => policy.split("; ").find((d) => d.startsWith(`${name} `)) ?? "";

describe("the Content-Security-Policy", () => {
  it("lets scripts run only with the request's nonce; 'unsafe-eval' only in development", () => {
    const production = contentSecurityPolicy({ nonce: "abc123", development: false });
    expect(directive(production, "script-src")).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(directive(contentSecurityPolicy({ nonce: "abc123", development: true }), "script-src")).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic' 'unsafe-eval'");
    expect(production).toContain("frame-ancestors 'none'");
    expect(production).toContain("object-src 'none'");
  });

  it("lets the browser reach the Soketi named by PUSHER_HOST, or Pusher Channels without one", () => {
    expect(directive(contentSecurityPolicy({ nonce: "n", development: false, pusherHost: "ws.exemplo.com.br", pusherPort: "6001" }), "connect-src")).toBe(
      "connect-src 'self' ws://ws.exemplo.com.br:6001 wss://ws.exemplo.com.br:6001",
    );
    expect(directive(contentSecurityPolicy({ nonce: "n", development: false }), "connect-src")).toBe("connect-src 'self' wss://*.pusher.com https://*.pusher.com");
  });

  it("makes a fresh 128-bit nonce each time", () => {
    const nonces = new Set(Array.from({ length: 50 }, newNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });
});

describe("proxy.ts", () => {
  afterEach(() => vi.unstubAllEnvs());

  // The policy used to be computed once by next.config.ts at build time, PUSHER_HOST included.
  it("builds the policy per request, from the environment the server runs with, and hands the nonce to the renderer", () => {
    vi.stubEnv("PUSHER_HOST", "soketi-a.interno");
    vi.stubEnv("PUSHER_PORT", "6001");
    const first = proxy(new NextRequest("http://127.0.0.1:3000/inbox"));
    vi.stubEnv("PUSHER_HOST", "soketi-b.interno");
    const second = proxy(new NextRequest("http://127.0.0.1:3000/inbox"));

    const [a, b] = [first.headers.get("content-security-policy") ?? "", second.headers.get("content-security-policy") ?? ""];
    expect(directive(a, "connect-src")).toContain("wss://soketi-a.interno:6001");
    expect(directive(b, "connect-src")).toContain("wss://soketi-b.interno:6001");
    const nonceOf = (policy: string) => /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonceOf(a)).toBeTruthy();
    expect(nonceOf(a)).not.toBe(nonceOf(b));
    // Next.js reads the nonce from the request's header while rendering (x-middleware-request-*).
    expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(a);
  });
});

describe("proxy.ts matcher", () => {
  const matches = (url: string) => unstable_doesMiddlewareMatch({ config, url });

  it("runs on pages and leaves API routes and the inbox's attachment upload alone", () => {
    expect(matches("/inbox")).toBe(true);
    expect(matches("/settings/channels")).toBe(true);
    expect(matches("/api/webhooks/meta")).toBe(false);
    // Bodies passing through the proxy are buffered and cut at 10 MB; documents may be 100 MB.
    expect(matches("/inbox/attachments")).toBe(false);
  });
});
