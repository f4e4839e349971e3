-- AlterTable
ALTER TABLE "Channel" ADD COLUMN     "leadQueueId" TEXT;

-- AddForeignKey
ALTER TABLE "Channel" ADD CONSTRAINT "Channel_leadQueueId_fkey" FOREIGN KEY ("leadQueueId") REFERENCES "LeadQueue"("id") ON DELETE SET NULL ON UPDATE CASCADE;

