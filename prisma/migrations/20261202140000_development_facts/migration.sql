-- AlterTable
ALTER TABLE "Development" ADD COLUMN     "amenities" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "deliveryMonth" TEXT,
ADD COLUMN     "neighborhood" TEXT,
ADD COLUMN     "paymentConditions" TEXT,
ADD COLUMN     "typologies" JSONB NOT NULL DEFAULT '[]';

