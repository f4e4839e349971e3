// Word matching for pt-BR without a model: lower case, no accents, plural "s" dropped, common
// words ignored, and a few words that mean the same thing in a lead's question and in a fact.
const STOPWORDS = new Set(
  (
    "a o e as os um uma uns umas de da do das dos em na no nas nos por pra para pelo pela com sem que qual quais " +
    "quanto quanta como quando se ser sao esta estao esse essa isso este isto ele ela eles elas voce voces " +
    "meu minha seu sua tem ter tenho ha mais menos muito ja ainda sim nao oi ola bom boa dia tarde noite tudo bem " +
    "obrigado obrigada favor gostaria queria quero saber sobre ai la aqui vc pode poderia me te lhe the of to"
  ).split(" "),
);

// Each group: words a lead uses for one thing, and the words facts use for it.
const SAME_MEANING = [
  ["valor", "preco", "custa", "custo", "quanto", "r$", "tabela", "investimento", "parcela", "entrada"],
  ["endereco", "onde", "localizacao", "localizado", "rua", "avenida", "av", "bairro", "regiao"],
  ["quarto", "dormitorio", "dorm", "suite", "tipologia"],
  ["planta", "layout", "metragem", "m2", "m²", "area", "tamanho", "tipologia"],
  ["entrega", "pronto", "prazo", "obra", "previsao", "chave"],
  ["financiamento", "financiar", "financia", "fgts", "banco", "credito", "parcelamento"],
  ["lazer", "piscina", "academia", "churrasqueira", "playground", "salao", "amenidade", "area"],
  ["visita", "visitar", "decorado", "conhecer", "plantao", "stand"],
  ["vaga", "garagem", "estacionamento"],
];

export function normalize(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** normalize() one character at a time, so that a match's position is the same in the original text. */
export function fold(text: string): string {
  return text
    .split("")
    .map((char) => {
      const folded = normalize(char);
      return folded.length === 1 ? folded : char;
    })
    .join("");
}

function stem(word: string): string {
  return word.length > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word;
}

/** The words that carry meaning, normalized; numbers kept ("2", "450.000"). */
export function contentWords(text: string): string[] {
  const words = normalize(text).match(/r\$|m²|[\p{L}\p{N}][\p{L}\p{N}.,]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu) ?? [];
  return words.map(stem).filter((word) => !STOPWORDS.has(word));
}

/** The question's words with the other words of their meaning group. */
export function expandedWords(text: string): Set<string> {
  const words = new Set(contentWords(text));
  for (const group of SAME_MEANING) if (group.some((word) => words.has(word))) for (const word of group) words.add(word);
  return words;
}

/** How many of the fact's words the (expanded) question holds. */
export function overlap(question: Set<string>, text: string): number {
  return new Set(contentWords(text).filter((word) => question.has(word))).size;
}
