import "server-only";
import { Inngest } from "inngest";
import { inngestDevModeAllowed } from "@/server/runtime-mode";

// On a production server outside the local demo the client is pinned to cloud mode, whatever
// INNGEST_DEV says: INNGEST_EVENT_KEY sends events, and /api/inngest runs a function only for a
// request signed with INNGEST_SIGNING_KEY (Inngest Cloud, or `inngest start` at INNGEST_BASE_URL).
// Elsewhere (the local demo, development, tests) the SDK reads INNGEST_DEV at request time: dev
// mode takes the local executor's or `inngest-cli dev`'s unsigned calls.
export const inngest = new Inngest({ id: "comunicador", ...(inngestDevModeAllowed(process.env) ? {} : { isDev: false }) });
