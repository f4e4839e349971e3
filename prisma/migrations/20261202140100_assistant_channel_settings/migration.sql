-- CreateEnum
CREATE TYPE "AssistantFeature" AS ENUM ('SUGGESTION', 'SUMMARY', 'TRANSCRIPTION', 'QUALIFICATION');

-- CreateEnum
CREATE TYPE "AssistantCallOutcome" AS ENUM ('OK', 'ERROR');

-- AlterTable
ALTER TABLE "Channel" ADD COLUMN     "assistantEnabled" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "assistantSharesContactData" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "AssistantCall" (
    "id" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,
    "feature" "AssistantFeature" NOT NULL,
    "model" TEXT NOT NULL,
    "inputTokens" INTEGER NOT NULL DEFAULT 0,
    "outputTokens" INTEGER NOT NULL DEFAULT 0,
    "system" TEXT NOT NULL,
    "prompt" TEXT NOT NULL,
    "audioBytes" INTEGER,
    "audioMimeType" TEXT,
    "sharedContactData" BOOLEAN NOT NULL,
    "outcome" "AssistantCallOutcome" NOT NULL,
    "errorReason" TEXT,
    "durationMs" INTEGER NOT NULL,
    "actorId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AssistantCall_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AssistantCall_channelId_createdAt_idx" ON "AssistantCall"("channelId", "createdAt" DESC);

-- AddForeignKey
ALTER TABLE "AssistantCall" ADD CONSTRAINT "AssistantCall_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "Channel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssistantCall" ADD CONSTRAINT "AssistantCall_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

