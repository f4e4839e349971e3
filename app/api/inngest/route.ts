import { serve } from "inngest/next";
import { inngest } from "@/inngest/client";
import { functions } from "@/inngest/index";
import { inngestServeOrigin } from "@/inngest/serve-origin";

// Signed or not is the client's mode (inngest/client.ts); the origin pins where a sync points Inngest.
const serveOrigin = inngestServeOrigin(process.env);

export const { GET, POST, PUT } = serve({ client: inngest, functions, serveOrigin, servePath: serveOrigin ? "/api/inngest" : undefined });
