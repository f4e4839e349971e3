// The page's Content-Security-Policy, built per request by proxy.ts: scripts run only when they carry
// that request's nonce (Next.js stamps it on its own scripts) or are loaded by one that does
// ('strict-dynamic'), so an injected <script> or inline handler never runs.

export type CspOptions = {
  nonce: string;
  /** React's dev build evaluates code (server error stacks, fast refresh); production never does. */
  development: boolean;
  /** PUSHER_HOST / PUSHER_PORT as the running server sees them: Soketi locally, Pusher Channels otherwise. */
  pusherHost?: string;
  pusherPort?: string;
};

// The browser talks to the app and to the Pusher/Soketi websocket, nothing else.
function connectSources({ pusherHost, pusherPort }: CspOptions): string {
  if (!pusherHost) return "'self' wss://*.pusher.com https://*.pusher.com";
  const port = pusherPort && /^\d+$/.test(pusherPort) ? `:${pusherPort}` : "";
  // pusher-js picks ws or wss by the page's protocol as well as by forceTLS: allow both.
  return `'self' ws://${pusherHost}${port} wss://${pusherHost}${port}`;
}

export function contentSecurityPolicy(options: CspOptions): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${options.nonce}' 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ""}`,
    // Inline styles stay allowed: React style props (e.g. a progress bar's width) and Radix's
    // positioning write style attributes, which a nonce cannot cover. Styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "media-src 'self' blob:",
    "font-src 'self' data:",
    `connect-src ${connectSources(options)}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join("; ");
}

/** 128 random bits, base64: unguessable and fresh for every page. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
