-- AlterEnum
ALTER TYPE "Permission" ADD VALUE 'CAMPAIGNS';

