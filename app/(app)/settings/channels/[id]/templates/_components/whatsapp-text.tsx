import type { ReactNode } from "react";

// WhatsApp's own markup: *negrito*, _itálico_, ~tachado~, ```monoespaçado```.
const MARKUP = /(```[^`]+```|\*[^*\n]+\*|_[^_\n]+_|~[^~\n]+~)/g;

export function WhatsAppText({ text }: { text: string }): ReactNode {
  return text.split(MARKUP).map((part, i) => {
    if (part.startsWith("```") && part.endsWith("```") && part.length > 6) return <code key={i}>{part.slice(3, -3)}</code>;
    if (part.length > 2 && part.startsWith("*") && part.endsWith("*")) return <strong key={i}>{part.slice(1, -1)}</strong>;
    if (part.length > 2 && part.startsWith("_") && part.endsWith("_")) return <em key={i}>{part.slice(1, -1)}</em>;
    if (part.length > 2 && part.startsWith("~") && part.endsWith("~")) return <s key={i}>{part.slice(1, -1)}</s>;
    return part;
  });
}
