import "server-only";
import { z } from "zod";
import { HEADER_FORMATS, MAX_BUTTON_URL } from "./template-components";
import { TEMPLATE_CATEGORIES, TEMPLATE_LANGUAGES } from "./template-validation";

const example = z.string().trim().max(60).optional();

export const saveTemplateSchema = z.object({
  name: z.string().trim().max(600),
  language: z.enum(TEMPLATE_LANGUAGES),
  category: z.enum(TEMPLATE_CATEGORIES),
  // The editor's text, with {{nome_cliente}}-style tokens; the service numbers them for Meta.
  editorBody: z.string().max(5000),
  examples: z.object({ CLIENT_NAME: example, BROKER_NAME: example, DEVELOPMENT_NAME: example }),
  // Structure and hard caps only: Meta's limits are checked by validateComponents, whose issues
  // become translated errors (errors.templates.*) that say what to change.
  header: z
    .discriminatedUnion("format", [
      z.object({ format: z.literal("NONE") }),
      z.object({ format: z.literal("TEXT"), text: z.string().max(600) }),
      z.object({ format: z.enum(HEADER_FORMATS.filter((f) => f !== "NONE" && f !== "TEXT") as ["IMAGE", "VIDEO", "DOCUMENT"]), mediaAssetId: z.string().min(1).max(64).nullable() }),
    ])
    .default({ format: "NONE" }),
  footer: z.string().max(600).default(""),
  buttons: z
    .array(
      z.discriminatedUnion("type", [
        z.object({ type: z.literal("QUICK_REPLY"), text: z.string().max(250), optOut: z.boolean().default(false) }),
        z.object({ type: z.literal("URL"), text: z.string().max(250), url: z.string().max(MAX_BUTTON_URL + 100) }),
        z.object({ type: z.literal("PHONE_NUMBER"), text: z.string().max(250), phoneNumber: z.string().max(40) }),
      ]),
    )
    .max(10)
    .default([]),
});
type ParsedSaveTemplate = z.infer<typeof saveTemplateSchema>;
// A body-only template (older callers, seeds) leaves the components out.
export type SaveTemplateInput = Omit<ParsedSaveTemplate, "header" | "footer" | "buttons"> & Partial<Pick<ParsedSaveTemplate, "header" | "footer" | "buttons">>;

export const createTemplateSchema = saveTemplateSchema.extend({ channelId: z.string().min(1) });
export const updateTemplateSchema = saveTemplateSchema.extend({ templateId: z.string().min(1) });
export const templateIdSchema = z.object({ templateId: z.string().min(1) });
export const templateChannelIdSchema = z.object({ channelId: z.string().min(1) });
