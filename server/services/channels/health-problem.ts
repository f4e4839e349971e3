import "server-only";
import type { PhoneNumberInfo } from "@/server/meta/graph-schemas";

// Meta's number statuses in which messages flow.
const WORKING_STATUSES = new Set(["CONNECTED", "MIGRATED"]);

/** Quality RED, whether the hourly check read it or Meta's FLAGGED webhook said so. */
export const LOW_QUALITY_PROBLEM = "A qualidade do número está baixa (vermelha): a Meta pode limitar os envios. Reduza disparos ativos e revise os templates.";

export const TOKEN_UNREADABLE_PROBLEM = "O token de acesso do canal não pôde ser lido. Informe o token de novo em Configurações > Canais.";

/** What is wrong with a number Meta answered for, in pt-BR, or null when nothing is. */
export function phoneNumberProblem(info: PhoneNumberInfo): string | null {
  const status = info.status?.toUpperCase();
  if (status && !WORKING_STATUSES.has(status)) {
    return `O número está com status ${status} na Meta e pode não enviar mensagens. Verifique-o no Gerenciador do WhatsApp.`;
  }
  if (info.quality_rating?.toUpperCase() === "RED") return LOW_QUALITY_PROBLEM;
  return null;
}
