-- The overdue sweep (expire-overdue-conversations.ts) and expire-window.ts read each open, unanswered
-- business conversation's latest CONVERSATION_STARTED line. Through LeadEvent(leadId, createdAt)
-- that reads every line of the lead's history; this partial index holds only the start lines, one
-- probe per conversation, and costs nothing on the far more frequent message lines.
-- Partial: schema.prisma cannot express it (Prisma 6.19), so it lives here only.
CREATE INDEX "LeadEvent_conversationStarted_idx" ON "LeadEvent" ("conversationId", "createdAt" DESC) WHERE type = 'CONVERSATION_STARTED';
