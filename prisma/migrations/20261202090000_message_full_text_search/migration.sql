-- Message text search in Portuguese (written by hand: Prisma does not manage text search
-- configurations nor generated columns). Words are matched by their stem with accents folded
-- ("promocoes" finds "Promoções"), through a GIN index on a stored tsvector; the trigram index stays
-- for numbers (unit, tower, phone), which full text search splits badly.
CREATE EXTENSION IF NOT EXISTS "unaccent";

CREATE TEXT SEARCH CONFIGURATION "pt_unaccent" (COPY = pg_catalog.portuguese);
ALTER TEXT SEARCH CONFIGURATION "pt_unaccent" ALTER MAPPING FOR hword, hword_part, word WITH "unaccent", portuguese_stem;

-- AlterTable
ALTER TABLE "Message" ADD COLUMN "bodySearch" tsvector GENERATED ALWAYS AS (to_tsvector('pt_unaccent'::regconfig, COALESCE("body", ''))) STORED;

-- CreateIndex
CREATE INDEX "Message_bodySearch_idx" ON "Message" USING GIN ("bodySearch");

-- CreateIndex: the newest matches of a very common word are found by walking messages newest first.
CREATE INDEX "Message_createdAt_idx" ON "Message" ("createdAt" DESC);
