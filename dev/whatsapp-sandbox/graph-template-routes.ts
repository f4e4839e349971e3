import { z } from "zod";
import { templateVariables } from "../../server/meta/validate-outbound";
import type { SandboxContext } from "./context";
import { sendGraphError } from "./graph-errors";
import { sendJson } from "./http-io";
import { newNumericId } from "./ids";
import type { RouteContext } from "./router";
import type { Template } from "./state-types";

const componentsSchema = z
  .array(
    z.looseObject({
      type: z.string(),
      format: z.string().optional(),
      text: z.string().optional(),
      example: z.record(z.string(), z.unknown()).optional(),
      buttons: z.array(z.looseObject({ type: z.string(), text: z.string().optional(), url: z.string().optional(), phone_number: z.string().optional(), example: z.unknown().optional() })).optional(),
    }),
  )
  .min(1);
type Components = z.infer<typeof componentsSchema>;

const HEADER_SAMPLE_TYPES: Record<string, string[]> = { IMAGE: ["image/jpeg", "image/png"], VIDEO: ["video/mp4"], DOCUMENT: ["application/pdf"] };
const length = (text: string) => [...text].length;

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

function headerProblem(sandbox: SandboxContext, header: Components[number] | undefined): string | undefined {
  if (!header) return undefined;
  const format = (header.format ?? "").toUpperCase();
  if (format === "TEXT") {
    if (!header.text || length(header.text) > 60) return "HEADER text is required and must be at most 60 characters long.";
    const variables = templateVariables(header.text).length;
    if (variables > 1) return "HEADER text supports at most 1 variable.";
    if (variables === 1 && !Array.isArray(header.example?.header_text)) return "HEADER with a variable requires example.header_text.";
    return undefined;
  }
  const accepted = HEADER_SAMPLE_TYPES[format];
  if (!accepted) return "Param components[0]['format'] must be one of {TEXT, IMAGE, VIDEO, DOCUMENT, LOCATION}.";
  const handles = header.example?.header_handle;
  const handle = Array.isArray(handles) && typeof handles[0] === "string" ? handles[0] : undefined;
  if (!handle) return `A ${format} header requires a sample: example.header_handle with a handle from the Resumable Upload API.`;
  const sample = sandbox.uploads.sample(handle);
  if (!sample) return "The header_handle is not a valid uploaded file handle.";
  if (!accepted.includes(sample.fileType)) return `The header_handle is a ${sample.fileType} file; a ${format} header takes ${accepted.join(" or ")}.`;
  return undefined;
}

function buttonsProblem(buttons: NonNullable<Components[number]["buttons"]>): string | undefined {
  const quickReplies = buttons.filter((button) => button.type.toUpperCase() === "QUICK_REPLY").length;
  const callToActions = buttons.length - quickReplies;
  if (quickReplies > 3 || callToActions > 2 || (quickReplies > 0 && callToActions > 0)) return "Buttons: up to 3 QUICK_REPLY, or up to 2 call-to-action buttons (URL, PHONE_NUMBER), not both.";
  for (const button of buttons) {
    const type = button.type.toUpperCase();
    if (!["QUICK_REPLY", "URL", "PHONE_NUMBER"].includes(type)) return `Button type ${button.type} is not supported.`;
    if (!button.text || length(button.text) > 25) return "Button text is required and must be at most 25 characters long.";
    if (type === "PHONE_NUMBER" && !/^\+?\d{8,15}$/.test(button.phone_number ?? "")) return "PHONE_NUMBER button requires a valid phone_number.";
    if (type === "URL") {
      const variables = templateVariables(button.url ?? "").length;
      if (!/^https?:\/\//.test(button.url ?? "") || variables > 1 || (variables === 1 && !button.url?.endsWith("{{1}}"))) return "URL button requires a URL with at most one variable, at its end.";
      if (variables === 1 && !Array.isArray(button.example)) return "URL button with a variable requires example.";
    }
  }
  return undefined;
}

// Meta's review rules that an app is most likely to trip over, on creation and on edit.
function contentProblem(sandbox: SandboxContext, input: { category?: string; components: Components }): string | undefined {
  if (input.category !== undefined && !CATEGORIES.includes(input.category)) return "Param category must be one of {MARKETING, UTILITY, AUTHENTICATION}.";
  const of = (type: string) => input.components.find((component) => component.type.toUpperCase() === type);
  const body = of("BODY");
  if (!body?.text) return "Message template must have a BODY component with text.";
  if (body.text.length > 1024) return "BODY text must be at most 1024 characters long.";
  if (templateVariables(body.text).length > 0 && !body.example) {
    return "Message template BODY with variables requires example values (example.body_text or example.body_text_named_params).";
  }
  const footer = of("FOOTER");
  if (footer && (!footer.text || length(footer.text) > 60 || templateVariables(footer.text).length > 0)) return "FOOTER text is required, at most 60 characters and without variables.";
  return headerProblem(sandbox, of("HEADER")) ?? buttonsProblem(of("BUTTONS")?.buttons ?? []);
}

function creationProblem(sandbox: SandboxContext, input: z.infer<typeof createSchema>, existing: Template[]): string | undefined {
  if (!/^[a-z0-9_]{1,512}$/.test(input.name)) return "Template name may only contain lowercase letters, digits and underscores.";
  const problem = contentProblem(sandbox, input);
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
  const problem = creationProblem(sandbox, parsed.data, sandbox.store.listTemplates(wabaId));
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
  const problem = contentProblem(sandbox, parsed.data);
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
