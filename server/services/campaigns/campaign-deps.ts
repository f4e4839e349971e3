import "server-only";
import { inngestJobs } from "@/server/jobs/inngest-jobs";
import { publish } from "@/server/realtime/publish";
import type { RunDeps } from "./run-campaign-step";

// Side effects after the commit, injectable so tests record them instead of reaching Inngest/Pusher.
export const defaultCampaignDeps: RunDeps = { jobs: inngestJobs, publish };
