type Header = { key: string; value: string };

// Headers that are the same for every response, set by next.config.ts. The Content-Security-Policy
// is not here: it carries a per-request nonce, so proxy.ts builds it (content-security-policy.ts).
export function securityHeaders(): Header[] {
  const isDev = process.env.NODE_ENV !== "production";
  return [
    { key: "X-Frame-Options", value: "DENY" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
    ...(isDev ? [] : [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }]),
  ];
}
