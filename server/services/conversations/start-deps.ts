import "server-only";
import type { Jobs } from "@/server/jobs/jobs";
import { inngestJobs } from "@/server/jobs/inngest-jobs";
import { publish } from "@/server/realtime/publish";
import type { Push } from "@/server/realtime/channels";

// Side effects after the commit, injectable so tests record them instead of reaching Inngest/Pusher.
export type StartDeps = {
  jobs: Jobs;
  publish: (pushes: Push[]) => Promise<void>;
};

export const defaultStartDeps: StartDeps = { jobs: inngestJobs, publish };
