import "server-only";
import { router } from "@/server/api/trpc";
import { cancel } from "./cancel";
import { createDraft } from "./create-draft";
import { pause } from "./pause";
import { previewSegment } from "./preview-segment";
import { resume } from "./resume";
import { schedule } from "./schedule";

export const campaignsRouter = router({ previewSegment, createDraft, schedule, pause, resume, cancel });
