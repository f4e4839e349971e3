import "server-only";
import type { Push } from "@/server/realtime/channels";
import type { ApplyOutcome } from "./apply-context";

// A message's pushes in one batch say "refetch this message": only its last one is needed, and it
// carries the final status (FAILED is applied last, so its toast is never lost).
function pushKey(push: Push): string {
  const { event } = push;
  if (event.name === "message.updated") return `${push.channel}|message.updated|${event.data.messageId}`;
  return `${push.channel}|${event.name}|${JSON.stringify(event.data)}`;
}

function coalescePushes(pushes: Push[]): Push[] {
  const byKey = new Map<string, Push>();
  for (const push of pushes) {
    const key = pushKey(push);
    byKey.delete(key);
    byKey.set(key, push);
  }
  return [...byKey.values()];
}

/**
 * One outcome for a batch of applied webhooks: pushes coalesced per channel and subject (a status
 * burst on a conversation is a few pushes, not one per webhook), each conversation's window armed
 * once at its latest end, media and template decisions once each.
 */
export function mergeOutcomes(outcomes: ApplyOutcome[]): ApplyOutcome {
  const windows = new Map<string, Date>();
  for (const { conversationId, windowExpiresAt } of outcomes.flatMap((o) => o.armedWindows)) {
    const known = windows.get(conversationId);
    if (!known || windowExpiresAt > known) windows.set(conversationId, windowExpiresAt);
  }
  const decisions = new Map(outcomes.flatMap((o) => o.templateDecisions).map((d) => [`${d.templateId}|${d.status}`, d]));
  return {
    pushes: coalescePushes(outcomes.flatMap((o) => o.pushes)),
    mediaMessageIds: [...new Set(outcomes.flatMap((o) => o.mediaMessageIds))],
    armedWindows: [...windows].map(([conversationId, windowExpiresAt]) => ({ conversationId, windowExpiresAt })),
    templateDecisions: [...decisions.values()],
    problems: outcomes.flatMap((o) => o.problems),
  };
}
