// How the stand-in reads what the app sends: it does not understand language, it reads the
// conventions the app's prompts follow (README, "What it reads"):
//   - the task, a line `TAREFA: <name>` in the system message;
//   - the facts the app holds, lines `[F1] texto do fato` (anywhere);
//   - the conversation, lines `Lead: …` and `Corretor: …` (a `[time]` or `- ` before the name is fine).
import { normalize } from "./words";

export type ChatMessage = { role: string; content: string };
export type Fact = { id: string; text: string };
export type Line = { speaker: "lead" | "broker"; text: string };
export type PromptParts = { task: string | null; facts: Fact[]; conversation: Line[]; lastUserText: string };

type RawMessage = { role?: unknown; content?: unknown };

/** Message content as text: a string, or the text parts of an array of parts. */
export function contentText(content: unknown): string {
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return "";
  return content
    .map((part: { type?: unknown; text?: unknown }) => (part?.type === "text" && typeof part.text === "string" ? part.text : ""))
    .filter(Boolean)
    .join("\n");
}

export function chatMessages(raw: unknown): ChatMessage[] {
  if (!Array.isArray(raw)) return [];
  return raw.map((message: RawMessage) => ({ role: typeof message?.role === "string" ? message.role : "user", content: contentText(message?.content) }));
}

const TASK = /^\s*TAREFA\s*:\s*([\p{L}\p{N}_-]+)/imu;
const FACT = /^\s*(?:[-*]\s*)?\[(F\d+)\]\s*(.+?)\s*$/;
const LINE = /^\s*(?:[-*]\s*)?(?:\[[^\]]*\]\s*)?(lead|cliente|corretora?|broker)\s*(?:\([^)]*\))?\s*:\s*(.+?)\s*$/i;

export function promptParts(messages: ChatMessage[]): PromptParts {
  const system = messages.filter((m) => m.role === "system" || m.role === "developer").map((m) => m.content).join("\n");
  const lines = messages.flatMap((m) => m.content.split(/\r?\n/));
  const facts: Fact[] = [];
  const conversation: Line[] = [];
  for (const line of lines) {
    const fact = FACT.exec(line);
    if (fact?.[1] && fact[2]) {
      if (!facts.some((known) => known.id === fact[1])) facts.push({ id: fact[1], text: fact[2] });
      continue;
    }
    const said = LINE.exec(line);
    if (said?.[1] && said[2]) conversation.push({ speaker: /^(lead|cliente)$/i.test(said[1]) ? "lead" : "broker", text: said[2] });
  }
  const users = messages.filter((m) => m.role === "user");
  const lastUserText = users.at(-1)?.content.trim().split(/\r?\n/).filter((l) => l.trim()).at(-1)?.trim() ?? "";
  return { task: normalize(TASK.exec(system)?.[1] ?? "") || null, facts, conversation, lastUserText };
}

/** What the lead said last: the last `Lead:` line, else the last line of the last user message. */
export function leadsLastMessage(parts: PromptParts): string {
  return parts.conversation.filter((line) => line.speaker === "lead").at(-1)?.text ?? parts.lastUserText;
}
