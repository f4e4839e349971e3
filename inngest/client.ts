import { Inngest } from "inngest";
import { inngestDevMode } from "@/server/runtime-mode";

// The mode is decided here, not left to the SDK's reading of INNGEST_DEV: dev mode (unsigned calls,
// the local executor or `inngest-cli dev`) only outside production or inside the local demo.
// Everywhere else it is cloud mode: INNGEST_EVENT_KEY sends events, and /api/inngest runs a
// function only for a request signed with INNGEST_SIGNING_KEY (Inngest Cloud, or a self-hosted
// `inngest start` at INNGEST_BASE_URL).
export const inngest = new Inngest({ id: "comunicador", isDev: inngestDevMode(process.env) });
