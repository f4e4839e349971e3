import { statusesWebhook, type StatusFixtureInput } from "./meta-webhook-bodies";
import type { SandboxConfig } from "./config";
import { graphErrorEntry } from "./graph-errors";
import type { StateStore } from "./state-store";
import type { ChatMessage, OutboundStatus } from "./state-types";
import type { Timers } from "./timers";
import type { WebhookEmitter } from "./webhook-emitter";
import { fixtureBusiness, targetForNumber } from "./webhook-targets";

const RANK: Record<OutboundStatus, number> = { accepted: 0, sent: 1, delivered: 2, read: 3, failed: 4 };

type Deps = { config: SandboxConfig; store: StateStore; emitter: WebhookEmitter; timers: Timers };

/** Outbound message lifecycle: sent → delivered → read (or failed), each as a signed status webhook. */
export function createStatusFlow({ config, store, emitter, timers }: Deps) {
  const batches = new Map<string, StatusFixtureInput[]>();

  function flush(phoneNumberId: string) {
    const statuses = batches.get(phoneNumberId);
    batches.delete(phoneNumberId);
    if (!statuses?.length) return;
    const number = store.ensureNumber(phoneNumberId);
    // One message's statuses arrive in order; batches of a number keep their order.
    const lane = config.webhookBatchMs > 0 ? `statuses:${phoneNumberId}` : `status:${statuses[0]?.wamid}`;
    emitter.emit(targetForNumber(config, number), statusesWebhook({ business: fixtureBusiness(number), statuses }), lane);
  }

  function emitStatus(message: ChatMessage, status: OutboundStatus, error?: { code: number; title: string }) {
    if (status === "accepted") return;
    const lead = store.getLead(message.leadKey);
    const details = error ? graphErrorEntry(error.code).details : undefined;
    const fixture: StatusFixtureInput = {
      wamid: message.wamid,
      status,
      recipientId: lead && !lead.usernameOnly ? lead.waId : undefined,
      recipientUserId: lead?.userId,
      category: message.template?.category?.toLowerCase() ?? "service",
      ...(error ? { error: { code: error.code, title: error.title, details } } : {}),
    };
    const pending = batches.get(message.phoneNumberId);
    if (pending) {
      pending.push(fixture);
      return;
    }
    batches.set(message.phoneNumberId, [fixture]);
    if (config.webhookBatchMs > 0) timers.after(config.webhookBatchMs, () => flush(message.phoneNumberId));
    else flush(message.phoneNumberId);
  }

  /** Moves forward only: a late "delivered" never follows a "read". */
  function advance(message: ChatMessage, status: OutboundStatus, error?: { code: number; title: string }) {
    const current = message.status as OutboundStatus;
    if (message.direction !== "out" || RANK[status] <= RANK[current] || current === "failed") return false;
    message.status = status;
    message.statusHistory.push({ status, at: Date.now() });
    if (error) message.error = error;
    store.touch();
    emitStatus(message, status, error);
    return true;
  }

  function autoReads(message: ChatMessage) {
    const lead = store.getLead(message.leadKey);
    return lead?.autoRead ?? config.autoRead;
  }

  return {
    // Each step is armed by the previous one: separate timers can fire out of order when the
    // event loop is busy, and a "sent" after a "delivered" would be dropped.
    afterSend(message: ChatMessage) {
      const step = () => config.statusDelayMs;
      timers.after(step(), () => {
        advance(message, "sent");
        timers.after(step(), () => {
          advance(message, "delivered");
          timers.after(step(), () => {
            if (autoReads(message)) advance(message, "read");
          });
        });
      });
    },

    /** Meta accepts the request, then reports the failure as a status webhook. */
    failLater(message: ChatMessage, code: number) {
      timers.after(config.statusDelayMs, () => advance(message, "failed", { code, title: graphErrorEntry(code).title }));
    },

    /** The lead opened the chat: everything sent or delivered becomes read. */
    leadReads(phoneNumberId: string, leadKey: string): number {
      let count = 0;
      for (const message of store.chat(phoneNumberId, leadKey)) {
        if (message.direction === "out" && (message.status === "sent" || message.status === "delivered")) {
          if (advance(message, "read")) count += 1;
        }
      }
      return count;
    },

    clear: () => batches.clear(),
  };
}

export type StatusFlow = ReturnType<typeof createStatusFlow>;
