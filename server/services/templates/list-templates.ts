import "server-only";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { templateSelect, toTemplateView } from "./template-view";
import { examplesByKind, toEditorBody } from "./template-variables";
import { toEditorComponents } from "./template-components";

export async function listTemplates(db: Db, channelId: string) {
  const rows = await db.messageTemplate.findMany({ where: { channelId }, select: templateSelect, orderBy: [{ updatedAt: "desc" }, { id: "asc" }] });
  const now = new Date();
  return rows.map((row) => toTemplateView(row, now));
}

export async function getTemplate(db: Db, templateId: string) {
  const row = await db.messageTemplate.findUnique({ where: { id: templateId }, select: templateSelect });
  if (!row) throw new AppError("NOT_FOUND", "templates.notFound");
  const view = toTemplateView(row);
  return {
    ...view,
    editorBody: toEditorBody(view),
    // Header and URL examples fill the same kinds as the body's: one example per kind in the editor.
    examples: { ...examplesByKind(view.headerVariables), ...examplesByKind(view.buttons.flatMap((b) => (b.type === "URL" && b.variable ? [b.variable] : []))), ...examplesByKind(view.variables) },
    components: toEditorComponents(view),
  };
}
