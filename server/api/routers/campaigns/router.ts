import "server-only";
import { router } from "@/server/api/trpc";
import { createDraft } from "./create-draft";
import { previewSegment } from "./preview-segment";

export const campaignsRouter = router({ previewSegment, createDraft });
