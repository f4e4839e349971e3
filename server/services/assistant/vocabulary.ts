import "server-only";
import type { Intent, UnansweredCode } from "./retrieval-types";
import { stem } from "./text";
import type { MediaKindName } from "@/server/services/developments/media-rules";

// The words leads use, folded (text.ts); they are stemmed before matching, so "reais" matches
// "real". A phrase's words must follow each other; "financ*" is a prefix. Weights say how surely a phrase means its intent ("quanto"
// nearly always asks a price, "quando" only sometimes a delivery date).

export type Phrase = { words: string[]; weight: number };
const p = (text: string, weight = 1): Phrase => ({ words: text.split(" ").map((w) => (w.endsWith("*") ? w : stem(w))), weight });

export const INTENT_PHRASES: Record<Exclude<Intent, "off_topic">, Phrase[]> = {
  price: [
    p("valor"), p("preco"), p("quanto"), p("custa"), p("custo"), p("sai por"), p("tabela"), p("a partir de", 0.5),
    p("reais"), p("orcamento"), p("barato"), p("caro"), p("metro quadrado", 0.5), p("investimento", 0.7), p("mil", 0.5),
  ],
  address: [
    p("endereco"), p("onde"), p("localizacao"), p("localiza*"), p("bairro"), p("regiao"), p("rua", 0.7), p("avenida", 0.7),
    p("perto"), p("proximo"), p("mapa"), p("maps"), p("como chego"), p("cidade", 0.7), p("metro", 0.8), p("estacao", 0.8), p("fica", 0.3),
  ],
  layout: [
    p("planta"), p("metragem"), p("m2"), p("metro quadrado"), p("tamanho"), p("area", 0.8), p("quarto", 0.6), p("suite"),
    p("banheiro"), p("sala", 0.6), p("cozinha", 0.6), p("vaga"), p("garagem"), p("cobertura"), p("studio"), p("loft"), p("garden"),
    p("duplex"), p("kitnet"), p("tipologia"), p("dormitorio", 0.6), p("varanda", 0.8), p("sacada", 0.8), p("metro", 0.3),
  ],
  financing: [
    p("financ*"), p("fgts"), p("entrada"), p("parcela*"), p("minha casa minha vida"), p("mcmv"), p("caixa"), p("banco"),
    p("subsidio"), p("pagamento"), p("a vista"), p("consorcio"), p("renda"), p("simula*"), p("sinal"), p("construtora", 0.5),
  ],
  visit: [
    p("visita*"), p("conhecer"), p("decorado"), p("agenda*"), p("marca*"), p("passar la"), p("ir ai"), p("ir la"), p("plantao"),
    p("stand"), p("ver pessoalmente"), p("horario", 0.7), p("ver o apartamento"), p("ver o decorado"),
  ],
  amenities: [
    p("lazer"), p("piscina"), p("academia"), p("churrasqueira"), p("playground"), p("brinquedoteca"), p("salao"), p("quadra"),
    p("sauna"), p("spa"), p("coworking"), p("pet"), p("bicicletario"), p("gourmet"), p("lavanderia"), p("portaria"),
    p("seguranca"), p("elevador"), p("area comum"), p("clube"), p("festa"),
  ],
  delivery: [
    p("entrega"), p("pronto"), p("prazo"), p("previsao"), p("obra", 0.8), p("chave"), p("quando", 0.5), p("mudar", 0.7), p("termina*"),
  ],
  general: [
    p("saber mais"), p("mais informac*"), p("informac*", 0.8), p("detalhe*", 0.8), p("interesse"), p("interessad*"), p("anuncio"),
    p("me conta"), p("novidade"), p("material"), p("quero saber"), p("gostaria de saber"), p("como e o empreendimento"), p("sobre o"),
    p("foto"), p("imagem"), p("video"), p("folder"), p("book"), p("apresentacao"),
  ],
  greeting: [
    p("oi"), p("ola"), p("bom dia"), p("boa tarde"), p("boa noite"), p("tudo bem"), p("obrigado"), p("obrigada"), p("valeu"),
    p("ok"), p("beleza"), p("ate mais"), p("tchau"), p("e ai"), p("opa"),
  ],
  rude: [
    p("porra"), p("merda"), p("saco"), p("porcaria"), p("golpe"), p("lixo"), p("idiota"), p("palhaco"), p("para de"), p("pare de"),
    p("nao me mande"), p("caralho"), p("vai se"), p("bosta"), p("ridiculo"), p("incompetente"), p("ninguem responde"), p("droga"),
    p("enganacao"), p("vergonha"),
  ],
};

/**
 * Subjects the app never holds: when asked, retrieval says so rather than offering a near fact
 * ("valor do condomínio" is not the unit's price). `swallow` are the question words around them.
 */
export const UNANSWERABLE: { code: UnansweredCode; phrases: Phrase[]; label: string }[] = [
  { code: "condo_fee", phrases: [p("taxa de condominio"), p("condominio")], label: "o valor do condomínio" },
  { code: "property_tax", phrases: [p("iptu")], label: "o IPTU" },
  { code: "trade_in", phrases: [p("permuta"), p("aceita carro"), p("dar meu carro"), p("troca")], label: "permuta" },
  { code: "rental", phrases: [p("aluguel"), p("alugar"), p("locacao"), p("alugo")], label: "aluguel" },
  { code: "closing_costs", phrases: [p("itbi"), p("escritura"), p("cartorio"), p("registro do imovel")], label: "ITBI, escritura e custos de cartório" },
  { code: "pets", phrases: [p("cachorro"), p("gato"), p("animal"), p("animal de estimacao"), p("aceita pet")], label: "regras para animais de estimação" },
  { code: "availability", phrases: [p("disponivel"), p("disponibilidade"), p("ainda tem"), p("esgotado"), p("sobrou"), p("restam")], label: "unidades disponíveis (estoque)" },
];
/** "Condomínio-clube", "condomínio fechado": the building's kind, not its fee (nor is "lazer no condomínio"). */
export const CONDO_KIND_NEXT = new Set(["clube", "fechado"]);
export const SWALLOWED_BY_UNANSWERABLE = new Set(["valor", "preco", "quanto", "custa", "custo", "taxa", "fica", "sai", "mensal"]);

/** Words that ask for one kind of material by name ("tem fotos?"). */
export const REQUESTED_MATERIALS: Record<string, MediaKindName> = {
  foto: "PHOTO", imagem: "PHOTO", video: "VIDEO", planta: "FLOOR_PLAN", tabela: "PRICE_TABLE", folder: "CAMPAIGN", book: "CAMPAIGN", apresentacao: "CAMPAIGN", campanha: "CAMPAIGN",
};

/** Layout words that name a kind of unit: asked and absent from every label, the app has no such unit. */
export const UNIT_KINDS = ["cobertura", "studio", "loft", "garden", "duplex", "kitnet"];

/** Amenity words that name one item: asked and absent from the development's list, the app does not know it. */
export const AMENITY_ITEMS = [
  "piscina", "academia", "churrasqueira", "playground", "brinquedoteca", "salao", "quadra", "sauna", "spa", "coworking", "pet",
  "bicicletario", "gourmet", "lavanderia", "portaria", "seguranca", "elevador",
];

/** Short replies that accept what the broker just offered ("pode sim", "manda"). */
export const AFFIRMATIVES = new Set(["sim", "pode", "claro", "quero", "manda", "mande", "envia", "ok", "beleza", "isso", "bora", "gostaria", "por favor", "favor"]);

/** Words that carry no subject: ignored when looking for what else the lead asked. */
export const FILLER = new Set(
  (
    "a o e de do da dos das em no na nos nas um uma que qual quais quem quanto quantos quanta quantas quando onde com para pra pro por se me te mim eu voce voces ele ela " +
    "tem ter tenho ha sim nao ja mais muito pouco bem so tambem ainda ai la aqui isso esse essa este esta isto aquele ou como " +
    "seu sua meu minha nosso vosso dele dela ser sao e foi era vai vou pode posso poderia gostaria quero queria saber favor " +
    "algum alguma algo coisa tipo opcao opco opca empreendimento apartamento imovel unidade predio edificio residencial condominio " +
    "ta tah to sera seria fica ficam sobre entao kkk kkkk kk rs haha vcs ne tipo ver mandar manda envia enviar"
  )
    .split(" ")
    .map(stem),
);
