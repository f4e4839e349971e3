import "server-only";
import { router } from "@/server/api/trpc";
import { builderOptions } from "./builder-options";
import { cancel } from "./cancel";
import { createDraft } from "./create-draft";
import { get } from "./get";
import { list } from "./list";
import { pause } from "./pause";
import { previewSegment } from "./preview-segment";
import { recipients } from "./recipients";
import { results } from "./results";
import { resume } from "./resume";
import { schedule } from "./schedule";

export const campaignsRouter = router({ previewSegment, createDraft, schedule, pause, resume, cancel, builderOptions, list, get, recipients, results });
