import type { Line, PromptParts } from "../prompt-parts";
import { normalize } from "../words";

// TAREFA: resumo — a JSON object {wants, promised, pending}, each a short pt-BR string, from
// keyword rules over the conversation's lines.
const WANTS: [RegExp, (match: RegExpExecArray) => string][] = [
  [/\b(\d+|um|dois|duas|tres|quatro)\s*(quartos?|dormitorios?|dorms?|suites?)\b/, (m) => `${m[1]} ${m[2]}`],
  [/\b(valor|preco|quanto custa|tabela)\b/, () => "saber o valor"],
  [/\b(onde fica|endereco|localizacao)\b/, () => "saber o endereço"],
  [/\b(planta|metragem|layout)\b/, () => "ver a planta"],
  [/\b(financ\w*|fgts)\b/, () => "financiar"],
  [/\b(visit\w*|conhecer|decorado)\b/, () => "visitar"],
  [/\b(entrega|pronto pra morar|prazo)\b/, () => "saber a entrega"],
];
const PROMISE = /\b(vou|vamos|irei|te envio|envio|te mando|mando|retorno|te retorno|agendo|agendei|reservei|confirmo)\b/;

function clip(text: string, max = 120): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

function wants(lines: Line[]): string {
  const said = normalize(lines.filter((line) => line.speaker === "lead").map((line) => line.text).join(" \n "));
  const found = WANTS.flatMap(([pattern, label]) => {
    const match = pattern.exec(said);
    return match ? [label(match)] : [];
  });
  return found.length ? `Quer ${found.join(", ")}.` : "Não ficou claro o que o lead procura.";
}

function promised(lines: Line[]): string | null {
  const promises = lines.filter((line) => line.speaker === "broker" && PROMISE.test(normalize(line.text))).map((line) => line.text);
  return promises.length ? clip(promises.join(" / ")) : null;
}

function pending(lines: Line[], promise: string | null): string {
  const last = lines.at(-1);
  if (last?.speaker === "lead") return clip(`Responder ao lead: "${last.text}"`);
  if (promise) return clip(`Cumprir o combinado: ${promise}`);
  return "Nada pendente.";
}

export function summary(parts: PromptParts): string {
  const promise = promised(parts.conversation);
  return JSON.stringify({ wants: wants(parts.conversation), promised: promise ?? "Nada prometido.", pending: pending(parts.conversation, promise) });
}
