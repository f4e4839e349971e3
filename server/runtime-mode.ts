import "server-only";
// The app runs in one of two modes. The local demo (the launcher sets COMUNICADOR_LOCAL_DEMO=1)
// talks to stand-ins: the WhatsApp sandbox, Soketi and the local Inngest executor, which calls
// /api/inngest unsigned. Production talks to the real services and accepts only signed Inngest
// calls. Nothing else may switch the Inngest endpoint to its unsigned dev mode.
type Source = Record<string, string | undefined>;

export const LOCAL_DEMO_FLAG = "COMUNICADOR_LOCAL_DEMO";

const TRUE = new Set(["1", "true"]);
const FALSE = new Set(["0", "false"]);

export function isLocalDemo(source: Source): boolean {
  return TRUE.has(source[LOCAL_DEMO_FLAG]?.trim().toLowerCase() ?? "");
}

// The inngest SDK reads INNGEST_DEV as "1"/"true" (dev), "0"/"false" (cloud) or a dev server URL (dev).
export function inngestDevRequested(source: Source): boolean {
  const value = source.INNGEST_DEV?.trim().toLowerCase();
  return Boolean(value) && !FALSE.has(value ?? "");
}

/** Dev mode is never allowed on a production server outside the local demo. */
export function inngestDevModeAllowed(source: Source): boolean {
  return source.NODE_ENV !== "production" || isLocalDemo(source);
}

/** Whether the Inngest client runs in dev mode: asked for, and allowed. */
export function inngestDevMode(source: Source): boolean {
  return inngestDevRequested(source) && inngestDevModeAllowed(source);
}
