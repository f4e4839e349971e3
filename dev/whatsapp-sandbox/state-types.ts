export type BusinessNumber = {
  phoneNumberId: string;
  wabaId: string;
  displayPhoneNumber: string;
  verifiedName: string;
  qualityRating: string;
  messagingLimitTier: string;
  /** Overrides SANDBOX_WEBHOOK_URL / META_APP_SECRET for this number (a client with its own app). */
  webhookUrl?: string;
  appSecret?: string;
};

export type Lead = {
  /** E.164 digits as the lead typed them. */
  phone: string;
  /** brazilPhoneKey(phone): the identity, so 9th-digit variants meet. */
  key: string;
  name: string;
  waId: string;
  userId: string;
  /** A user behind a username: webhooks carry no phone (`from`/`wa_id`). */
  usernameOnly: boolean;
  /** null follows the global autoRead setting. */
  autoRead: boolean | null;
  /** The lead stopped this business's marketing in WhatsApp: MARKETING templates fail with 131050. */
  stoppedMarketing?: boolean;
  /** Last message from the lead, per business phone number id (ms). */
  lastInboundAt: Record<string, number>;
  createdAt: number;
};

export type OutboundStatus = "accepted" | "sent" | "delivered" | "read" | "failed";
export type InboundStatus = "received" | "read";

export type MessageMedia = {
  id?: string;
  link?: string;
  mimeType?: string;
  filename?: string;
  caption?: string;
  voice?: boolean;
};

export type ChatMessage = {
  wamid: string;
  phoneNumberId: string;
  leadKey: string;
  direction: "in" | "out";
  type: string;
  /** What a person would read on the phone (templates rendered with their parameters). */
  text?: string;
  media?: MessageMedia;
  template?: { name: string; language: string; parameters: string[]; category?: string };
  /** For reaction messages: the reacted message and emoji ("" removes). */
  reaction?: { messageId: string; emoji: string };
  contextId?: string;
  /** Buttons / list rows the lead can tap (interactive messages, template quick replies). */
  choices?: { kind: "button_reply" | "list_reply" | "template_button"; id: string; title: string }[];
  /** A template's footer and call-to-action buttons (site, phone), as the phone shows them. */
  footer?: string;
  links?: { kind: "url" | "phone"; title: string; target: string }[];
  status: OutboundStatus | InboundStatus;
  statusHistory: { status: string; at: number }[];
  error?: { code: number; title: string };
  /** Reactions shown on this message, by side. */
  reactions: { lead?: string; business?: string };
  createdAt: number;
};

export type MediaItem = {
  id: string;
  mimeType: string;
  sha256: string;
  fileSize: number;
  filename?: string;
  createdAt: number;
};

export type Template = {
  id: string;
  wabaId: string;
  name: string;
  language: string;
  category: string;
  parameterFormat?: string;
  components: Record<string, unknown>[];
  status: string;
  reason?: string;
  createdAt: number;
  updatedAt: number;
};

export type SentRecord = {
  wamid?: string;
  phoneNumberId: string;
  to: string;
  type: string;
  receivedAt: number;
  accepted: boolean;
  errorCode?: number;
  /** What the lead would read (a text, a caption, a rendered template), for accepted messages. */
  text?: string;
};

export type FailureRule = {
  phoneNumberId?: string;
  code: number;
  remaining: number;
  /** "sync": the send request fails; "webhook": accepted, then a failed status. */
  delivery: "sync" | "webhook";
  httpStatus?: number;
};
