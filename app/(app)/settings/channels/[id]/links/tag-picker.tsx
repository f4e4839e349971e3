"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/app/_components/ui/button";
import { InputField } from "@/app/_components/ui/input-field";
import { CheckList } from "./check-list";

export function TagPicker({
  tags,
  selected,
  onToggle,
  newTags,
  onNewTags,
}: {
  tags: { id: string; name: string }[];
  selected: ReadonlySet<string>;
  onToggle: (id: string, on: boolean) => void;
  newTags: string[];
  onNewTags: (names: string[]) => void;
}) {
  const t = useTranslations("channels.links");
  const [name, setName] = useState("");
  const [error, setError] = useState<string>();

  function add() {
    const clean = name.trim().toLowerCase();
    if (!clean || clean.length > 60) return setError(t("tagInvalid"));
    const existing = tags.find((tag) => tag.name === clean);
    if (existing) onToggle(existing.id, true);
    else if (!newTags.includes(clean)) onNewTags([...newTags, clean]);
    setName("");
    setError(undefined);
  }

  return (
    <div className="flex flex-col gap-3">
      {tags.length ? (
        <CheckList idPrefix="link-tag" legend={t("tags")} items={tags.map((tag) => ({ id: tag.id, label: tag.name }))} selected={selected} onToggle={onToggle} />
      ) : (
        <p className="text-sm text-ink-muted">{t("noTags")}</p>
      )}
      {newTags.length ? (
        <ul className="flex flex-wrap gap-2" aria-label={t("newTagsLabel")}>
          {newTags.map((tag) => (
            <li key={tag} className="flex items-center gap-1 rounded-full bg-brand-soft px-3 py-1 text-sm text-brand">
              {tag} <span className="text-xs">({t("newTagBadge")})</span>
              <button type="button" className="ml-1 rounded-full px-1" aria-label={t("removeNewTag", { name: tag })} onClick={() => onNewTags(newTags.filter((n) => n !== tag))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <InputField
        id="link-new-tag"
        label={t("newTag")}
        error={error}
        value={name}
        onChange={(e) => setName(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            e.preventDefault();
            add();
          }
        }}
        className="grow basis-48"
        action={
          <Button type="button" variant="secondary" onClick={add}>
            {t("addTag")}
          </Button>
        }
      />
    </div>
  );
}
