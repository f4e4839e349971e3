-- AssistantCall texts are purged after 90 days (assistant/purge-call-texts); the rows and their tokens stay.
-- AlterTable
ALTER TABLE "AssistantCall" ALTER COLUMN "system" DROP NOT NULL,
ALTER COLUMN "prompt" DROP NOT NULL;
