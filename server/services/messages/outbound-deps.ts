import "server-only";
import type { Jobs } from "@/server/jobs/jobs";
import { inngestJobs } from "@/server/jobs/inngest-jobs";
import type { Push } from "@/server/realtime/channels";
import { publish } from "@/server/realtime/publish";

// Side effects after the commit, injectable so tests record them instead of reaching Inngest/Pusher.
export type OutboundDeps = {
  jobs: Jobs;
  publish: (pushes: Push[]) => Promise<void>;
  now: () => Date;
};

export const defaultOutboundDeps: OutboundDeps = { jobs: inngestJobs, publish, now: () => new Date() };
