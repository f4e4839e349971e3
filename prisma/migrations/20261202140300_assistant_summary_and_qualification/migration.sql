-- Conversation summaries and lead qualification (issue 13).
-- CreateEnum
CREATE TYPE "FinancingIntent" AS ENUM ('YES', 'NO', 'UNKNOWN');

-- AlterEnum
ALTER TYPE "LeadEventType" ADD VALUE 'CONVERSATION_SUMMARY';
ALTER TYPE "LeadEventType" ADD VALUE 'LEAD_QUALIFIED';

-- AlterTable
ALTER TABLE "Lead" ADD COLUMN     "bedrooms" INTEGER,
ADD COLUMN     "budgetMax" INTEGER,
ADD COLUMN     "budgetMin" INTEGER,
ADD COLUMN     "financing" "FinancingIntent",
ADD COLUMN     "interest" TEXT,
ADD COLUMN     "interestDevelopmentId" TEXT,
ADD COLUMN     "qualifiedAt" TIMESTAMPTZ(3),
ADD COLUMN     "visitWanted" BOOLEAN,
ADD COLUMN     "visitWhen" TEXT;

-- CreateIndex
CREATE INDEX "Lead_bedrooms_idx" ON "Lead"("bedrooms");

-- CreateIndex
CREATE INDEX "Lead_visitWanted_idx" ON "Lead"("visitWanted");

-- AddForeignKey
ALTER TABLE "Lead" ADD CONSTRAINT "Lead_interestDevelopmentId_fkey" FOREIGN KEY ("interestDevelopmentId") REFERENCES "Development"("id") ON DELETE SET NULL ON UPDATE CASCADE;
