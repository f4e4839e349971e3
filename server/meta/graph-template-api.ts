import "server-only";
import { graphRequest, type GraphTransport } from "./graph-request";
import {
  createTemplateResponseSchema,
  editTemplateResponseSchema,
  messageTemplateSchema,
  successResponseSchema,
  templateListSchema,
  type TemplateCategory,
  type TemplateComponent,
} from "./graph-schemas";

export type CreateTemplateInput = {
  wabaId: string;
  name: string;
  language: string;
  category: TemplateCategory;
  components: TemplateComponent[];
  parameterFormat?: "POSITIONAL" | "NAMED";
};

/** Meta keeps the name and language; only a rejected or paused template may change category. */
export type EditTemplateInput = {
  templateId: string;
  components: TemplateComponent[];
  category?: TemplateCategory;
};

export type ListTemplatesInput = {
  wabaId: string;
  name?: string;
  status?: string;
  limit?: number;
  after?: string;
};

const TEMPLATE_FIELDS = "id,name,status,category,language,components,parameter_format,rejected_reason";

/** The Business Management side of the Graph client: message templates of a WABA. */
export function templateApi(transport: GraphTransport) {
  return {
    createTemplate: (input: CreateTemplateInput) =>
      graphRequest(
        transport,
        {
          method: "POST",
          path: `${input.wabaId}/message_templates`,
          json: {
            name: input.name,
            language: input.language,
            category: input.category,
            ...(input.parameterFormat ? { parameter_format: input.parameterFormat } : {}),
            components: input.components,
          },
        },
        createTemplateResponseSchema,
      ),

    /** POST /{template-id}: in-place edit of a template Meta knows; it goes back to PENDING for review. */
    editTemplate: (input: EditTemplateInput) =>
      graphRequest(
        transport,
        {
          method: "POST",
          path: input.templateId,
          json: { ...(input.category ? { category: input.category } : {}), components: input.components },
        },
        editTemplateResponseSchema,
      ),

    listTemplates: (input: ListTemplatesInput) =>
      graphRequest(
        transport,
        {
          method: "GET",
          path: `${input.wabaId}/message_templates`,
          query: { fields: TEMPLATE_FIELDS, name: input.name, status: input.status, limit: input.limit, after: input.after },
        },
        templateListSchema,
      ),

    getTemplate: (templateId: string) =>
      graphRequest(
        transport,
        { method: "GET", path: templateId, query: { fields: TEMPLATE_FIELDS } },
        messageTemplateSchema,
      ),

    /** Without templateId (hsm_id) Meta deletes every language of that name. */
    deleteTemplate: (input: { wabaId: string; name: string; templateId?: string }) =>
      graphRequest(
        transport,
        {
          method: "DELETE",
          path: `${input.wabaId}/message_templates`,
          query: { name: input.name, hsm_id: input.templateId },
        },
        successResponseSchema,
      ),
  };
}
