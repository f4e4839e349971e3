import { templateStatusWebhook } from "../../server/meta/webhook-fixtures";
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

/** Meta's review: PENDING, then APPROVED (or REJECTED with reason NONE) after a delay, by webhook. */
export function createTemplateReview({ config, store, emitter, timers }: Deps) {
  const pending = new Map<string, NodeJS.Timeout>();

  function decide(templateId: string, status: string, reason?: string | null) {
    const template = store.getTemplate(templateId);
    if (!template) return undefined;
    timers.cancel(pending.get(templateId));
    pending.delete(templateId);
    const updated: Template = {
      ...template,
      status,
      reason: status === "REJECTED" ? (reason ?? "NONE") : (reason ?? undefined),
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
        reason: reason ?? "NONE",
        category: template.category,
      }),
    );
    return updated;
  }

  return {
    /** A created or edited template: a fresh review replaces any still scheduled. */
    submitted(template: Template) {
      timers.cancel(pending.get(template.id));
      const rejected = templateTexts(template).includes(config.rejectMarker);
      pending.set(
        template.id,
        timers.after(config.templateReviewDelayMs, () => decide(template.id, rejected ? "REJECTED" : "APPROVED", "NONE")),
      );
    },
    decide,
    forget(templateId: string) {
      timers.cancel(pending.get(templateId));
      pending.delete(templateId);
    },
    clear: () => pending.clear(),
  };
}

export type TemplateReview = ReturnType<typeof createTemplateReview>;
