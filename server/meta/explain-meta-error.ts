import "server-only";
export type MetaErrorExplanation = { title: string; action: string };

// What the broker reads when Meta refuses a message: what happened, then what to do.
const EXPLANATIONS: Record<number, MetaErrorExplanation> = {
  131047: {
    title: "A janela de 24 horas está fechada: envie um template aprovado",
    action:
      "O lead não escreve há mais de 24 horas, então o WhatsApp só aceita um template aprovado. " +
      "Escolha um template para retomar a conversa; quando o lead responder, você volta a escrever livremente.",
  },
  131026: {
    title: "Não foi possível entregar a mensagem a este número",
    action:
      "O número pode não ter WhatsApp, estar desativado ou usar uma versão antiga do aplicativo. " +
      "Confira o telefone do lead e, se estiver certo, tente outro canal de contato.",
  },
  130429: {
    title: "Limite de envio do número atingido",
    action:
      "O número enviou mensagens demais em pouco tempo. A mensagem fica na fila e será reenviada " +
      "automaticamente em instantes; não é preciso fazer nada.",
  },
  131056: {
    title: "Muitas mensagens seguidas para o mesmo lead",
    action:
      "O WhatsApp limita mensagens em sequência para a mesma pessoa. Aguarde alguns segundos: " +
      "a mensagem será reenviada automaticamente.",
  },
  131048: {
    title: "Envio bloqueado por denúncias de spam",
    action:
      "Muitos contatos bloquearam ou denunciaram este número, e a Meta limitou os envios. " +
      "Suspenda disparos ativos e avise o gestor para revisar os templates e a lista de contatos.",
  },
  131050: {
    title: "O lead optou por não receber mensagens de marketing",
    action:
      "Este lead desativou mensagens de marketing desta empresa. Não reenvie templates de marketing; " +
      "use um template de utilidade ou aguarde o lead entrar em contato.",
  },
  132000: {
    title: "Quantidade de variáveis diferente da do template",
    action:
      "O template espera outra quantidade de variáveis (nome do cliente, corretor, empreendimento). " +
      "Preencha todas as variáveis do template e envie de novo.",
  },
  132001: {
    title: "Template não encontrado neste idioma",
    action:
      "O template não existe na Meta, ainda não foi aprovado ou não tem esse idioma. " +
      "Confira em Configurações > Templates se ele está aprovado e escolha outro, se preciso.",
  },
  132012: {
    title: "Variáveis do template em formato inválido",
    action:
      "Algum valor de variável não está no formato que o template espera (por exemplo, texto vazio ou " +
      "mídia no lugar de texto). Revise as variáveis e envie de novo.",
  },
  132015: {
    title: "Template pausado por baixa qualidade",
    action:
      "A Meta pausou este template porque os leads reagiram mal a ele. Use outro template aprovado " +
      "e peça ao gestor para revisar o texto deste.",
  },
  132016: {
    title: "Template desativado pela Meta",
    action:
      "Este template foi desativado de vez por baixa qualidade e não pode mais ser usado. " +
      "Escolha outro template ou peça ao gestor para cadastrar um novo.",
  },
  190: {
    title: "O token de acesso do canal expirou ou é inválido",
    action:
      "Nenhuma mensagem sai por este canal até o token ser renovado. Avise o gestor ou a equipe de " +
      "implantação para atualizar o token em Configurações > Canais.",
  },
  368: {
    title: "Conta do WhatsApp restrita pela Meta",
    action:
      "A Meta bloqueou temporariamente esta conta por violar políticas. Avise o gestor: a situação " +
      "precisa ser verificada no Gerenciador de Negócios da Meta.",
  },
  131053: {
    title: "Falha ao enviar o arquivo de mídia",
    action:
      "O WhatsApp não conseguiu processar o arquivo (tipo ou tamanho não aceito, ou arquivo corrompido). " +
      "Confira o formato e o tamanho e envie o arquivo de novo.",
  },
  131052: {
    title: "Não foi possível baixar a mídia recebida",
    action:
      "O arquivo que o lead enviou não pôde ser baixado. Peça ao lead para enviá-lo novamente.",
  },
};

/** A pt-BR explanation of a Meta error code for the broker, with what to do next. */
export function explainMetaError(code: number): MetaErrorExplanation {
  return (
    EXPLANATIONS[code] ?? {
      title: `O WhatsApp recusou a mensagem (código ${code})`,
      action:
        "Tente enviar de novo em alguns minutos. Se o erro continuar, avise o gestor informando o código " +
        `${code}.`,
    }
  );
}
