import { channelCompanySchema, channelMetaSchema, channelNumberSchema } from "@/server/services/channels/channel-schemas";

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
};

// "" is no number: NaN fails the schema with "countInvalid" instead of passing as 0.
const count = (value: string) => (value.trim() === "" ? Number.NaN : Number(value.replace(/\./g, "")));

export const STEPS = ["company", "number", "meta", "review"] as const;
export type Step = (typeof STEPS)[number];

export function checkStep(step: Step, draft: ChannelDraft) {
  if (step === "company") {
    return channelCompanySchema.safeParse({ ...draft, expectedMonthlyLeads: count(draft.expectedMonthlyLeads), expectedMonthlyMessages: count(draft.expectedMonthlyMessages) });
  }
  if (step === "number") return channelNumberSchema.safeParse(draft);
  if (step === "meta") return channelMetaSchema.safeParse({ ...draft, appSecret: draft.appSecret.trim() || undefined });
  return null;
}

export function toCreateInput(draft: ChannelDraft) {
  const company = channelCompanySchema.parse({ ...draft, expectedMonthlyLeads: count(draft.expectedMonthlyLeads), expectedMonthlyMessages: count(draft.expectedMonthlyMessages) });
  const number = channelNumberSchema.parse(draft);
  const meta = channelMetaSchema.parse({ ...draft, appSecret: draft.appSecret.trim() || undefined });
  return { ...company, ...number, ...meta };
}

