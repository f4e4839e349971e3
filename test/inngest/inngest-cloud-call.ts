import { createHmac } from "node:crypto";

// What Inngest Cloud sends to /api/inngest to run a function, and how it signs it: tests play
// Inngest against the app in cloud mode (INNGEST-PROTOCOL.md, "Signatures").

/** RFC 8785 JSON for the plain data a call carries (strings, integers, booleans, null, arrays, objects). */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** `X-Inngest-Signature` for a body: HMAC-SHA256 keyed with the signing key minus its `signkey-<env>-` prefix. */
export function inngestSignature(body: unknown, signingKey: string, at = new Date()): string {
  const t = String(Math.floor(at.getTime() / 1000));
  const key = signingKey.replace(/^signkey-\w+-/, "");
  const s = createHmac("sha256", key).update(canonicalJson(body)).update(t).digest("hex");
  return `t=${t}&s=${s}`;
}

export type InngestEvent = { name: string; data: Record<string, unknown>; id?: string; ts?: number };

/** The first call of a run: no step done yet, so the SDK finds the first step and runs it at once. */
export function firstCall(event: InngestEvent, runId: string) {
  return {
    event,
    events: [event],
    steps: {},
    ctx: { run_id: runId, attempt: 0, max_attempts: 1, disable_immediate_execution: false, use_api: false, stack: { stack: [], current: 0 } },
    version: -1,
  };
}

export function functionUrl(appUrl: string, fnId: string): string {
  const url = new URL("/api/inngest", appUrl);
  url.searchParams.set("fnId", `comunicador-${fnId}`);
  url.searchParams.set("stepId", "step");
  return url.toString();
}
