import "server-only";
import { inngestDevMode } from "@/server/runtime-mode";

type Source = Record<string, string | undefined>;

/**
 * Where Inngest is told to call the app when it syncs. In cloud mode a sync may be an unsigned PUT
 * (the documented `curl -X PUT …/api/inngest`), and the SDK would otherwise register the URL it
 * reads from that request's Host header: anyone could point the app's functions at their own
 * server. So production registers APP_URL (or INNGEST_SERVE_ORIGIN behind a proxy); the local
 * executor passes its own URL in dev mode.
 */
export function inngestServeOrigin(source: Source): string | undefined {
  if (inngestDevMode(source)) return undefined;
  if (source.INNGEST_SERVE_ORIGIN) return source.INNGEST_SERVE_ORIGIN;
  if (!source.APP_URL) return undefined;
  try {
    return new URL(source.APP_URL).origin;
  } catch {
    return undefined;
  }
}
