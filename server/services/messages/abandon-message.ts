import "server-only";
import { MessageStatus } from "@/generated/prisma/enums";
import type { Db } from "@/server/db";
import { publish as publishPushes } from "@/server/realtime/publish";
import type { Push } from "@/server/realtime/channels";
import { localFailure, metaFailure } from "./delivery-failures";
import { deliveryPushes, recordFailed } from "./record-delivery";

/**
 * The send job gave up (retries exhausted, or a bug): a message still QUEUED becomes FAILED with the
 * last problem Meta reported while retrying, so the broker sees why and may send it again.
 */
export async function abandonMessage(db: Db, messageId: string, publish: (pushes: Push[]) => Promise<void> = publishPushes): Promise<boolean> {
  const message = await db.message.findUnique({
    where: { id: messageId },
    select: {
      id: true,
      type: true,
      status: true,
      wamid: true,
      senderId: true,
      createdAt: true,
      errorCode: true,
      errorTitle: true,
      sendClaimedUntil: true,
      conversation: { select: { id: true, assigneeId: true, leadId: true } },
    },
  });
  if (!message || message.status !== MessageStatus.QUEUED || message.wamid) return false;
  // Another attempt (a batch run) holds it and may be sending it right now: that attempt records the outcome.
  if (message.sendClaimedUntil && message.sendClaimedUntil > new Date()) return false;
  const failure = message.errorCode !== null ? metaFailure(message.errorCode, message.errorTitle ?? undefined) : localFailure("gaveUp");
  const failed = await recordFailed(db, message, failure);
  if (failed) await publish(deliveryPushes(message, MessageStatus.FAILED));
  return failed;
}
