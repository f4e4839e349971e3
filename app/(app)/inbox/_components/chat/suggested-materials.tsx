"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/app/_components/ui/button";
import type { SuggestionMaterial } from "@/server/services/assistant/suggestion-events";

type Props = { materials: SuggestionMaterial[]; sent: ReadonlySet<string>; onSend: (material: SuggestionMaterial) => void };

// The materials that fit the question, one click to send, the way the materials dialog sends them.
export function SuggestedMaterials({ materials, sent, onSend }: Props) {
  const t = useTranslations("inbox.suggestions");
  const tMaterials = useTranslations("inbox.materials");
  const tAll = useTranslations();
  if (materials.length === 0) return null;
  return (
    <section aria-label={t("materials")} className="shrink-0 border-t border-line bg-surface-muted/60 px-3 py-2">
      <h3 className="text-xs font-semibold text-ink-muted">{t("materials")}</h3>
      <ul className="mt-1 flex flex-col gap-1">
        {materials.map((material) => (
          <li key={material.id} className="flex items-center gap-2" data-testid="suggested-material">
            <span className="min-w-0 flex-1">
              <span className="block truncate text-sm font-medium">{material.title}</span>
              <span className="block truncate text-xs text-ink-muted">
                {tMaterials(`kinds.${material.kind}`)}
                {material.developmentName ? ` · ${material.developmentName}` : ""} · {material.reason}
              </span>
              {material.problem ? <span className="block text-xs text-danger">{tAll(`errors.${material.problem.key}`, material.problem.params)}</span> : null}
            </span>
            <Button
              size="sm"
              variant="secondary"
              disabled={Boolean(material.problem) || sent.has(material.id)}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => onSend(material)}
              aria-label={tMaterials("sendOne", { title: material.title })}
            >
              {sent.has(material.id) ? t("materialSent") : tMaterials("send")}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
