import type { RouterInputs, RouterOutputs } from "@/app/_trpc/client";
import { timeToMinute } from "./format";

export type BuilderOptions = RouterOutputs["campaigns"]["builderOptions"];
export type BuilderTemplate = BuilderOptions["channels"][number]["templates"][number];
type DraftInput = RouterInputs["campaigns"]["createDraft"];
export type Segment = Required<Omit<DraftInput["segment"], "lastInteractionAfter" | "lastInteractionBefore">> & { lastInteractionAfter: string; lastInteractionBefore: string };
export type VariableSource = NonNullable<DraftInput["variableSources"]>[number]["source"];
export type ListKey = "developmentIds" | "tagIds" | "queueIds" | "ownerIds" | "origins";

export const ORIGINS = ["WHATSAPP", "CHAT_ONLINE", "CHATBOT", "MANUAL", "IMPORT"] as const;
export const SOURCES: readonly VariableSource[] = ["LEAD_NAME", "OWNER_NAME", "LEAD_DEVELOPMENT", "FIXED"];

// A template's variable kinds have an obvious source per lead.
const DEFAULT_SOURCE: Record<BuilderTemplate["variables"][number]["variable"], VariableSource> = { CLIENT_NAME: "LEAD_NAME", BROKER_NAME: "OWNER_NAME", DEVELOPMENT_NAME: "LEAD_DEVELOPMENT" };

export type Draft = {
  name: string;
  channelId: string;
  templateId: string;
  segment: Segment;
  sources: Record<number, { source: VariableSource; value: string }>;
  startsAt: string;
  sendingFrom: string;
  sendingUntil: string;
};

export const EMPTY_SEGMENT: Segment = { developmentIds: [], tagIds: [], queueIds: [], ownerIds: [], origins: [], lastInteractionAfter: "", lastInteractionBefore: "" };

export const EMPTY_DRAFT: Draft = { name: "", channelId: "", templateId: "", segment: EMPTY_SEGMENT, sources: {}, startsAt: "", sendingFrom: "09:00", sendingUntil: "20:00" };

export function defaultSources(template: BuilderTemplate | undefined): Draft["sources"] {
  return Object.fromEntries((template?.variables ?? []).map((v) => [v.index, { source: DEFAULT_SOURCE[v.variable], value: "" }]));
}

// A date filter is a day in São Paulo (UTC−3 all year since 2019): from its midnight.
const saoPauloMidnight = (day: string) => (day ? new Date(`${day}T00:00:00-03:00`) : null);

export function segmentInput(segment: Segment): DraftInput["segment"] {
  return { ...segment, lastInteractionAfter: saoPauloMidnight(segment.lastInteractionAfter), lastInteractionBefore: saoPauloMidnight(segment.lastInteractionBefore) };
}

export type DraftErrors = Partial<Record<"name" | "channelId" | "templateId" | "startsAt" | "sendingHours" | `source${number}`, string>>;

type T = (key: string, params?: Record<string, string | number>) => string;

/** The form's own checks, in the reader's language; the server checks again. */
export function draftErrors(draft: Draft, t: T, now = new Date()): DraftErrors {
  const errors: DraftErrors = {};
  if (!draft.name.trim()) errors.name = t("nameRequired");
  if (!draft.channelId) errors.channelId = t("channelRequired");
  if (!draft.templateId) errors.templateId = t("templateRequired");
  for (const [index, source] of Object.entries(draft.sources)) {
    if (source.source === "FIXED" && !source.value.trim()) errors[`source${Number(index)}`] = t("fixedRequired", { index });
  }
  if (draft.startsAt && new Date(draft.startsAt) <= now) errors.startsAt = t("startsAtPast");
  const from = timeToMinute(draft.sendingFrom);
  const until = timeToMinute(draft.sendingUntil);
  if (from === null || until === null) errors.sendingHours = t("sendingHoursMissing");
  else if (from >= until) errors.sendingHours = t("sendingHoursInvalid");
  return errors;
}

export function draftInput(draft: Draft): DraftInput {
  return {
    name: draft.name.trim(),
    channelId: draft.channelId,
    templateId: draft.templateId,
    segment: segmentInput(draft.segment),
    variableSources: Object.entries(draft.sources).map(([index, s]) => ({ index: Number(index), source: s.source, ...(s.source === "FIXED" ? { value: s.value.trim() } : {}) })),
    startsAt: draft.startsAt ? new Date(draft.startsAt) : null,
    sendingFromMinute: timeToMinute(draft.sendingFrom) ?? 0,
    sendingUntilMinute: timeToMinute(draft.sendingUntil) ?? 0,
  };
}
