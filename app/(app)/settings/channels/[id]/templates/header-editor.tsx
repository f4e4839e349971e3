"use client";

import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { Button } from "@/app/_components/ui/button";
import { NativeSelect } from "@/app/_components/ui/native-select";
import { useInsertAtCursor } from "@/app/_components/ui/use-insert-at-cursor";
import { api, type RouterOutputs } from "@/app/_trpc/client";
import { countCharacters } from "@/server/services/templates/template-validation";
import { HEADER_FORMATS, HEADER_MEDIA_RULES, isMediaHeader, MAX_HEADER_TEXT, type EditorHeader, type MediaHeaderFormat } from "@/server/services/templates/template-components";
import { editorToken, toMetaBody, TEMPLATE_VARIABLE_KINDS } from "@/server/services/templates/template-variables";
import { sendUpload } from "../../../developments/[id]/send-upload";
import { FormField } from "../../_components/form-field";
import { RadioCards } from "../../_components/radio-cards";
import { TextField } from "../../_components/text-field";

type Library = RouterOutputs["templates"]["headerMedia"];
const UPLOAD_KIND: Record<MediaHeaderFormat, string> = { IMAGE: "PHOTO", VIDEO: "VIDEO", DOCUMENT: "DOCUMENT" };

export const fitsHeader = (format: MediaHeaderFormat, file: { mimeType: string; sizeBytes: number }) =>
  HEADER_MEDIA_RULES[format].mimeTypes.includes(file.mimeType) && file.sizeBytes <= HEADER_MEDIA_RULES[format].maxBytes;

// Header: none, text (one variable) or a photo, video or PDF from a development's library (or uploaded to one).
export function HeaderEditor({ value, onChange, error, library }: { value: EditorHeader; onChange: (header: EditorHeader) => void; error?: string; library: Library | undefined }) {
  const t = useTranslations("templates.header");
  const tv = useTranslations("templates.variables");
  const formatOptions = HEADER_FORMATS.map((format) => ({ value: format, label: t(`format.${format}`) }));
  const select = (format: EditorHeader["format"]) =>
    onChange(format === "NONE" ? { format } : format === "TEXT" ? { format, text: value.format === "TEXT" ? value.text : "" } : { format, mediaAssetId: null });
  return (
    <fieldset className="flex flex-col gap-3 rounded-md border border-line p-4" aria-describedby={error ? "template-header-error" : undefined}>
      <legend className="px-1 text-sm font-medium">{t("legend")}</legend>
      <RadioCards name="template-header-format" legend={t("format.legend")} value={value.format} onChange={select} options={formatOptions} />
      {value.format === "TEXT" ? <HeaderText text={value.text} onChange={(text) => onChange({ format: "TEXT", text })} tv={tv} /> : null}
      {isMediaHeader(value.format) && "mediaAssetId" in value ? (
        <MediaPicker format={value.format} selected={value.mediaAssetId} onSelect={(mediaAssetId) => onChange({ format: value.format as MediaHeaderFormat, mediaAssetId })} library={library} />
      ) : null}
      {error ? (
        <p id="template-header-error" role="alert" className="text-xs text-danger">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

function HeaderText({ text, onChange, tv }: { text: string; onChange: (text: string) => void; tv: (key: string) => string }) {
  const t = useTranslations("templates.header");
  const ref = useRef<HTMLInputElement>(null);
  const insert = useInsertAtCursor(ref, text, onChange);
  const length = countCharacters(toMetaBody(text).body);
  return (
    <div className="flex flex-col gap-2">
      <TextField
        ref={ref}
        id="template-header-text"
        label={t("text")}
        hint={t("textHint", { length, max: MAX_HEADER_TEXT })}
        value={text}
        aria-invalid={length > MAX_HEADER_TEXT || undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      <div role="group" aria-label={t("insertVariable")} className="flex flex-wrap gap-2">
        {TEMPLATE_VARIABLE_KINDS.map((kind) => (
          <Button key={kind} type="button" variant="secondary" size="sm" className="max-sm:h-11" onClick={() => insert(editorToken(kind))}>
            + {tv(kind)}
          </Button>
        ))}
      </div>
    </div>
  );
}

function MediaPicker({ format, selected, onSelect, library }: { format: MediaHeaderFormat; selected: string | null; onSelect: (id: string | null) => void; library: Library | undefined }) {
  const t = useTranslations("templates.header");
  const rule = HEADER_MEDIA_RULES[format];
  const limit = t("mediaLimit", { formats: rule.formats, max: Math.round(rule.maxBytes / (1024 * 1024)) });
  const groups = (library?.developments ?? []).map((d) => ({ ...d, media: d.media.filter((m) => fitsHeader(format, m)) })).filter((d) => d.media.length > 0);
  return (
    <div className="flex flex-col gap-3">
      <FormField id="template-header-media" label={t("media")} hint={groups.length ? limit : `${limit} ${t("mediaEmpty")}`}>
        <NativeSelect id="template-header-media" value={selected ?? ""} onChange={(e) => onSelect(e.target.value || null)} aria-describedby="template-header-media-hint">
          <option value="">{library ? t("mediaChoose") : t("mediaLoading")}</option>
          {groups.map((d) => (
            <optgroup key={d.id} label={d.name}>
              {d.media.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.title}
                </option>
              ))}
            </optgroup>
          ))}
        </NativeSelect>
      </FormField>
      {library?.canUpload ? <HeaderUpload format={format} targets={library.uploadTargets} onUploaded={onSelect} /> : null}
    </div>
  );
}

function HeaderUpload({ format, targets, onUploaded }: { format: MediaHeaderFormat; targets: Library["uploadTargets"]; onUploaded: (id: string) => void }) {
  const t = useTranslations("templates.header");
  const utils = api.useUtils();
  const [developmentId, setDevelopmentId] = useState(targets[0]?.id ?? "");
  const [status, setStatus] = useState<string | null>(null);
  const rule = HEADER_MEDIA_RULES[format];
  async function upload(file: File | undefined) {
    if (!file || !developmentId) return;
    if (!fitsHeader(format, { mimeType: file.type, sizeBytes: file.size })) return setStatus(t("uploadUnfit", { formats: rule.formats, max: Math.round(rule.maxBytes / (1024 * 1024)) }));
    const form = new FormData();
    form.set("developmentId", developmentId);
    form.set("kind", UPLOAD_KIND[format]);
    form.set("title", file.name.replace(/\.[^.]+$/, ""));
    form.set("file", file);
    setStatus(t("uploading"));
    const result = await sendUpload("/api/media/upload", form, () => undefined).done;
    if (!result.ok) return setStatus(result.reason === "refused" ? result.message : t("uploadFailed"));
    setStatus(t("uploaded", { name: file.name }));
    await utils.templates.headerMedia.invalidate();
    const id = (result.body as { id?: unknown } | null)?.id;
    if (typeof id === "string") onUploaded(id);
  }
  return (
    <div className="grid gap-2 rounded-md border border-dashed border-line p-3 sm:grid-cols-[1fr_1fr]">
      <FormField id="template-header-upload-development" label={t("uploadTo")}>
        <NativeSelect id="template-header-upload-development" value={developmentId} onChange={(e) => setDevelopmentId(e.target.value)}>
          {targets.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </NativeSelect>
      </FormField>
      <FormField id="template-header-upload" label={t("upload")}>
        <input
          id="template-header-upload"
          type="file"
          accept={rule.mimeTypes.join(",")}
          className="text-sm file:mr-2 file:rounded file:border file:border-line file:bg-surface file:px-2 file:py-1"
          onChange={(e) => void upload(e.target.files?.[0])}
        />
      </FormField>
      {status ? (
        <p role="status" className="text-xs text-ink-muted sm:col-span-2">
          {status}
        </p>
      ) : null}
    </div>
  );
}
