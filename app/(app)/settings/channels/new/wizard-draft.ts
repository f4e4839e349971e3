import { z } from "zod";
import { channelCompanySchema, channelMetaSchema, channelNumberSchema, type ChannelQueueInput } from "@/server/services/channels/channel-schemas";

/** The queue choice that creates a new queue instead of picking one. */
export const NEW_QUEUE = "new";

export type ChannelDraft = {
  name: string;
  companyName: string;
  responsibleEmail: string;
  businessManagerId: string;
  expectedMonthlyLeads: string;
  expectedMonthlyMessages: string;
  phoneNumber: string;
  mode: "ACTIVE" | "RECEPTIVE";
  confirmVirginNumber: boolean;
  confirmCorporateAccount: boolean;
  confirmDocumentsValidated: boolean;
  confirmLosesAppAccess: boolean;
  phoneNumberId: string;
  wabaId: string;
  accessToken: string;
  appSecret: string;
  /** A queue id, NEW_QUEUE, or "" while nothing is chosen. */
  queueChoice: string;
  newQueueName: string;
  newQueueMemberIds: string[];
};

export const EMPTY_DRAFT: ChannelDraft = {
  name: "",
  companyName: "",
  responsibleEmail: "",
  businessManagerId: "",
  expectedMonthlyLeads: "",
  expectedMonthlyMessages: "",
  phoneNumber: "",
  mode: "ACTIVE",
  confirmVirginNumber: false,
  confirmCorporateAccount: false,
  confirmDocumentsValidated: false,
  confirmLosesAppAccess: false,
  phoneNumberId: "",
  wabaId: "",
  accessToken: "",
  appSecret: "",
  queueChoice: "",
  newQueueName: "",
  newQueueMemberIds: [],
};

// "" is no number: NaN fails the schema with "countInvalid" instead of passing as 0.
const count = (value: string) => (value.trim() === "" ? Number.NaN : Number(value.replace(/\./g, "")));

export const STEPS = ["company", "number", "meta", "queue", "review"] as const;
export type Step = (typeof STEPS)[number];

export function checkStep(step: Step, draft: ChannelDraft) {
  if (step === "company") {
    return channelCompanySchema.safeParse({ ...draft, expectedMonthlyLeads: count(draft.expectedMonthlyLeads), expectedMonthlyMessages: count(draft.expectedMonthlyMessages) });
  }
  if (step === "number") return channelNumberSchema.safeParse(draft);
  if (step === "meta") return channelMetaSchema.safeParse({ ...draft, appSecret: draft.appSecret.trim() || undefined });
  if (step === "queue") return queueStepSchema.safeParse(draft);
  return null;
}

// Messages are keys under `channels.validation.`, like the server's schemas.
const queueStepSchema = z
  .object({ queueChoice: z.string().min(1, { error: "queueRequired" }), newQueueName: z.string(), newQueueMemberIds: z.array(z.string()) })
  .superRefine((draft, ctx) => {
    if (draft.queueChoice !== NEW_QUEUE) return;
    if (draft.newQueueName.trim().length < 2) ctx.addIssue({ code: "custom", path: ["newQueueName"], message: "queueNameRequired" });
    if (draft.newQueueMemberIds.length === 0) ctx.addIssue({ code: "custom", path: ["newQueueMemberIds"], message: "queueMembersRequired" });
  });

export function queueInput(draft: ChannelDraft): ChannelQueueInput {
  return draft.queueChoice === NEW_QUEUE
    ? { kind: "new", name: draft.newQueueName.trim(), memberIds: draft.newQueueMemberIds }
    : { kind: "existing", queueId: draft.queueChoice };
}

export function toCreateInput(draft: ChannelDraft) {
  const company = channelCompanySchema.parse({ ...draft, expectedMonthlyLeads: count(draft.expectedMonthlyLeads), expectedMonthlyMessages: count(draft.expectedMonthlyMessages) });
  const number = channelNumberSchema.parse(draft);
  const meta = channelMetaSchema.parse({ ...draft, appSecret: draft.appSecret.trim() || undefined });
  return { ...company, ...number, ...meta, queue: queueInput(draft) };
}

