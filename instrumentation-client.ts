import { config } from "zod";

// Runs in the browser before any client component module (and so before any zod schema is built).
// Zod compiles object parsers with `new Function` where it may, and its probe for that is itself
// reported as a violation of our Content-Security-Policy, which has no 'unsafe-eval' in production.
config({ jitless: true });
