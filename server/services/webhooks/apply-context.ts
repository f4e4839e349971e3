import "server-only";
import type { Prisma, TemplateStatus } from "@/generated/prisma/client";
import type { Push, RealtimeEvent } from "@/server/realtime/channels";
import type { LeadEventDraft } from "@/server/services/leads/lead-events";

export type Tx = Prisma.TransactionClient;

// What applying one webhook produced that the caller acts on once the transaction commits.
export type ApplyOutcome = {
  pushes: Push[];
  // Inbound media stored with mediaStatus PENDING: Meta's media ids expire, so each one needs
  // the media/download job (the jobs port's requestMediaDownloads).
  mediaMessageIds: string[];
  // Service windows opened or moved: each needs the conversation/expire job re-armed.
  armedWindows: { conversationId: string; windowExpiresAt: Date }[];
  // Templates Meta decided on: template/submit waits for these (notifyTemplateDecided).
  templateDecisions: { templateId: string; status: TemplateStatus }[];
  // Parts of the payload that were skipped; kept (short) on WebhookEvent.error.
  problems: string[];
};

export type ApplyContext = {
  tx: Tx;
  receivedAt: Date;
  outcome: ApplyOutcome;
  leadEvents: LeadEventDraft[];
  channelIds: Set<string>;
  // A status named a wamid no message of its channel has (yet): the early-status replay looks here.
  unmatchedStatuses: boolean;
};

export const emptyOutcome = (): ApplyOutcome => ({ pushes: [], mediaMessageIds: [], armedWindows: [], templateDecisions: [], problems: [] });

export function newApplyContext(tx: Tx, receivedAt: Date): ApplyContext {
  return {
    tx,
    receivedAt,
    outcome: emptyOutcome(),
    leadEvents: [],
    channelIds: new Set(),
    unmatchedStatuses: false,
  };
}

const pushKeys = new WeakMap<ApplyOutcome, Set<string>>();

// One push per channel and event, however many changes of a batch touched it.
export function addPush(outcome: ApplyOutcome, channel: string, event: RealtimeEvent) {
  const keys = pushKeys.get(outcome) ?? new Set<string>();
  pushKeys.set(outcome, keys);
  const key = `${channel}|${event.name}|${JSON.stringify(event.data)}`;
  if (keys.has(key)) return;
  keys.add(key);
  outcome.pushes.push({ channel, event });
}

export function addProblem(outcome: ApplyOutcome, problem: string) {
  if (outcome.problems.length < 20) outcome.problems.push(problem);
}
