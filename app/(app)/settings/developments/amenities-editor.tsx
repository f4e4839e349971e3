"use client";

import { useTranslations } from "next-intl";
import { useRef, useState, type KeyboardEvent } from "react";
import { Button } from "@/app/_components/ui/button";
import { Input } from "@/app/_components/ui/input";
import { Label } from "@/app/_components/ui/label";
import { describedBy } from "../channels/_components/form-field";

/** Leisure items as a list: Enter or "Adicionar" appends what was typed; each item has its own remove button. */
export function AmenitiesEditor({ amenities, onChange, error }: { amenities: string[]; onChange: (next: string[]) => void; error?: string }) {
  const t = useTranslations("developments.amenities");
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState("");
  const [repeated, setRepeated] = useState(false);

  const add = () => {
    const item = text.trim();
    if (!item) return;
    if (amenities.some((a) => a.toLocaleLowerCase("pt-BR") === item.toLocaleLowerCase("pt-BR"))) return setRepeated(true);
    onChange([...amenities, item]);
    setText("");
    setRepeated(false);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== "Enter") return;
    event.preventDefault();
    add();
  };
  const remove = (index: number) => {
    onChange(amenities.filter((_, i) => i !== index));
    inputRef.current?.focus();
  };
  const shownError = repeated ? t("repeated") : error;

  return (
    <div className="flex flex-col gap-1.5">
      <Label htmlFor="development-amenity">{t("label")}</Label>
      <div className="flex gap-2">
        <Input
          ref={inputRef}
          id="development-amenity"
          value={text}
          maxLength={80}
          placeholder={t("placeholder")}
          onChange={(e) => {
            setText(e.target.value);
            setRepeated(false);
          }}
          onKeyDown={onKeyDown}
          {...describedBy("development-amenity", { hint: true, error: shownError })}
        />
        <Button type="button" variant="secondary" onClick={add}>
          {t("add")}
        </Button>
      </div>
      <p id="development-amenity-hint" className="text-xs text-ink-muted">
        {t("hint")}
      </p>
      {shownError ? (
        <p id="development-amenity-error" className="text-xs text-danger" role="alert">
          {shownError}
        </p>
      ) : null}
      {amenities.length === 0 ? (
        <p className="text-sm text-ink-muted">{t("empty")}</p>
      ) : (
        <ul aria-label={t("listLabel")} className="flex flex-wrap gap-2">
          {amenities.map((item, index) => (
            <li key={item} className="inline-flex items-center gap-1 rounded-full border border-line bg-surface-muted py-1 pr-1 pl-3 text-sm">
              {item}
              <Button type="button" variant="ghost" size="sm" className="h-7 rounded-full px-2" aria-label={t("remove", { item })} onClick={() => remove(index)}>
                ×
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
