import "server-only";
import { router } from "@/server/api/trpc";
import { builderOptions } from "./builder-options";
import { createDraft } from "./create-draft";
import { get } from "./get";
import { list } from "./list";
import { previewSegment } from "./preview-segment";
import { recipients } from "./recipients";
import { results } from "./results";

export const campaignsRouter = router({ previewSegment, createDraft, builderOptions, list, get, recipients, results });
