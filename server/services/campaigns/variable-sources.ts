import "server-only";
import { VARIABLE_SOURCES } from "./campaign-schemas";

export type VariableSource = { index: number; source: (typeof VARIABLE_SOURCES)[number]; value?: string };

/** Reads Campaign.variableSources (Json) defensively, as stored by createDraft. */
export function parseVariableSources(json: unknown): VariableSource[] {
  if (!Array.isArray(json)) return [];
  return json.flatMap((item): VariableSource[] => {
    if (typeof item !== "object" || item === null) return [];
    const { index, source, value } = item as Record<string, unknown>;
    if (typeof index !== "number" || !VARIABLE_SOURCES.includes(source as VariableSource["source"])) return [];
    return [{ index, source: source as VariableSource["source"], ...(typeof value === "string" ? { value } : {}) }];
  });
}

type LeadValues = { leadName: string | null; ownerName: string | null; development: string | null };

// Keys under `errors.` in the catalogues: a recipient refused for a value it lacks.
const MISSING: Record<VariableSource["source"], string> = {
  LEAD_NAME: "leads.clientNameMissing",
  OWNER_NAME: "campaigns.ownerMissing",
  LEAD_DEVELOPMENT: "leads.developmentMissing",
  FIXED: "leads.templateMisconfigured",
};

/** The campaign's chosen body values by {{n}} for one lead, or the reason one is missing. */
export function bodyValuesFor(sources: VariableSource[], lead: LeadValues): { ok: true; values: Map<number, string> } | { ok: false; reasonCode: string } {
  const values = new Map<number, string>();
  for (const { index, source, value } of sources) {
    const text = { LEAD_NAME: lead.leadName, OWNER_NAME: lead.ownerName, LEAD_DEVELOPMENT: lead.development, FIXED: value ?? null }[source]?.trim();
    if (!text) return { ok: false, reasonCode: MISSING[source] };
    values.set(index, text);
  }
  return { ok: true, values };
}
