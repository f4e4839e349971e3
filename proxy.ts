import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, newNonce } from "@/server/http/content-security-policy";

// Every page gets a fresh nonce and its CSP at request time. Next.js reads the nonce from the
// request's Content-Security-Policy header while rendering and stamps it on its scripts; the
// response carries the same policy to the browser. Pages are rendered per request (the root layout
// reads the locale cookie), so no prerendered HTML goes out with a stale or missing nonce.
export function proxy(request: NextRequest) {
  const policy = contentSecurityPolicy({
    nonce: newNonce(),
    development: process.env.NODE_ENV !== "production",
    pusherHost: process.env.PUSHER_HOST,
    pusherPort: process.env.PUSHER_PORT,
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: [
    {
      // Pages only: API routes answer JSON or files (media routes send their own sandboxing CSP),
      // and static assets need none. Prefetches render no HTML. The inbox's attachment upload is
      // left out too: Next buffers a body that passes through the proxy and cuts it at 10 MB, while
      // a document may be 100 MB (the route caps it itself).
      source: "/((?!api/|inbox/attachments|_next/static|_next/image|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
