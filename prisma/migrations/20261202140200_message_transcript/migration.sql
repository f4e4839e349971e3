-- Voice-note transcripts (issue 13): the text the assistant heard, and where its transcription stands.
-- CreateEnum
CREATE TYPE "TranscriptStatus" AS ENUM ('PENDING', 'DONE', 'FAILED');

-- AlterTable
ALTER TABLE "Message" ADD COLUMN     "transcript" TEXT,
ADD COLUMN     "transcriptStatus" "TranscriptStatus";

-- Text search covers what a voice note said (written by hand: Prisma does not manage generated
-- columns). A generated column's expression cannot be changed before PostgreSQL 17: it is recreated,
-- with its GIN index, from body and transcript.
DROP INDEX IF EXISTS "Message_bodySearch_idx";
ALTER TABLE "Message" DROP COLUMN "bodySearch";
ALTER TABLE "Message" ADD COLUMN "bodySearch" tsvector GENERATED ALWAYS AS (
  to_tsvector('pt_unaccent'::regconfig, COALESCE("body", '') || ' ' || COALESCE("transcript", ''))
) STORED;

-- CreateIndex
CREATE INDEX "Message_bodySearch_idx" ON "Message" USING GIN ("bodySearch");

-- CreateIndex: numbers in a transcript are found as substrings, like the body's.
CREATE INDEX "Message_transcript_trgm_idx" ON "Message" USING GIN ("transcript" gin_trgm_ops);
