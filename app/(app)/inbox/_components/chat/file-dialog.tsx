"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/app/_components/ui/button";
import { Dialog, DialogClose, DialogContent } from "@/app/_components/ui/dialog";
import { Textarea } from "@/app/_components/ui/input";
import { Label } from "@/app/_components/ui/label";
import { formatByteSize } from "@/server/i18n/byte-size";
import { validateMedia } from "@/server/meta/validate-outbound";
import { mediaKindFor } from "@/server/services/messages/media-kind";

// Checked against Meta's limits before anything is uploaded, with the reason in pt-BR.
export function checkFile(file: File) {
  const kind = mediaKindFor(file.type || "application/octet-stream");
  return { kind, check: validateMedia({ kind, mimeType: file.type || "application/octet-stream", size: file.size }) };
}

type Props = { file: File | null; onClose: () => void; onSend: (file: File, caption: string) => void };

export function FileDialog({ file, onClose, onSend }: Props) {
  const t = useTranslations("inbox.composer");
  const tAll = useTranslations();
  const locale = useLocale();
  const [caption, setCaption] = useState("");
  const result = file ? checkFile(file) : null;
  const canCaption = result && result.kind !== "audio" && result.kind !== "sticker";
  return (
    <Dialog open={Boolean(file)} onOpenChange={(open) => !open && onClose()}>
      {file && result ? (
        <DialogContent title={t("sendFile")} description={`${file.name} · ${formatByteSize(file.size, locale)}`}>
          {result.check.ok ? null : (
            <p role="alert" className="mb-3 rounded-md bg-danger-soft p-3 text-sm text-danger">
              {tAll(`errors.${result.check.key}`, result.check.params)}
            </p>
          )}
          {canCaption && result.check.ok ? (
            <div className="flex flex-col gap-1">
              <Label htmlFor="file-caption">{t("caption")}</Label>
              <Textarea id="file-caption" rows={2} value={caption} onChange={(e) => setCaption(e.target.value)} maxLength={1000} />
            </div>
          ) : null}
          <div className="mt-4 flex justify-end gap-2">
            <DialogClose asChild>
              <Button variant="secondary">{t("cancel")}</Button>
            </DialogClose>
            <Button
              disabled={!result.check.ok}
              onClick={() => {
                onSend(file, canCaption ? caption : "");
                setCaption("");
              }}
            >
              {t("send")}
            </Button>
          </div>
        </DialogContent>
      ) : null}
    </Dialog>
  );
}
