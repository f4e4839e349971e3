import { z } from "zod";
import { templateVariables } from "../../server/meta/validate-outbound";
import type { SandboxContext } from "./context";
import { sendGraphError } from "./graph-errors";
import { sendJson } from "./http-io";
import { newNumericId } from "./ids";
import type { RouteContext } from "./router";
import type { Template } from "./state-types";

const componentsSchema = z.array(z.looseObject({ type: z.string(), text: z.string().optional(), example: z.record(z.string(), z.unknown()).optional() })).min(1);

const createSchema = z.looseObject({
  name: z.string(),
  language: z.string(),
  category: z.string(),
  parameter_format: z.string().optional(),
  components: componentsSchema,
});

const editSchema = z.looseObject({ category: z.string().optional(), components: componentsSchema });

const CATEGORIES = ["MARKETING", "UTILITY", "AUTHENTICATION"];
// Meta edits only templates it has decided on; a PENDING one waits for its review.
const EDITABLE = ["APPROVED", "REJECTED", "PAUSED"];

export function templateJson(template: Template) {
  return {
    id: template.id,
    name: template.name,
    status: template.status,
    category: template.category,
    language: template.language,
    components: template.components,
    ...(template.parameterFormat ? { parameter_format: template.parameterFormat } : {}),
    ...(template.status === "REJECTED" ? { rejected_reason: template.reason ?? "NONE" } : {}),
  };
}

// Meta's review rules that an app is most likely to trip over, on creation and on edit.
function contentProblem(input: { category?: string; components: z.infer<typeof componentsSchema> }): string | undefined {
  if (input.category !== undefined && !CATEGORIES.includes(input.category)) return "Param category must be one of {MARKETING, UTILITY, AUTHENTICATION}.";
  const body = input.components.find((component) => component.type.toUpperCase() === "BODY");
  if (!body?.text) return "Message template must have a BODY component with text.";
  if (body.text.length > 1024) return "BODY text must be at most 1024 characters long.";
  if (templateVariables(body.text).length > 0 && !body.example) {
    return "Message template BODY with variables requires example values (example.body_text or example.body_text_named_params).";
  }
  return undefined;
}

function creationProblem(input: z.infer<typeof createSchema>, existing: Template[]): string | undefined {
  if (!/^[a-z0-9_]{1,512}$/.test(input.name)) return "Template name may only contain lowercase letters, digits and underscores.";
  const problem = contentProblem(input);
  if (problem) return problem;
  if (existing.some((template) => template.name === input.name && template.language === input.language)) {
    return `Content in this language already exists for template ${input.name} (${input.language}).`;
  }
  return undefined;
}

export async function handleCreateTemplate(sandbox: SandboxContext, route: RouteContext, wabaId: string) {
  const parsed = createSchema.safeParse(await route.json());
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return sendGraphError(route.res, 100, { details: `Param ${issue?.path.join(".") || "body"} is invalid: ${issue?.message}` });
  }
  const problem = creationProblem(parsed.data, sandbox.store.listTemplates(wabaId));
  if (problem) return sendGraphError(route.res, 100, { details: problem });
  const now = Date.now();
  const template = sandbox.store.putTemplate({
    id: newNumericId(),
    wabaId,
    name: parsed.data.name,
    language: parsed.data.language,
    category: parsed.data.category,
    parameterFormat: parsed.data.parameter_format,
    components: parsed.data.components,
    status: "PENDING",
    createdAt: now,
    updatedAt: now,
  });
  sandbox.templateReview.submitted(template);
  sendJson(route.res, 200, { id: template.id, status: template.status, category: template.category });
}

/** POST /{template-id}: Meta's in-place edit; the template goes back to PENDING for a new review. */
export async function handleEditTemplate(sandbox: SandboxContext, route: RouteContext, templateId: string) {
  const template = sandbox.store.getTemplate(templateId);
  if (!template) {
    return sendGraphError(route.res, 100, {
      subcode: 33,
      details: `Unsupported post request. Object with ID '${templateId}' does not exist, cannot be loaded due to missing permissions, or does not support this operation.`,
    });
  }
  const parsed = editSchema.safeParse(await route.json());
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return sendGraphError(route.res, 100, { details: `Param ${issue?.path.join(".") || "body"} is invalid: ${issue?.message}` });
  }
  if (!EDITABLE.includes(template.status)) return sendGraphError(route.res, 100, { details: `A template in ${template.status} status cannot be edited.` });
  const changesCategory = parsed.data.category !== undefined && parsed.data.category !== template.category;
  if (changesCategory && template.status === "APPROVED") return sendGraphError(route.res, 100, { details: "The category of an approved template cannot be edited." });
  const problem = contentProblem(parsed.data);
  if (problem) return sendGraphError(route.res, 100, { details: problem });
  const edited = sandbox.store.putTemplate({
    ...template,
    category: parsed.data.category ?? template.category,
    components: parsed.data.components,
    status: "PENDING",
    reason: undefined,
    updatedAt: Date.now(),
  });
  sandbox.templateReview.submitted(edited);
  sendJson(route.res, 200, { success: true });
}

export function handleListTemplates(sandbox: SandboxContext, route: RouteContext, wabaId: string) {
  const query = route.url.searchParams;
  const name = query.get("name");
  const status = query.get("status");
  const language = query.get("language");
  const limit = Math.min(Number(query.get("limit")) || 25, 1000);
  const offset = Number(Buffer.from(query.get("after") ?? "", "base64url").toString()) || 0;
  const matching = sandbox.store
    .listTemplates(wabaId)
    .filter((template) => !name || template.name.includes(name))
    .filter((template) => !status || template.status === status.toUpperCase())
    .filter((template) => !language || template.language === language);
  const page = matching.slice(offset, offset + limit);
  const cursor = (value: number) => Buffer.from(String(value)).toString("base64url");
  sendJson(route.res, 200, {
    data: page.map(templateJson),
    paging: {
      cursors: { before: cursor(offset), after: cursor(offset + page.length) },
      ...(offset + page.length < matching.length ? { next: `${route.url.pathname}?after=${cursor(offset + page.length)}` } : {}),
    },
  });
}

export function handleDeleteTemplate(sandbox: SandboxContext, route: RouteContext, wabaId: string) {
  const name = route.url.searchParams.get("name");
  const hsmId = route.url.searchParams.get("hsm_id");
  if (!name) return sendGraphError(route.res, 100, { details: "The parameter name is required." });
  const doomed = sandbox.store
    .listTemplates(wabaId)
    .filter((template) => template.name === name && (!hsmId || template.id === hsmId));
  // Meta's "Message template not found" (subcode 2593002), also for one deleted before.
  if (doomed.length === 0) return sendGraphError(route.res, 100, { subcode: 2593002, details: `The message template ${name} wasn't found for this account.` });
  for (const template of doomed) {
    sandbox.templateReview.forget(template.id);
    sandbox.store.deleteTemplate(template.id);
  }
  sendJson(route.res, 200, { success: true });
}
