import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/server/auth/permissions";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit/record-audit";
import { canHoldTemplates } from "./template-channels";
import type { SaveTemplateInput } from "./template-schemas";
import { toMetaBody } from "./template-variables";
import { validateTemplateDraft, type TemplateIssue } from "./template-validation";
import { toStoredComponents, type EditorComponents, type HeaderMediaFile } from "./template-components";
import { toTemplateView } from "./template-view";
import { isUniqueViolation } from "@/server/db-errors";

type Tx = Prisma.TransactionClient;

// Issue codes are keys under errors.templates (and templates.validation for the editor).
export const templateIssueKey = (issue: TemplateIssue) => `templates.${issue.code}`;

const editorComponents = (input: SaveTemplateInput): EditorComponents => ({ header: input.header ?? { format: "NONE" }, footer: input.footer ?? "", buttons: input.buttons ?? [] });

// The header's file as Meta will judge it: from the development's library or an upload (a MediaAsset).
async function headerMedia(tx: Tx, header: EditorComponents["header"]): Promise<HeaderMediaFile | null | undefined> {
  if (!("mediaAssetId" in header) || !header.mediaAssetId) return undefined;
  return tx.mediaAsset.findUnique({ where: { id: header.mediaAssetId }, select: { mimeType: true, sizeBytes: true } });
}

async function prepare(tx: Tx, input: SaveTemplateInput) {
  const components = editorComponents(input);
  const issue = validateTemplateDraft({ name: input.name, editorBody: input.editorBody, components }, await headerMedia(tx, components.header))[0];
  if (issue) throw new AppError("BAD_REQUEST", templateIssueKey(issue), issue.params);
  const { body, variables } = toMetaBody(input.editorBody.trim(), input.examples);
  const stored = toStoredComponents(components, input.examples);
  return {
    name: input.name,
    language: input.language,
    category: input.category,
    body,
    variables,
    ...stored,
    buttons: stored.buttons as Prisma.InputJsonValue,
  };
}

async function assertNameFree(tx: Tx, where: { channelId: string; name: string; language: string; exceptId?: string }) {
  const clash = await tx.messageTemplate.findFirst({
    where: { channelId: where.channelId, name: where.name, language: where.language, ...(where.exceptId ? { id: { not: where.exceptId } } : {}) },
    select: { id: true },
  });
  if (clash) throw new AppError("CONFLICT", "templates.nameTaken", { name: where.name });
}

function uniqueViolation(error: unknown, name: string): never {
  if (isUniqueViolation(error)) throw new AppError("CONFLICT", "templates.nameTaken", { name });
  throw error;
}

export async function createTemplate(db: Db, actor: Actor, input: SaveTemplateInput & { channelId: string }) {
  return db
    .$transaction(async (tx) => {
      const data = await prepare(tx, input);
      const channel = await tx.channel.findUnique({ where: { id: input.channelId }, select: { mode: true, canStartConversations: true } });
      if (!channel) throw new AppError("NOT_FOUND", "channels.notFound");
      if (!canHoldTemplates(channel)) throw new AppError("PRECONDITION_FAILED", "templates.channelCannotStart");
      await assertNameFree(tx, { channelId: input.channelId, name: data.name, language: data.language });
      const template = await tx.messageTemplate.create({ data: { ...data, channelId: input.channelId, status: "DRAFT" }, select: { id: true } });
      await recordAudit(tx, { actorId: actor.id, action: "template.created", entityType: "MessageTemplate", entityId: template.id, data: { name: data.name } });
      return template;
    })
    .catch((error: unknown) => uniqueViolation(error, input.name));
}

// Editing a rejected template brings it back to draft, ready to be sent again (seed §4.3).
export async function updateTemplate(db: Db, actor: Actor, input: SaveTemplateInput & { templateId: string }) {
  return db
    .$transaction(async (tx) => {
      const data = await prepare(tx, input);
      const row = await tx.messageTemplate.findUnique({
        where: { id: input.templateId },
        select: { id: true, channelId: true, name: true, language: true, status: true, variables: true, rejectedReason: true, submittedAt: true, metaTemplateId: true },
      });
      if (!row) throw new AppError("NOT_FOUND", "templates.notFound");
      const view = toTemplateView(row);
      if (view.inFlight) throw new AppError("CONFLICT", "templates.inFlight");
      if (!view.editable) throw new AppError("PRECONDITION_FAILED", "templates.notEditable");
      // Meta edits a template it knows in place and never renames it: a new name is a new template.
      if (row.metaTemplateId && (row.name !== data.name || row.language !== data.language)) {
        throw new AppError("PRECONDITION_FAILED", "templates.nameLocked");
      }
      await assertNameFree(tx, { channelId: row.channelId, name: data.name, language: data.language, exceptId: row.id });
      await tx.messageTemplate.update({
        where: { id: row.id },
        data: { ...data, status: "DRAFT", rejectedReason: null, decidedAt: null, submittedAt: null, submittedById: null },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "template.updated",
        entityType: "MessageTemplate",
        entityId: row.id,
        data: { name: data.name, previousStatus: row.status },
      });
      return { id: row.id };
    })
    .catch((error: unknown) => uniqueViolation(error, input.name));
}
