type Header = { key: string; value: string };

// The browser talks to the app, to the Pusher/Soketi websocket and nothing else.
function connectSources(): string {
  const sources = ["'self'"];
  const host = process.env.PUSHER_HOST;
  if (host) {
    const port = process.env.PUSHER_PORT ? `:${process.env.PUSHER_PORT}` : "";
    sources.push(`ws://${host}${port}`, `wss://${host}${port}`);
  } else {
    sources.push("wss://*.pusher.com", "https://*.pusher.com");
  }
  return sources.join(" ");
}

export function securityHeaders(): Header[] {
  const isDev = process.env.NODE_ENV !== "production";
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "media-src 'self' blob:",
    "font-src 'self' data:",
    `connect-src ${connectSources()}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join("; ");
  return [
    { key: "Content-Security-Policy", value: csp },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
    ...(isDev ? [] : [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }]),
  ];
}
