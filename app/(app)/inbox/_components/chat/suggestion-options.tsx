"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { cn } from "@/app/_components/ui/cn";
import type { FinalDraft, SuggestionDraft, SuggestionFact } from "@/server/services/assistant/suggestion-events";

type OptionsProps = {
  listId: string;
  active: number;
  onInsert: (text: string) => void;
};

function Option({ id, selected, label, onInsert, children }: { id: string; selected: boolean; label: string; onInsert: () => void; children: ReactNode }) {
  const t = useTranslations("inbox.suggestions");
  return (
    <li id={id} role="option" aria-selected={selected} data-testid="suggestion-option" className={cn("flex items-start gap-2 px-3 py-2", selected ? "bg-brand-soft" : "hover:bg-surface-muted")}>
      <div className="min-w-0 flex-1">{children}</div>
      {/* The mouse keeps the focus in the text box: insert with a click as with Tab. */}
      <button
        type="button"
        onMouseDown={(event) => event.preventDefault()}
        onClick={onInsert}
        aria-label={label}
        className="h-8 shrink-0 rounded-md border border-line bg-surface px-3 text-xs font-medium hover:bg-surface-sunken"
      >
        {t("insert")}
      </button>
    </li>
  );
}

/** 1–3 drafts, each with the facts it says it used; while streaming, the last one grows. */
export function DraftOptions({ drafts, facts, writing, listId, active, onInsert }: OptionsProps & { drafts: (SuggestionDraft | FinalDraft)[]; facts: SuggestionFact[]; writing: boolean }) {
  const t = useTranslations("inbox.suggestions");
  const byRef = new Map(facts.map((fact) => [fact.ref, fact]));
  return (
    <ul role="listbox" id={listId} aria-label={t("drafts")} aria-busy={writing} className="flex flex-col">
      {drafts.map((draft, index) => {
        const used = draft.refs.flatMap((ref) => byRef.get(ref) ?? []);
        const unverified = "unverified" in draft ? draft.unverified : [];
        return (
          <Option key={index} id={`${listId}-${index}`} selected={!writing && index === active} label={t("insertDraft", { number: index + 1 })} onInsert={() => onInsert(draft.text)}>
            <p className="text-sm whitespace-pre-wrap" data-testid="suggestion-draft">
              {draft.text}
            </p>
            {used.length > 0 ? (
              <ul aria-label={t("factsUsed")} className="mt-1 flex flex-col gap-0.5" data-testid="suggestion-facts-used">
                {used.map((fact) => (
                  <li key={fact.ref} className="text-xs text-ink-muted">
                    <span className="mr-1 rounded bg-surface-sunken px-1 font-mono text-[11px]">{fact.ref}</span>
                    {fact.text}
                  </li>
                ))}
              </ul>
            ) : !writing ? (
              <p className="mt-1 text-xs text-warning">{t("noFactsCited")}</p>
            ) : null}
            {unverified.length > 0 ? <p className="mt-1 text-xs text-danger">{t("unverified", { items: unverified.map((claim) => `“${claim}”`).join(", "), count: unverified.length })}</p> : null}
          </Option>
        );
      })}
    </ul>
  );
}

/** With no generated text: the facts themselves, each a sentence the broker can insert. */
export function FactOptions({ facts, listId, active, onInsert }: OptionsProps & { facts: SuggestionFact[] }) {
  const t = useTranslations("inbox.suggestions");
  return (
    <ul role="listbox" id={listId} aria-label={t("facts")} className="flex flex-col">
      {facts.map((fact, index) => (
        <Option key={fact.ref} id={`${listId}-${index}`} selected={index === active} label={t("insertFact", { ref: fact.ref })} onInsert={() => onInsert(fact.text)}>
          <p className="text-sm" data-testid="suggestion-fact">
            <span className="mr-1 rounded bg-surface-sunken px-1 font-mono text-[11px]">{fact.ref}</span>
            {fact.text}
          </p>
        </Option>
      ))}
    </ul>
  );
}
