-- CreateIndex: a phone searched by any part of it ("%4242%") with the name in one OR, which
-- without this index made the inbox search read every lead.
CREATE INDEX "Lead_phoneE164_trgm_idx" ON "Lead" USING GIN ("phoneE164" gin_trgm_ops);
