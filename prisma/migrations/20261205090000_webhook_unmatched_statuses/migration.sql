-- The early-status replay scanned every webhook of the last 10 minutes with LIKE (at a launch's
-- 3 status webhooks per message, millions of rows per replay). It now reads only the events not
-- applied yet (the drainer's index) and those applied with a status for an unknown wamid (this one).
ALTER TABLE "WebhookEvent" ADD COLUMN "unmatchedStatuses" BOOLEAN NOT NULL DEFAULT false;

CREATE INDEX "WebhookEvent_unmatchedStatuses_receivedAt_idx" ON "WebhookEvent"("unmatchedStatuses", "receivedAt");
