"use client";

import { useTranslations } from "next-intl";
import { useRef, useState, type FormEvent } from "react";
import { Button } from "@/app/_components/ui/button";
import { Input } from "@/app/_components/ui/input";
import { NativeSelect } from "@/app/_components/ui/native-select";
import { useToast } from "@/app/_components/ui/toast";
import { api } from "@/app/_trpc/client";
import { megabytesRoundedUp } from "@/server/i18n/byte-size";
import { acceptAttribute, checkUpload, limitsFor, MEDIA_KINDS, type MediaKindName } from "@/server/services/developments/media-rules";
import { describedBy, FormField } from "../../channels/_components/form-field";
import { TextField } from "../../channels/_components/text-field";
import { sendUpload } from "./send-upload";

export function UploadPanel({ developmentId }: { developmentId: string }) {
  const t = useTranslations("developments.upload");
  const tk = useTranslations("developments.kind");
  const toast = useToast();
  const utils = api.useUtils();
  const [kind, setKind] = useState<MediaKindName>("PHOTO");
  const [title, setTitle] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string>();
  const [progress, setProgress] = useState<number | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const abort = useRef<(() => void) | null>(null);

  // Meta's limits, checked before a byte leaves the browser (the server checks again).
  function check(nextKind: MediaKindName, nextFile: File | null) {
    if (!nextFile) return setError(undefined);
    const result = checkUpload({ kind: nextKind, fileName: nextFile.name, mimeType: nextFile.type, size: nextFile.size });
    setError(result.ok ? undefined : t(result.code, result.params));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) return setError(t("chooseFile"));
    if (error) return;
    const form = new FormData();
    form.set("developmentId", developmentId);
    form.set("kind", kind);
    form.set("title", title);
    form.set("file", file);
    setProgress(0);
    const upload = sendUpload("/api/media/upload", form, setProgress);
    abort.current = upload.abort;
    const result = await upload.done;
    abort.current = null;
    setProgress(null);
    if (result.ok) {
      toast({ title: t("uploaded", { name: file.name }), tone: "success" });
      setFile(null);
      setTitle("");
      if (fileInput.current) fileInput.current.value = "";
      await utils.developments.invalidate();
    } else if (result.reason === "refused") {
      setError(result.message);
    } else if (result.reason === "network") {
      setError(t("network"));
    }
  }

  const limits = limitsFor(kind)
    .map((l) => t("limit", { formats: l.formats, maxMb: megabytesRoundedUp(l.maxBytes) }))
    .join("; ");
  const uploading = progress !== null;
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4 rounded-md border border-dashed border-line p-4">
      <div className="grid gap-4 md:grid-cols-[12rem_1fr_1fr]">
        <FormField id="upload-kind" label={t("kind")}>
          <NativeSelect
            id="upload-kind"
            value={kind}
            disabled={uploading}
            onChange={(e) => {
              const next = MEDIA_KINDS.find((k) => k === e.target.value) ?? "PHOTO";
              setKind(next);
              check(next, file);
            }}
          >
            {MEDIA_KINDS.map((k) => (
              <option key={k} value={k}>
                {tk(k)}
              </option>
            ))}
          </NativeSelect>
        </FormField>
        <FormField id="upload-file" label={t("file")} hint={limits} error={error}>
          <Input
            ref={fileInput}
            id="upload-file"
            type="file"
            accept={acceptAttribute(kind)}
            disabled={uploading}
            className="h-auto py-1.5 file:mr-3 file:rounded file:border-0 file:bg-surface-sunken file:px-3 file:py-1"
            onChange={(e) => {
              const next = e.target.files?.[0] ?? null;
              setFile(next);
              check(kind, next);
            }}
            {...describedBy("upload-file", { hint: limits, error })}
          />
        </FormField>
        <TextField id="upload-title" label={t("title")} hint={t("titleHint")} value={title} maxLength={120} disabled={uploading} onChange={(e) => setTitle(e.target.value)} />
      </div>
      {uploading ? (
        <div className="flex items-center gap-3">
          <div
            role="progressbar"
            aria-label={t("progressLabel", { name: file?.name ?? "" })}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.round(progress * 100)}
            className="h-2 flex-1 overflow-hidden rounded-full bg-surface-sunken"
          >
            <div className="h-full bg-brand transition-[width]" style={{ width: `${Math.round(progress * 100)}%` }} />
          </div>
          <span className="w-12 text-right text-sm tabular-nums">{Math.round(progress * 100)}%</span>
          <Button type="button" variant="secondary" size="sm" onClick={() => abort.current?.()}>
            {t("cancel")}
          </Button>
        </div>
      ) : (
        <div className="flex justify-end">
          <Button type="submit" disabled={Boolean(error)}>
            {t("submit")}
          </Button>
        </div>
      )}
    </form>
  );
}
