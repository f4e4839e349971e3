-- AlterTable
ALTER TABLE "Message" ADD COLUMN     "sendClaimId" TEXT,
ADD COLUMN     "sendClaimedUntil" TIMESTAMPTZ(3);

