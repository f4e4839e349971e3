import "server-only";
import { z } from "zod";
import { TEMPLATE_CATEGORIES, TEMPLATE_LANGUAGES } from "./template-validation";

const example = z.string().trim().max(60).optional();

export const saveTemplateSchema = z.object({
  name: z.string().trim().max(600),
  language: z.enum(TEMPLATE_LANGUAGES),
  category: z.enum(TEMPLATE_CATEGORIES),
  // The editor's text, with {{nome_cliente}}-style tokens; the service numbers them for Meta.
  editorBody: z.string().max(5000),
  examples: z.object({ CLIENT_NAME: example, BROKER_NAME: example, DEVELOPMENT_NAME: example }),
});
export type SaveTemplateInput = z.infer<typeof saveTemplateSchema>;

export const createTemplateSchema = saveTemplateSchema.extend({ channelId: z.string().min(1) });
export const updateTemplateSchema = saveTemplateSchema.extend({ templateId: z.string().min(1) });
export const templateIdSchema = z.object({ templateId: z.string().min(1) });
export const templateChannelIdSchema = z.object({ channelId: z.string().min(1) });
