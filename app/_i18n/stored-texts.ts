import type { TextParams } from "@/server/i18n/stored-text";
import type { FailureView } from "@/server/i18n/failure-view";
import type { HealthProblemView } from "@/server/services/channels/health-problem";
import type { NotificationView } from "@/server/services/inbox/get-notification";

// The server stores and sends codes with their values; these write the sentence in the reader's
// language. `t` is next-intl's translator for the whole catalogue (useTranslations()).
export type Translate = { (key: string, params?: TextParams): string; has(key: string): boolean };

export type Explained = { title: string; action: string };

/** A Meta error code explained for the broker: what happened, then what to do. */
export function metaErrorText(t: Translate, code: number): Explained {
  const key = t.has(`failures.meta.${code}.title`) ? `failures.meta.${code}` : "failures.meta.unknown";
  return { title: t(`${key}.title`, { code }), action: t(`${key}.action`, { code }) };
}

/** Why a message was not sent. */
export function failureText(t: Translate, failure: FailureView): Explained {
  if (failure.kind === "meta") return metaErrorText(t, failure.code);
  if (failure.kind === "local") {
    // Refusals of validate-outbound name their error key; they say what to do in one sentence.
    if (t.has(`errors.${failure.reason}`)) {
      const sentence = t(`errors.${failure.reason}`, failure.params);
      return { title: sentence, action: sentence };
    }
    if (t.has(`failures.local.${failure.reason}.title`)) {
      return { title: t(`failures.local.${failure.reason}.title`, failure.params), action: t(`failures.local.${failure.reason}.action`, failure.params) };
    }
  }
  const text = failure.kind === "legacy" ? failure.text : null;
  return { title: text ?? t("failures.unknown.title"), action: t("failures.unknown.action") };
}

/** What is wrong with a channel, in one sentence. */
export function healthProblemText(t: Translate, problem: HealthProblemView): string {
  if (problem.code === null) return problem.text;
  if (problem.code === "metaError") {
    const explained = metaErrorText(t, Number(problem.params.code));
    return `${explained.title}. ${explained.action}`;
  }
  const key = `channels.healthProblems.${problem.code}`;
  return t.has(key) ? t(key, problem.params) : problem.code;
}

/** A template's rejection reason: the app's own codes are translated, Meta's words shown as they are. */
export function rejectedReasonText(t: Translate, reason: string): string {
  const key = `templates.rejectedReasons.${reason}`;
  return t.has(key) ? t(key) : reason;
}

const TEMPLATE_STATUSES = new Set(["APPROVED", "REJECTED", "PAUSED", "DISABLED"]);

/** A notification's title and body. */
export function notificationText(t: Translate, notification: Pick<NotificationView, "kind" | "params" | "problem" | "legacy">): { title: string; body: string | null } {
  const { kind, params } = notification;
  if (kind === "template.reviewed" && typeof params.name === "string") {
    const status = TEMPLATE_STATUSES.has(String(params.status)) ? String(params.status) : "DISABLED";
    const reason = typeof params.reason === "string" && params.reason ? rejectedReasonText(t, params.reason) : null;
    const body = status === "REJECTED" && reason ? t("notifications.templateReviewed.REJECTED.bodyWithReason", { reason }) : t(`notifications.templateReviewed.${status}.body`);
    return { title: t(`notifications.templateReviewed.${status}.title`, { name: params.name }), body };
  }
  if (kind === "conversation.assigned" && typeof params.actorName === "string") {
    return { title: t("notifications.conversationAssigned.title", { actor: params.actorName, lead: String(params.leadName ?? "") }), body: null };
  }
  if (kind === "channel.health_problem" && typeof params.channelName === "string") {
    return { title: t("notifications.channelHealthProblem.title", { channel: params.channelName }), body: notification.problem ? healthProblemText(t, notification.problem) : null };
  }
  return { title: notification.legacy?.title ?? kind, body: notification.legacy?.body ?? null };
}
