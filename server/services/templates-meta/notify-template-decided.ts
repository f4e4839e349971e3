import "server-only";
import { inngest } from "@/inngest/client";
import { templateStatusChanged } from "@/inngest/events";

/**
 * For the webhook, after it stored Meta's decision on a template: wakes the template/submit run
 * waiting for it. A redelivered webhook for the same decision is the same event (its id).
 */
export async function notifyTemplateDecided(templateId: string, status: string, decidedAt?: Date): Promise<void> {
  const suffix = decidedAt ? `-${decidedAt.getTime()}` : "";
  await inngest.send(templateStatusChanged.create({ templateId, status }, { id: `template-status-${templateId}-${status}${suffix}` }));
}
