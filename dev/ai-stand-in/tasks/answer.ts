import { createHash } from "node:crypto";
import type { PromptParts } from "../prompt-parts";
import { qualification } from "./qualification";
import { suggestions } from "./suggestions";
import { summary } from "./summary";

const TASKS: Record<string, (parts: PromptParts) => string> = { sugestoes: suggestions, resumo: summary, qualificacao: qualification };

/** The stand-in's whole answer to a chat request: the same input always gets the same text. */
export function answer(parts: PromptParts): string {
  const task = parts.task ? TASKS[parts.task] : undefined;
  if (task) return task(parts);
  const digest = createHash("sha256").update(parts.lastUserText).digest("hex").slice(0, 8);
  const about = parts.lastUserText ? `"${parts.lastUserText.slice(0, 80)}"` : "uma mensagem vazia";
  return parts.task
    ? `Stand-in: não conheço a tarefa "${parts.task}". Recebi ${about} (${digest}).`
    : `Stand-in: recebi ${about} (${digest}).`;
}
