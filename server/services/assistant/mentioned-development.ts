import "server-only";

const fold = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase();

/** The development the lead named (in the proposed interest, or anywhere in what was said), if exactly one. */
export function mentionedDevelopment<D extends { id: string; name: string }>(developments: D[], texts: string[]): D | null {
  const said = fold(texts.join("\n"));
  const named = developments.filter((d) => d.name.trim() && said.includes(fold(d.name.trim())));
  return named.length === 1 ? named[0]! : null;
}
