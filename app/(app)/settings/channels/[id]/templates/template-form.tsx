"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState, type FormEvent } from "react";
import { rejectedReasonText } from "@/app/_i18n/stored-texts";
import { Button } from "@/app/_components/ui/button";
import { Card } from "@/app/_components/ui/card";
import { NativeSelect } from "@/app/_components/ui/native-select";
import { useToast } from "@/app/_components/ui/toast";
import { api, type RouterOutputs } from "@/app/_trpc/client";
import { TEMPLATE_LANGUAGES, validateTemplateDraft, type TemplateIssue } from "@/server/services/templates/template-validation";
import { toMetaBody, type TemplateValues } from "@/server/services/templates/template-variables";
import { MAX_FOOTER, toStoredComponents, type EditorComponents } from "@/server/services/templates/template-components";
import { countCharacters } from "@/server/services/templates/template-validation";
import { ButtonsEditor } from "./buttons-editor";
import { HeaderEditor } from "./header-editor";
import { FormField } from "../../_components/form-field";
import { RadioCards } from "../../_components/radio-cards";
import { TextField } from "../../_components/text-field";
import { TemplatePreview } from "./_components/template-preview";
import { BodyEditor } from "./body-editor";
import { ExampleFields } from "./example-fields";
import { ReadOnlyTemplate } from "./read-only-template";

type Template = RouterOutputs["templates"]["get"];
type Draft = { name: string; language: (typeof TEMPLATE_LANGUAGES)[number]; category: "MARKETING" | "UTILITY"; editorBody: string; examples: TemplateValues; components: EditorComponents };

const NO_COMPONENTS: EditorComponents = { header: { format: "NONE" }, footer: "", buttons: [] };

const asLanguage = (value: string) => TEMPLATE_LANGUAGES.find((l) => l === value) ?? "pt_BR";

// The first problem's field takes the focus, so the keyboard lands where the fix is.
function focusIssue(issue: TemplateIssue | undefined) {
  if (!issue) return;
  const index = "index" in issue ? issue.index : undefined;
  const selector =
    issue.field === "header"
      ? "#template-header-text, #template-header-media, input[name=template-header-format]:checked"
      : issue.field === "buttons"
        ? index !== undefined ? `#template-button-${index}-text` : "#template-buttons-hint"
        : `#template-${issue.field}`;
  document.querySelector<HTMLElement>(selector)?.focus();
}

export function TemplateForm({ channelId, channelName, template }: { channelId: string; channelName: string; template?: Template }) {
  const t = useTranslations("templates");
  const tAll = useTranslations();
  const tv = useTranslations("templates.validation");
  const router = useRouter();
  const toast = useToast();
  const utils = api.useUtils();
  const [draft, setDraft] = useState<Draft>({
    name: template?.name ?? "",
    language: asLanguage(template?.language ?? "pt_BR"),
    category: template?.category === "UTILITY" ? "UTILITY" : "MARKETING",
    editorBody: template?.editorBody ?? "",
    examples: template?.examples ?? {},
    components: template?.components ?? NO_COMPONENTS,
  });
  const library = api.templates.headerMedia.useQuery(undefined, { staleTime: 30_000 });
  const [touched, setTouched] = useState({ name: false, body: false, components: false });
  const [serverErrors, setServerErrors] = useState<{ name?: string; body?: string; header?: string; footer?: string; buttons?: string }>({});
  const submitAfterSave = useRef(false);
  const listHref = `/settings/channels/${channelId}/templates`;
  // The list may be cached from moments ago (staleTime): it must show what was just saved.
  const backToList = () => {
    void utils.templates.list.invalidate({ channelId });
    router.push(listHref);
  };

  const submit = api.templates.submit.useMutation({
    onSuccess: () => {
      toast({ title: t("submittedToast"), tone: "success" });
      backToList();
    },
    onError: (error) => {
      toast({ title: error.message, tone: "error" });
      backToList();
    },
  });
  const onSaved = ({ id }: { id: string }) => {
    if (submitAfterSave.current) return submit.mutate({ templateId: id });
    toast({ title: t("savedDraft"), tone: "success" });
    backToList();
  };
  const onError = (error: { message: string; data?: { appErrorKey?: string | null } | null }) => {
    const key = error.data?.appErrorKey ?? "";
    if (key.startsWith("templates.name")) setServerErrors({ name: error.message });
    else if (key.startsWith("templates.body")) setServerErrors({ body: error.message });
    else if (key.startsWith("templates.header")) setServerErrors({ header: error.message });
    else if (key.startsWith("templates.footer")) setServerErrors({ footer: error.message });
    else if (/^templates\.(button|tooMany)/.test(key)) setServerErrors({ buttons: error.message });
    else toast({ title: error.message, tone: "error" });
  };
  const create = api.templates.create.useMutation({ onSuccess: onSaved, onError });
  const update = api.templates.update.useMutation({ onSuccess: onSaved, onError });
  const pending = create.isPending || update.isPending || submit.isPending;

  if (template && !template.editable) return <ReadOnlyTemplate channelId={channelId} channelName={channelName} template={template} />;

  const parsed = toMetaBody(draft.editorBody, draft.examples);
  const { header } = draft.components;
  const headerFile = "mediaAssetId" in header && header.mediaAssetId ? library.data?.developments.flatMap((d) => d.media).find((m) => m.id === header.mediaAssetId) : undefined;
  const issues = validateTemplateDraft({ name: draft.name, editorBody: draft.editorBody, components: draft.components }, headerFile);
  const message = (field: TemplateIssue["field"]) => {
    const issue = issues.find((i) => i.field === field && !("index" in i && i.index !== undefined));
    return issue ? tv(issue.code, issue.params ?? {}) : undefined;
  };
  const nameError = serverErrors.name ?? (touched.name ? message("name") : undefined);
  const bodyError = serverErrors.body ?? (touched.body ? message("body") : undefined);
  const shown = touched.components;
  const headerError = serverErrors.header ?? (shown ? message("header") : undefined);
  const footerError = serverErrors.footer ?? (shown ? message("footer") : undefined);
  const buttonErrors = Object.assign(
    draft.components.buttons.map((_, index) => {
      const issue = shown ? issues.find((i) => i.field === "buttons" && "index" in i && i.index === index) : undefined;
      return issue ? tv(issue.code, issue.params ?? {}) : undefined;
    }),
    { all: serverErrors.buttons ?? (shown ? message("buttons") : undefined) },
  );
  const stored = toStoredComponents(draft.components, draft.examples);
  const exampleVariables = [...parsed.variables, ...stored.headerVariables, ...stored.buttons.flatMap((b) => (b.type === "URL" && b.variable ? [b.variable] : []))];
  const footerLength = countCharacters(draft.components.footer.trim());
  const suggestion = issues.find((i) => i.code === "nameFormat")?.params?.suggestion;
  const nameLocked = Boolean(template?.metaTemplateId);

  function save(event: FormEvent, thenSubmit: boolean) {
    event.preventDefault();
    setTouched({ name: true, body: true, components: true });
    if (issues.length) {
      focusIssue(issues[0]);
      return;
    }
    submitAfterSave.current = thenSubmit;
    const input = { name: draft.name, language: draft.language, category: draft.category, editorBody: draft.editorBody, examples: draft.examples, ...draft.components };
    if (template) update.mutate({ templateId: template.id, ...input });
    else create.mutate({ channelId, ...input });
  }

  const set = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setServerErrors({});
  };
  const setComponents = (patch: Partial<EditorComponents>) => set({ components: { ...draft.components, ...patch } });

  return (
    <form onSubmit={(e) => save(e, false)} noValidate className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <Card className="flex flex-col gap-5">
        <h2 className="text-lg font-semibold">{template ? t("editTitle") : t("newTitle")}</h2>
        {template?.status === "REJECTED" ? (
          <p role="note" className="rounded-md border border-danger bg-danger-soft p-3 text-sm">
            {t("rejectedReason")} {template.rejectedReason ? rejectedReasonText(tAll, template.rejectedReason) : t("noReason")} {t("rejectedEditHint")}
          </p>
        ) : null}
        <div className="grid gap-4 sm:grid-cols-[1fr_12rem]">
          <div className="flex flex-col gap-1">
            <TextField
              id="template-name"
              label={t("name")}
              hint={nameLocked ? t("nameLockedHint") : t("nameHint")}
              error={nameError}
              value={draft.name}
              readOnly={nameLocked}
              onChange={(e) => set({ name: e.target.value })}
              onBlur={() => setTouched((v) => ({ ...v, name: true }))}
              autoComplete="off"
              spellCheck={false}
              className="font-mono"
            />
            {nameError && suggestion && !nameLocked ? (
              <Button type="button" variant="ghost" size="sm" className="self-start" onClick={() => set({ name: String(suggestion) })}>
                {t("useSuggestion", { suggestion: String(suggestion) })}
              </Button>
            ) : null}
          </div>
          <FormField id="template-language" label={t("languageLabel")}>
            <NativeSelect id="template-language" value={draft.language} disabled={nameLocked} onChange={(e) => set({ language: asLanguage(e.target.value) })}>
              {TEMPLATE_LANGUAGES.map((language) => (
                <option key={language} value={language}>
                  {t(`language.${language}`)}
                </option>
              ))}
            </NativeSelect>
          </FormField>
        </div>
        <RadioCards
          name="template-category"
          legend={t("categoryLabel")}
          value={draft.category}
          onChange={(category) => set({ category })}
          options={[
            { value: "MARKETING", label: t("category.MARKETING"), hint: t("categoryHint.MARKETING") },
            { value: "UTILITY", label: t("category.UTILITY"), hint: t("categoryHint.UTILITY") },
          ]}
        />
        <BodyEditor value={draft.editorBody} onChange={(editorBody) => set({ editorBody })} onBlur={() => setTouched((v) => ({ ...v, body: true }))} error={bodyError} metaBody={parsed.body} />
        <HeaderEditor value={draft.components.header} onChange={(header) => setComponents({ header })} error={headerError} library={library.data} />
        <TextField
          id="template-footer"
          label={t("footer.label")}
          hint={t("footer.hint", { length: footerLength, max: MAX_FOOTER })}
          error={footerError}
          value={draft.components.footer}
          aria-invalid={footerLength > MAX_FOOTER || undefined}
          onChange={(e) => setComponents({ footer: e.target.value })}
        />
        <ButtonsEditor value={draft.components.buttons} onChange={(buttons) => setComponents({ buttons })} errors={buttonErrors} />
        <ExampleFields variables={exampleVariables} examples={draft.examples} onChange={(examples) => set({ examples })} />
        <div className="flex flex-wrap justify-end gap-2 border-t border-line pt-4">
          <Button type="button" variant="ghost" onClick={() => router.push(listHref)} disabled={pending}>
            {t("cancel")}
          </Button>
          <Button type="submit" variant="secondary" disabled={pending}>
            {t("saveDraft")}
          </Button>
          <Button type="button" onClick={(e) => save(e, true)} disabled={pending} aria-busy={pending}>
            {submit.isPending ? t("sendingToMeta") : t("saveAndSubmit")}
          </Button>
        </div>
      </Card>
      <div className="lg:sticky lg:top-4">
        <TemplatePreview
          body={parsed.body}
          variables={parsed.variables}
          channelName={channelName}
          components={stored}
          headerFile={headerFile ? { url: `/api/media/${headerFile.id}`, fileName: headerFile.fileName } : null}
        />
      </div>
    </form>
  );
}
