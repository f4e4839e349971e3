-- CreateEnum
CREATE TYPE "LoginOutcome" AS ENUM ('PENDING', 'SUCCESS', 'FAILURE', 'THROTTLED');

-- AlterTable: `success` becomes `outcome`, keeping the recorded history.
ALTER TABLE "LoginAttempt" ADD COLUMN     "outcome" "LoginOutcome" NOT NULL DEFAULT 'PENDING';
UPDATE "LoginAttempt" SET "outcome" = CASE WHEN "success" THEN 'SUCCESS'::"LoginOutcome" ELSE 'FAILURE'::"LoginOutcome" END;
ALTER TABLE "LoginAttempt" DROP COLUMN "success";

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "mustChangePassword" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "passwordChangedAt" TIMESTAMPTZ(3),
ADD COLUMN     "sessionVersion" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "LoginAttempt_ip_attemptedAt_idx" ON "LoginAttempt"("ip", "attemptedAt");
