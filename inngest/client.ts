import { Inngest } from "inngest";

// Dev mode (INNGEST_DEV=1) talks to the local executor or `inngest-cli dev`; production uses
// INNGEST_EVENT_KEY / INNGEST_SIGNING_KEY (Inngest Cloud) or INNGEST_BASE_URL (self-hosted).
export const inngest = new Inngest({ id: "comunicador" });
