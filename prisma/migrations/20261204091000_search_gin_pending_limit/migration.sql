-- Every search reads a GIN index's whole pending list (new entries not yet merged into the index).
-- At the default limit of 4 MB it held ~20,000 messages, and a search for a word no message has took
-- 6–24 ms instead of 0.3–6 ms at 5M messages. Flushing 256 kB at a time cost inserts nothing measurable.
-- Prisma does not model index storage parameters, so they live here only.
ALTER INDEX "Message_bodySearch_idx" SET (gin_pending_list_limit = 256);
ALTER INDEX "Message_body_trgm_idx" SET (gin_pending_list_limit = 256);
ALTER INDEX "Message_transcript_trgm_idx" SET (gin_pending_list_limit = 256);
ALTER INDEX "Lead_name_trgm_idx" SET (gin_pending_list_limit = 256);
ALTER INDEX "Lead_phoneE164_trgm_idx" SET (gin_pending_list_limit = 256);
