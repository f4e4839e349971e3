import "server-only";
import { inngest } from "@/inngest/client";
import { templateStatusChanged, templateSubmitRequested } from "@/inngest/events";
import { getDb } from "@/server/db";
import { checkTemplateReview } from "@/server/services/templates-meta/check-template-review";
import { notifyTemplateReviewed } from "@/server/services/templates-meta/notify-template-reviewed";
import { submitTemplateToMeta } from "@/server/services/templates-meta/submit-template-to-meta";
import type { ReviewState } from "@/server/services/templates-meta/template-review";

// Each wait ends early on the webhook's decision event; when it times out, Meta is asked directly.
// Meta usually decides within an hour and at most in 24 h.
export const REVIEW_WAITS = ["2m", "5m", "10m", "15m", "30m", ...Array<string>(24).fill("1h")];

/**
 * template/submit: hands a submitted template to Meta, waits for Meta's decision (the status
 * webhook, or polling when webhooks do not come), then tells the admin who submitted it.
 */
export const submitTemplate = inngest.createFunction(
  { id: "template-submit", name: "template/submit", triggers: [templateSubmitRequested], retries: 5 },
  async ({ event, step }) => {
    const { templateId, submittedById } = event.data;
    let review: ReviewState = await step.run("submit-to-meta", () => submitTemplateToMeta(getDb(), templateId));
    for (let i = 0; review.status === "PENDING" && i < REVIEW_WAITS.length; i++) {
      const decided = await step.waitForEvent("wait-for-meta-decision", {
        event: templateStatusChanged,
        timeout: REVIEW_WAITS[i] ?? "1h",
        if: "async.data.templateId == event.data.templateId",
      });
      review = await step.run("check-review", () => checkTemplateReview(getDb(), templateId, decided?.data.status ?? null));
    }
    if (review.final) await step.run("notify-submitter", () => notifyTemplateReviewed(getDb(), templateId, submittedById));
    return review;
  },
);
