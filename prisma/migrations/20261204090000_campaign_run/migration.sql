-- AlterTable
ALTER TABLE "Campaign" ADD COLUMN     "finishedAt" TIMESTAMPTZ(3),
ADD COLUMN     "pauseReasonCode" TEXT,
ADD COLUMN     "startedAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "CampaignRecipient" ADD COLUMN     "notBefore" TIMESTAMPTZ(3);
