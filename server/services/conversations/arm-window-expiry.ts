import "server-only";
import { inngest } from "@/inngest/client";
import { conversationWindowArmed } from "@/inngest/events";

export type ArmedWindow = { conversationId: string; windowExpiresAt: Date };

/**
 * Schedules conversation/expire for a window's end. Call after the transaction that set the window
 * commits: when a lead writes (the window moves) and when a business-initiated conversation starts
 * (it closes if the lead never replies). A later arm cancels the earlier sleeper; the same arm
 * sent twice is one event (its id).
 */
export async function armWindowExpiries(windows: ArmedWindow[]): Promise<void> {
  if (windows.length === 0) return;
  await inngest.send(
    windows.map(({ conversationId, windowExpiresAt }) =>
      conversationWindowArmed.create(
        // ISO strings in UTC compare in time order: cancelOn relies on it.
        { conversationId, windowExpiresAt: windowExpiresAt.toISOString() },
        { id: `window-${conversationId}-${windowExpiresAt.getTime()}` },
      ),
    ),
  );
}

export function armWindowExpiry(conversationId: string, windowExpiresAt: Date): Promise<void> {
  return armWindowExpiries([{ conversationId, windowExpiresAt }]);
}
