import "server-only";
import type { Actor } from "@/server/auth/permissions";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { inngestJobs } from "@/server/jobs/inngest-jobs";
import type { Jobs } from "@/server/jobs/jobs";
import { recordAudit } from "@/server/services/audit/record-audit";
import { canHoldTemplates } from "./template-channels";
import { parseStoredVariables, toEditorBody } from "./template-variables";
import { validateTemplateDraft } from "./template-validation";
import { storedComponents, toEditorComponents } from "./template-components";
import { SUBMISSION_STALE_MS, templateComponentsSelect } from "./template-view";
import { templateIssueKey } from "./save-template";

// Marks the draft as submitted and hands it to the template/submit job, which talks to Meta and
// sets PENDING. Until then the screen shows "Enviando para a Meta…".
export async function submitTemplate(db: Db, actor: Actor, templateId: string, jobs: Jobs = inngestJobs) {
  const row = await db.messageTemplate.findUnique({
    where: { id: templateId },
    select: {
      id: true,
      name: true,
      body: true,
      variables: true,
      status: true,
      ...templateComponentsSelect,
      headerMediaAsset: { select: { mimeType: true, sizeBytes: true } },
      channel: { select: { mode: true, canStartConversations: true } },
    },
  });
  if (!row) throw new AppError("NOT_FOUND", "templates.notFound");
  if (row.status !== "DRAFT") throw new AppError("PRECONDITION_FAILED", "templates.notSubmittable");
  if (!canHoldTemplates(row.channel)) throw new AppError("PRECONDITION_FAILED", "templates.channelCannotStart");
  // Checked again: the header's file may have been replaced or deleted since the draft was saved.
  const editorBody = toEditorBody({ body: row.body, variables: parseStoredVariables(row.variables) });
  const issue = validateTemplateDraft({ name: row.name, editorBody, components: toEditorComponents(storedComponents(row)) }, row.headerMediaAsset)[0];
  if (issue) throw new AppError("BAD_REQUEST", templateIssueKey(issue), issue.params);

  const submittedAt = new Date();
  // Conditional claim: two clicks (or two admins) submit once; a lost submission may be retried.
  const claimed = await db.messageTemplate.updateMany({
    where: { id: row.id, status: "DRAFT", OR: [{ submittedAt: null }, { submittedAt: { lt: new Date(submittedAt.getTime() - SUBMISSION_STALE_MS) } }] },
    data: { submittedAt, submittedById: actor.id },
  });
  if (claimed.count === 0) throw new AppError("CONFLICT", "templates.inFlight");

  try {
    await jobs.submitTemplate({ templateId: row.id, submittedById: actor.id, submittedAt });
  } catch {
    await db.messageTemplate.updateMany({ where: { id: row.id, submittedAt }, data: { submittedAt: null, submittedById: null } });
    throw new AppError("PRECONDITION_FAILED", "templates.queueUnavailable");
  }
  await recordAudit(db, { actorId: actor.id, action: "template.submitted", entityType: "MessageTemplate", entityId: row.id, data: { name: row.name } });
  return { id: row.id, submittedAt };
}
