"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/app/_components/ui/button";
import { Input } from "@/app/_components/ui/input";
import { formatByteSize } from "@/server/i18n/byte-size";
import type { MediaItem } from "./media-library";

function Thumbnail({ item }: { item: MediaItem }) {
  const t = useTranslations("developments.media");
  if (item.mimeType.startsWith("image/")) {
    // eslint-disable-next-line @next/next/no-img-element -- served by our own authenticated route, not optimisable by next/image
    return <img src={`/api/media/${item.id}`} alt={t("thumbnailAlt", { title: item.title })} loading="lazy" className="h-16 w-16 rounded-md border border-line object-cover" />;
  }
  const label = item.mimeType.startsWith("video/") ? "▶" : item.mimeType === "application/pdf" ? "PDF" : "DOC";
  return (
    <span aria-hidden className="flex h-16 w-16 items-center justify-center rounded-md border border-line bg-surface-muted text-sm font-semibold text-ink-muted">
      {label}
    </span>
  );
}

export function MediaRow({
  item,
  first,
  last,
  onMove,
  onRename,
  onRemove,
}: {
  item: MediaItem;
  first: boolean;
  last: boolean;
  onMove: (direction: "up" | "down") => void;
  onRename: (title: string) => Promise<boolean>;
  onRemove: () => void;
}) {
  const t = useTranslations("developments.media");
  const tk = useTranslations("developments.kind");
  const locale = useLocale();
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(item.title);
  const [error, setError] = useState<string>();

  async function saveTitle() {
    if (!title.trim()) return setError(t("titleRequired"));
    if (await onRename(title.trim())) setEditing(false);
  }

  return (
    <li className="flex flex-wrap items-center gap-3 p-3" data-testid={`media-${item.title}`}>
      <Thumbnail item={item} />
      <div className="min-w-0 flex-1">
        {editing ? (
          <div className="flex flex-col gap-1">
            <div className="flex gap-2">
              <Input
                autoFocus
                aria-label={t("newTitleFor", { title: item.title })}
                value={title}
                maxLength={120}
                onChange={(e) => {
                  setTitle(e.target.value);
                  setError(undefined);
                }}
                onKeyDown={(e) => {
                  if (e.key === "Enter") void saveTitle();
                  if (e.key === "Escape") {
                    setTitle(item.title);
                    setEditing(false);
                  }
                }}
                aria-invalid={error ? true : undefined}
              />
              <Button type="button" size="sm" className="h-10" onClick={() => void saveTitle()}>
                {t("saveTitle")}
              </Button>
            </div>
            {error ? (
              <p role="alert" className="text-xs text-danger">
                {error}
              </p>
            ) : null}
          </div>
        ) : (
          <p className="font-medium break-words">{item.title}</p>
        )}
        <p className="text-xs text-ink-muted">
          {tk(item.kind)} · {item.fileName} · {formatByteSize(item.sizeBytes, locale)}
          {item.channelCount ? ` · ${t("usedBy", { count: item.channelCount })}` : ""}
        </p>
      </div>
      <div className="flex flex-wrap items-center gap-1">
        <Button id={`media-up-${item.id}`} type="button" variant="ghost" size="icon" disabled={first} onClick={() => onMove("up")} aria-label={t("moveUp", { title: item.title })} title={t("moveUp", { title: item.title })}>
          ↑
        </Button>
        <Button id={`media-down-${item.id}`} type="button" variant="ghost" size="icon" disabled={last} onClick={() => onMove("down")} aria-label={t("moveDown", { title: item.title })} title={t("moveDown", { title: item.title })}>
          ↓
        </Button>
        <Button asChild variant="ghost" size="sm">
          <a href={`/api/media/${item.id}`} target="_blank" rel="noopener" aria-label={t("openNamed", { title: item.title })}>
            {t("open")}
          </a>
        </Button>
        {!editing ? (
          <Button type="button" variant="ghost" size="sm" onClick={() => setEditing(true)} aria-label={t("renameNamed", { title: item.title })}>
            {t("rename")}
          </Button>
        ) : null}
        <Button type="button" variant="ghost" size="sm" className="text-danger" onClick={onRemove} aria-label={t("removeNamed", { title: item.title })}>
          {t("remove")}
        </Button>
      </div>
    </li>
  );
}
