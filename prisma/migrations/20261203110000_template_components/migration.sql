-- CreateEnum
CREATE TYPE "TemplateHeaderFormat" AS ENUM ('NONE', 'TEXT', 'IMAGE', 'VIDEO', 'DOCUMENT');

-- AlterTable
ALTER TABLE "MessageTemplate" ADD COLUMN     "buttons" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "footer" TEXT,
ADD COLUMN     "headerFormat" "TemplateHeaderFormat" NOT NULL DEFAULT 'NONE',
ADD COLUMN     "headerHandle" TEXT,
ADD COLUMN     "headerHandleAssetId" TEXT,
ADD COLUMN     "headerMediaAssetId" TEXT,
ADD COLUMN     "headerText" TEXT,
ADD COLUMN     "headerVariables" JSONB NOT NULL DEFAULT '[]';

-- AddForeignKey
ALTER TABLE "MessageTemplate" ADD CONSTRAINT "MessageTemplate_headerMediaAssetId_fkey" FOREIGN KEY ("headerMediaAssetId") REFERENCES "MediaAsset"("id") ON DELETE SET NULL ON UPDATE CASCADE;

