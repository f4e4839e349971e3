import { templateStatusWebhook } from "./meta-webhook-bodies";
import type { SandboxConfig } from "./config";
import type { StateStore } from "./state-store";
import type { Template } from "./state-types";
import type { Timers } from "./timers";
import type { WebhookEmitter } from "./webhook-emitter";
import { targetForWaba } from "./webhook-targets";

type Deps = { config: SandboxConfig; store: StateStore; emitter: WebhookEmitter; timers: Timers };

function templateTexts(template: Template): string {
  return template.components.map((component) => (typeof component.text === "string" ? component.text : "")).join("\n");
}

/**
 * Meta's review: PENDING, then a decision by webhook. "manual" (the default) waits for a person on
 * the phone page's Meta review panel; "auto" approves (or rejects, reason NONE) after a delay.
 */
export function createTemplateReview({ config, store, emitter, timers }: Deps) {
  const pending = new Map<string, NodeJS.Timeout>();

  function schedule(template: Template) {
    timers.cancel(pending.get(template.id));
    pending.delete(template.id);
    if (config.templateReview !== "auto" || template.status !== "PENDING") return;
    const rejected = templateTexts(template).includes(config.rejectMarker);
    pending.set(
      template.id,
      timers.after(config.templateReviewDelayMs, () => decide(template.id, rejected ? "REJECTED" : "APPROVED", "NONE")),
    );
  }

  function decide(templateId: string, status: string, reason?: string | null) {
    const template = store.getTemplate(templateId);
    if (!template) return undefined;
    timers.cancel(pending.get(templateId));
    pending.delete(templateId);
    // Meta sends "NONE" when it gives no reason, which is most of the time.
    const given = reason?.trim() || undefined;
    const updated: Template = {
      ...template,
      status,
      reason: status === "REJECTED" ? (given ?? "NONE") : given,
      updatedAt: Date.now(),
    };
    store.putTemplate(updated);
    emitter.emit(
      targetForWaba(config, store, template.wabaId),
      templateStatusWebhook({
        wabaId: template.wabaId,
        event: status,
        templateId: template.id,
        name: template.name,
        language: template.language,
        reason: given ?? "NONE",
        category: template.category,
      }),
    );
    return updated;
  }

  return {
    /** A created or edited template: a fresh review replaces any still scheduled. */
    submitted: schedule,
    decide,
    forget(templateId: string) {
      timers.cancel(pending.get(templateId));
      pending.delete(templateId);
    },
    clear: () => pending.clear(),
  };
}

export type TemplateReview = ReturnType<typeof createTemplateReview>;
