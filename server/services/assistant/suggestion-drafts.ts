import "server-only";

// Reads the model's answer to `TAREFA: sugestoes` (suggestion-prompt.ts) into drafts. The model is
// asked for "1) texto [F1] [F2]" lines; what comes back is whatever the model wrote, so this
// reads it generously (bold numbers, "1." or "1 -", a preamble, a draft wrapped over two lines,
// quotes) and keeps only what the broker can use: at most three non-empty drafts, and among the
// cited ids only those of facts that were really sent.

export const MAX_DRAFTS = 3;

export type ParsedDraft = {
  text: string;
  /** Ids of the sent facts the draft says it used ("F1"), in the order cited, each once. */
  refs: string[];
};

const NUMBERED = /^\s*(?:[*_]{1,2})?(?:rascunho\s*)?(\d{1,2})\s*(?:[*_]{1,2})?\s*[).:\-–]\s*(?:[*_]{1,2}\s*)?(.*)$/iu;
// "[F1]", "[F1, F2]", "[F1][F2]", "(F1)", "[fato F1]".
const CITATION = /[[(]\s*(?:fatos?\s*)?(F\d+(?:\s*[,;/e]\s*F\d+)*)\s*[\])]/giu;
const REF = /F\d+/gi;
// A citation still being written at the end of a streamed draft: "… R$ 489.000. [F".
const PARTIAL_CITATION = /[[(]\s*(?:f(?:a(?:t(?:os?)?)?)?\s*)?(?:F\d*(?:\s*[,;/e]\s*F?\d*)*)?\s*$/iu;

function clean(text: string): string {
  return text
    .replace(/\*\*|__/g, "")
    .replace(/\s+/g, " ")
    .replace(/\s+([.,;:!?])/g, "$1")
    .trim()
    .replace(/^["“”'](.*)["“”']$/su, "$1")
    .trim();
}

function splitCitations(raw: string, knownRefs: ReadonlySet<string>, final: boolean): ParsedDraft {
  const refs: string[] = [];
  let text = raw.replace(CITATION, (_match, list: string) => {
    for (const ref of list.toUpperCase().match(REF) ?? []) if (knownRefs.has(ref) && !refs.includes(ref)) refs.push(ref);
    return " ";
  });
  if (!final) text = text.replace(PARTIAL_CITATION, "");
  return { text: clean(text), refs };
}

/**
 * The drafts in `raw`. While the answer streams in (`final: false`), a citation cut in the middle
 * is left out of the last draft's text rather than shown half written.
 */
export function parseDrafts(raw: string, knownRefs: ReadonlySet<string>, { final = true }: { final?: boolean } = {}): ParsedDraft[] {
  const lines = raw.split(/\r?\n/);
  const numbered = lines.some((line) => NUMBERED.test(line));
  const chunks: string[] = [];
  if (numbered) {
    let current: string | null = null;
    for (const line of lines) {
      const match = NUMBERED.exec(line);
      if (match) {
        if (current !== null) chunks.push(current);
        current = match[2] ?? "";
      } else if (current !== null && line.trim()) {
        // A draft the model wrapped over two lines; a preamble before "1)" is dropped.
        current += ` ${line.trim()}`;
      }
    }
    if (current !== null) chunks.push(current);
  } else if (raw.trim()) {
    // No numbering at all: the whole answer is one draft.
    chunks.push(lines.join(" "));
  }
  return chunks
    .map((chunk, index) => splitCitations(chunk, knownRefs, final || index < chunks.length - 1))
    .filter((draft) => draft.text.length > 0)
    .slice(0, MAX_DRAFTS);
}
