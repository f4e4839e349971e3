"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { Dialog, DialogContent } from "@/app/_components/ui/dialog";
import { formatByteSize } from "@/server/i18n/byte-size";
import type { ChatMessage } from "../../_lib/types";

type Media = NonNullable<ChatMessage["media"]>;

// Fixed boxes so a picture finishing its download never pushes the chat around.
function Placeholder({ label, type }: { label: string; type: ChatMessage["type"] }) {
  const tall = type === "IMAGE" || type === "VIDEO" || type === "STICKER";
  return (
    <div data-testid="media-placeholder" className={`flex items-center justify-center rounded-md bg-surface-sunken px-3 text-center text-xs text-ink-muted ${tall ? "h-48 w-64 max-w-full" : "h-12 w-64 max-w-full"}`}>
      {label}
    </div>
  );
}

// A template's header file is drawn by its type (image, video or document), like a sent material.
const headerType = (mimeType: string | null): ChatMessage["type"] =>
  mimeType?.startsWith("image/") ? "IMAGE" : mimeType?.startsWith("video/") ? "VIDEO" : "DOCUMENT";

export function MessageMedia({ message: original, media }: { message: ChatMessage; media: Media }) {
  const message = original.type === "TEMPLATE" ? { ...original, type: headerType(media.mimeType) } : original;
  const t = useTranslations("inbox.media");
  const locale = useLocale();
  const [broken, setBroken] = useState(false);
  const [viewing, setViewing] = useState(false);
  if (media.status === "FAILED") return <Placeholder type={message.type} label={t("failed")} />;
  if (media.status !== "AVAILABLE" || broken) return <Placeholder type={message.type} label={broken ? t("unavailable") : t("downloading")} />;
  const name = media.fileName ?? t("file");
  switch (message.type) {
    case "IMAGE":
      return (
        <>
          <button type="button" onClick={() => setViewing(true)} className="block overflow-hidden rounded-md" aria-label={t("openImage")}>
            {/* eslint-disable-next-line @next/next/no-img-element -- authenticated media route, not a static asset */}
            <img src={media.url} alt={t("image")} width={256} height={192} loading="lazy" onError={() => setBroken(true)} className="h-48 w-64 max-w-full bg-surface-sunken object-cover" />
          </button>
          <Dialog open={viewing} onOpenChange={setViewing}>
            <DialogContent title={t("image")}>
              {/* eslint-disable-next-line @next/next/no-img-element -- same authenticated media route */}
              <img src={media.url} alt={t("image")} className="max-h-[70vh] w-full object-contain" />
              <a href={media.url} download className="mt-3 inline-block text-sm font-medium text-brand underline">
                {t("download")}
              </a>
            </DialogContent>
          </Dialog>
        </>
      );
    case "STICKER":
      // eslint-disable-next-line @next/next/no-img-element -- authenticated media route
      return <img src={media.url} alt={t("sticker")} width={128} height={128} loading="lazy" onError={() => setBroken(true)} className="h-32 w-32 object-contain" />;
    case "VIDEO":
      return <video src={media.url} controls preload="metadata" onError={() => setBroken(true)} className="h-48 w-64 max-w-full rounded-md bg-black" aria-label={t("video")} />;
    case "AUDIO":
      return <audio src={media.url} controls preload="none" onError={() => setBroken(true)} className="h-12 w-64 max-w-full" aria-label={t("audio")} />;
    default:
      return (
        <a href={media.url} download={name} className="flex w-64 max-w-full items-center gap-3 rounded-md bg-surface-sunken/70 p-2 hover:bg-surface-sunken">
          <span aria-hidden className="flex h-10 w-8 shrink-0 items-center justify-center rounded bg-danger-soft text-[10px] font-bold text-danger">
            {name.split(".").pop()?.slice(0, 4).toUpperCase() || "DOC"}
          </span>
          <span className="min-w-0">
            <span className="block truncate text-sm font-medium">{name}</span>
            <span className="block text-xs text-ink-muted">
              {media.sizeBytes ? formatByteSize(media.sizeBytes, locale) : null} · {t("download")}
            </span>
          </span>
        </a>
      );
  }
}
