import "server-only";
import { explainMetaError } from "@/server/meta/explain-meta-error";

/** What is stored on a FAILED message: Meta's code and title when Meta refused, and the pt-BR explanation. */
export type DeliveryFailure = { code: number | null; title: string; detail: string };

export function metaFailure(code: number, metaTitle: string | undefined): DeliveryFailure {
  const explained = explainMetaError(code);
  return { code, title: metaTitle || explained.title, detail: `${explained.title}. ${explained.action}` };
}

// Failures found before Meta was asked: no code, so the inbox shows the title as it is.
const LOCAL_FAILURES = {
  channelDisabled: {
    title: "Canal desativado",
    detail: "Este canal está desativado, então nenhuma mensagem sai por ele. Peça ao gestor para reativá-lo em Configurações > Canais.",
  },
  tokenUnreadable: {
    title: "Não foi possível ler o token do canal",
    detail: "O token de acesso do canal não pôde ser lido. Peça ao gestor para informar o token de novo em Configurações > Canais.",
  },
  noRecipient: {
    title: "Lead sem número de WhatsApp",
    detail: "O lead não tem telefone nem identificação do WhatsApp. Cadastre o telefone do lead e envie a mensagem de novo.",
  },
  templateMissing: {
    title: "O template desta mensagem foi excluído",
    detail: "O template foi excluído antes do envio. Escolha outro template aprovado e envie de novo.",
  },
  mediaMissing: {
    title: "Arquivo não encontrado",
    detail: "O arquivo desta mensagem não está mais disponível. Anexe o arquivo de novo e envie.",
  },
  unsupported: {
    title: "Tipo de mensagem não suportado",
    detail: "Este tipo de mensagem não pode ser enviado pelo WhatsApp. Envie um texto, um arquivo ou um template.",
  },
  gaveUp: {
    title: "Não foi possível enviar a mensagem",
    detail: "O WhatsApp não respondeu depois de várias tentativas. Tente enviar de novo em alguns minutos.",
  },
} as const;

export type LocalFailureKind = keyof typeof LOCAL_FAILURES;

export function localFailure(kind: LocalFailureKind): DeliveryFailure {
  return { code: null, ...LOCAL_FAILURES[kind] };
}

/** A message refused by validate-outbound: its pt-BR message already says what to do. */
export function invalidMessage(message: string): DeliveryFailure {
  return { code: null, title: message, detail: message };
}
