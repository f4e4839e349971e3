"use client";

import { useTranslations } from "next-intl";
import { Badge } from "@/app/_components/ui/badge";
import { Button } from "@/app/_components/ui/button";
import { Skeleton } from "@/app/_components/ui/skeleton";
import type { SuggestionMaterial } from "@/server/services/assistant/suggestion-events";
import { SuggestedMaterials } from "./suggested-materials";
import { DraftOptions, FactOptions } from "./suggestion-options";
import type { SuggestionsState } from "./suggestions-state";
import { SuggestedTemplate } from "./suggested-template";

type Props = {
  state: Exclude<SuggestionsState, { status: "idle" }>;
  listId: string;
  active: number;
  onInsert: (text: string) => void;
  onSendMaterial: (material: SuggestionMaterial) => void;
  sentMaterials: ReadonlySet<string>;
  onUseTemplate: (templateId: string) => void;
  onRetry: () => void;
  onClose: () => void;
  /** Above the composer (inside the window) or in the closed-window panel. */
  placement: "composer" | "inline";
};

// The assistant's answer to the lead's last messages: drafts (or, with no generated text, the facts),
// the materials that fit, what the app cannot answer; outside the window, a template. It never
// takes the focus from the text box, so the broker keeps typing while it loads.
export function SuggestionsPanel({ state, listId, active, onInsert, onSendMaterial, sentMaterials, onUseTemplate, onRetry, onClose, placement }: Props) {
  const t = useTranslations("inbox.suggestions");
  const context = state.status === "ready" ? state.context : null;
  const frame = placement === "composer" ? "absolute right-0 bottom-full left-0 z-20 mb-2 max-h-[60vh]" : "mt-3 max-h-[50vh]";
  return (
    <section
      aria-label={t("title")}
      data-testid="suggestions-panel"
      onKeyDown={(event) => event.key === "Escape" && onClose()}
      className={`${frame} flex flex-col overflow-hidden rounded-card border border-line bg-surface shadow-lg`}
    >
      <header className="flex items-center gap-2 border-b border-line px-3 py-1.5">
        <h2 className="truncate text-sm font-semibold">{t("title")}</h2>
        {context?.assistant.standIn ? (
          <Badge tone="warning" title={t("standInHint")} className="shrink-0 whitespace-nowrap" data-testid="assistant-stand-in">
            {t("standIn")}
          </Badge>
        ) : null}
        <button type="button" onMouseDown={(event) => event.preventDefault()} onClick={onClose} aria-label={t("close")} className="ml-auto h-8 w-8 shrink-0 rounded-full text-ink-muted hover:bg-surface-sunken">
          ×
        </button>
      </header>
      <div className="min-h-0 overflow-y-auto">
        {state.status === "loading" ? (
          <div className="flex flex-col gap-2 p-3" role="status" aria-label={t("loading")}>
            <Skeleton className="h-5 w-2/3" />
            <Skeleton className="h-12" />
          </div>
        ) : state.status === "failed" ? (
          <Failure message={state.error} onRetry={onRetry} />
        ) : (
          <Ready state={state} listId={listId} active={active} onInsert={onInsert} onUseTemplate={onUseTemplate} onRetry={onRetry} />
        )}
      </div>
      {/* Outside the scrolling list, so the materials stay one click away however long the drafts are. */}
      {context && context.mode !== "template" ? <SuggestedMaterials materials={context.materials} sent={sentMaterials} onSend={onSendMaterial} /> : null}
      <p className="hidden border-t border-line px-3 py-1 text-xs text-ink-muted sm:block">{context?.mode === "template" ? t("hintTemplate") : t("hint")}</p>
    </section>
  );
}

function Failure({ message, onRetry }: { message: string; onRetry: () => void }) {
  const t = useTranslations("inbox.suggestions");
  return (
    <div role="alert" className="flex items-start gap-2 px-3 py-2 text-sm text-danger">
      <p className="flex-1">{message}</p>
      <Button size="sm" variant="secondary" onMouseDown={(event) => event.preventDefault()} onClick={onRetry}>
        {t("retry")}
      </Button>
    </div>
  );
}

type ReadyProps = Pick<Props, "listId" | "active" | "onInsert" | "onUseTemplate" | "onRetry"> & { state: Extract<SuggestionsState, { status: "ready" }> };

function Ready({ state, listId, active, onInsert, onUseTemplate, onRetry }: ReadyProps) {
  const t = useTranslations("inbox.suggestions");
  const { context, drafts, writing, error } = state;
  if (context.mode === "template") return <SuggestedTemplate context={context} onUse={onUseTemplate} />;
  const nothing = context.facts.length === 0 && context.materials.length === 0 && drafts.length === 0 && !writing;
  return (
    <>
      {context.question ? (
        <p className="px-3 pt-2 text-xs text-ink-muted">
          {t("question")} <q className="text-ink">{context.question}</q>
        </p>
      ) : null}
      {context.mode === "retrieval" ? <p className="px-3 pt-2 text-xs text-ink-muted">{t(`state.${context.assistant.state === "on" ? "notConfigured" : context.assistant.state}`)}</p> : null}
      {writing && drafts.length === 0 ? (
        <div className="flex flex-col gap-2 p-3" role="status" aria-label={t("writing")}>
          <p className="text-xs text-ink-muted">{t("writing")}</p>
          <Skeleton className="h-10" />
        </div>
      ) : null}
      {drafts.length > 0 ? (
        <DraftOptions drafts={drafts} facts={context.facts} writing={writing} listId={listId} active={active} onInsert={onInsert} />
      ) : !writing && context.facts.length > 0 ? (
        <>
          {context.mode === "drafts" && !error ? <p className="px-3 pt-2 text-xs text-ink-muted">{t("noDrafts")}</p> : null}
          <FactOptions facts={context.facts} listId={listId} active={active} onInsert={onInsert} />
        </>
      ) : null}
      {error ? <Failure message={error} onRetry={onRetry} /> : null}
      {context.unanswered.length > 0 ? (
        <div className="border-t border-line px-3 py-2 text-xs text-ink-muted">
          <p className="font-semibold">{t("unanswered")}</p>
          <ul className="mt-1 list-disc pl-4">
            {context.unanswered.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {nothing && !error ? (
        <div className="px-3 py-4 text-center" data-testid="suggestions-empty">
          <p className="text-sm font-medium">{t("empty")}</p>
          <p className="mt-1 text-xs text-ink-muted">{t("emptyHint")}</p>
        </div>
      ) : null}
    </>
  );
}
