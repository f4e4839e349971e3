import "server-only";
import { env } from "@/server/env";

/**
 * Browsers send `Origin` on every POST. A route that takes a multipart form (which any page may
 * post across sites without a preflight) answers only the app's own pages, at APP_URL; a request
 * without `Origin`, or with `null`, is refused too.
 */
export function isSameOrigin(request: Request, appUrl: string = env().APP_URL): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return false;
  try {
    return new URL(origin).origin === new URL(appUrl).origin;
  } catch {
    return false;
  }
}
