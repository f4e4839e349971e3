"use client";

import { useTranslations } from "next-intl";
import { useRef } from "react";
import { Button } from "@/app/_components/ui/button";
import { useInsertAtCursor } from "@/app/_components/ui/use-insert-at-cursor";
import { Textarea } from "@/app/_components/ui/input";
import { Label } from "@/app/_components/ui/label";
import { countCharacters, MAX_TEMPLATE_BODY } from "@/server/services/templates/template-validation";
import { editorToken, TEMPLATE_VARIABLE_KINDS, type TemplateVariableKind } from "@/server/services/templates/template-variables";

// The message text with the seed's three variables as buttons that insert at the cursor.
export function BodyEditor({ value, onChange, onBlur, error, metaBody }: { value: string; onChange: (value: string) => void; onBlur: () => void; error?: string; metaBody: string }) {
  const t = useTranslations("templates.body");
  const tv = useTranslations("templates.variables");
  const ref = useRef<HTMLTextAreaElement>(null);
  const length = countCharacters(metaBody);
  const over = length > MAX_TEMPLATE_BODY;

  const insertAtCursor = useInsertAtCursor(ref, value, onChange);
  const insert = (kind: TemplateVariableKind) => insertAtCursor(editorToken(kind));

  const describedBy = ["template-body-hint", "template-body-counter", error ? "template-body-error" : ""].filter(Boolean).join(" ");
  return (
    <div className="flex flex-col gap-2">
      <Label htmlFor="template-body">{t("label")}</Label>
      <div role="group" aria-label={t("insertVariable")} className="flex flex-wrap items-center gap-2">
        <span className="text-xs text-ink-muted" aria-hidden>
          {t("insertVariable")}:
        </span>
        {TEMPLATE_VARIABLE_KINDS.map((kind) => (
          <Button key={kind} type="button" variant="secondary" size="sm" onClick={() => insert(kind)} aria-label={t("insertNamed", { name: tv(kind) })}>
            + {tv(kind)}
          </Button>
        ))}
      </div>
      <Textarea
        ref={ref}
        id="template-body"
        rows={8}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onBlur={onBlur}
        aria-invalid={error || over ? true : undefined}
        aria-describedby={describedBy}
      />
      <div className="flex flex-wrap items-start justify-between gap-2 text-xs">
        <p id="template-body-hint" className="text-ink-muted">
          {t("hint")}
        </p>
        <p id="template-body-counter" aria-live="polite" className={over ? "font-medium text-danger" : "text-ink-muted"} data-testid="template-counter">
          {t("counter", { length, max: MAX_TEMPLATE_BODY })}
          {over ? ` — ${t("overLimit")}` : ""}
        </p>
      </div>
      {error ? (
        <p id="template-body-error" role="alert" className="text-xs text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}
