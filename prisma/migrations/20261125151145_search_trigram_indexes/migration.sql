-- CreateExtension (written by hand: pg_trgm backs the GIN indexes below; schema.prisma declares
-- the indexes, and Prisma's extension management is a preview feature we do not enable)
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateIndex
CREATE INDEX "Lead_name_trgm_idx" ON "Lead" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Message_body_trgm_idx" ON "Message" USING GIN ("body" gin_trgm_ops);

