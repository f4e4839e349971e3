-- AlterTable
ALTER TABLE "Conversation" ADD COLUMN     "lastMessageType" "MessageType";


-- Data: inbound messages with no words of their own stored a pt-BR label as their body ("Vídeo",
-- "Mensagem de voz"…), and conversations stored "📷 Foto legenda" as their preview. The kind now
-- lives in the type and is translated at render: labels go, the lead's own words stay.

UPDATE "Message" SET "body" = NULL WHERE "direction" = 'INBOUND' AND (
  ("type" = 'IMAGE' AND "body" = 'Imagem') OR
  ("type" = 'VIDEO' AND "body" = 'Vídeo') OR
  ("type" = 'DOCUMENT' AND "body" = 'Documento') OR
  ("type" = 'AUDIO' AND "body" IN ('Mensagem de voz', 'Áudio')) OR
  ("type" = 'STICKER' AND "body" = 'Figurinha') OR
  ("type" = 'LOCATION' AND "body" LIKE 'Localização (%)') OR
  ("type" = 'CONTACTS' AND "body" = 'Contato compartilhado') OR
  ("type" = 'INTERACTIVE' AND "body" = 'Resposta interativa') OR
  ("type" = 'ORDER' AND "body" ~ '^Pedido \(\d+ itens?\)$') OR
  ("type" = 'SYSTEM' AND "body" = 'Mensagem do sistema') OR
  ("type" = 'UNSUPPORTED' AND "body" = 'Mensagem não suportada pelo WhatsApp Business')
);
UPDATE "Message" SET "body" = substr("body", length('Contato: ') + 1) WHERE "direction" = 'INBOUND' AND "type" = 'CONTACTS' AND "body" LIKE 'Contato: %';
UPDATE "Message" SET "body" = regexp_replace("body", '^Pedido \(\d+ itens?\): ', '') WHERE "direction" = 'INBOUND' AND "type" = 'ORDER' AND "body" ~ '^Pedido \(\d+ itens?\): ';

UPDATE "Conversation" AS c SET
  "lastMessageType" = m."type",
  "lastMessagePreview" = left(regexp_replace(trim(COALESCE(m."body", CASE WHEN m."type" = 'DOCUMENT' THEN m."mediaFileName" END, '')), '\s+', ' ', 'g'), 120)
FROM (
  SELECT DISTINCT ON ("conversationId") "conversationId", "type", "body", "mediaFileName"
  FROM "Message"
  ORDER BY "conversationId", COALESCE("metaTimestamp", "createdAt") DESC, "createdAt" DESC
) AS m
WHERE m."conversationId" = c."id";
UPDATE "Conversation" SET "lastMessagePreview" = NULL WHERE "lastMessagePreview" = '';

-- Failures refused for size stored the sizes written in pt-BR ("6,2 MB"); they become numbers the
-- catalogue writes in the reader's locale.
CREATE OR REPLACE FUNCTION pg_temp.megabytes(written TEXT) RETURNS NUMERIC LANGUAGE SQL IMMUTABLE AS $$
  SELECT CASE
    WHEN written ~ '^[0-9]+(,[0-9]+)? MB$' THEN replace(replace(written, ' MB', ''), ',', '.')::NUMERIC
    WHEN written ~ '^[0-9]+ KB$' THEN ceil(replace(written, ' KB', '')::NUMERIC / 1024 * 10) / 10
  END
$$;
UPDATE "Message" SET "failureParams" = ("failureParams" - 'size' - 'max') || jsonb_build_object('sizeMb', pg_temp.megabytes("failureParams"->>'size'), 'maxMb', pg_temp.megabytes("failureParams"->>'max'))
WHERE "failureReason" = 'outbound.mediaSize' AND pg_temp.megabytes("failureParams"->>'size') IS NOT NULL AND pg_temp.megabytes("failureParams"->>'max') IS NOT NULL;
UPDATE "LeadEvent" SET "data" = jsonb_set("data", '{failureParams}', (("data"->'failureParams') - 'size' - 'max') || jsonb_build_object('sizeMb', pg_temp.megabytes("data"->'failureParams'->>'size'), 'maxMb', pg_temp.megabytes("data"->'failureParams'->>'max')))
WHERE "type" = 'MESSAGE_FAILED' AND "data"->>'failureReason' = 'outbound.mediaSize' AND pg_temp.megabytes("data"->'failureParams'->>'size') IS NOT NULL AND pg_temp.megabytes("data"->'failureParams'->>'max') IS NOT NULL;
