"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/app/_components/ui/button";
import { Checkbox } from "@/app/_components/ui/checkbox";
import { countCharacters } from "@/server/services/templates/template-validation";
import { MAX_BUTTON_TEXT, MAX_CALL_TO_ACTIONS, MAX_QUICK_REPLIES, type EditorButton } from "@/server/services/templates/template-components";
import { TextField } from "../../_components/text-field";

const NEW_BUTTON: Record<EditorButton["type"], EditorButton> = {
  QUICK_REPLY: { type: "QUICK_REPLY", text: "", optOut: false },
  URL: { type: "URL", text: "", url: "https://" },
  PHONE_NUMBER: { type: "PHONE_NUMBER", text: "", phoneNumber: "" },
};

// Up to 3 quick replies (one may be the opt-out) or up to 2 call-to-action buttons; each edited,
// moved and removed with the keyboard. Errors come per button from the shared validator.
export function ButtonsEditor({ value, onChange, errors }: { value: EditorButton[]; onChange: (buttons: EditorButton[]) => void; errors: (string | undefined)[] & { all?: string } }) {
  const t = useTranslations("templates.buttons");
  const quickReplies = value.filter((b) => b.type === "QUICK_REPLY").length;
  const callToActions = value.length - quickReplies;
  const set = (index: number, button: EditorButton) => onChange(value.map((b, i) => (i === index ? button : b)));
  const move = (index: number, by: -1 | 1) => {
    const next = [...value];
    const [item] = next.splice(index, 1);
    if (item) next.splice(index + by, 0, item);
    onChange(next);
  };
  const canAdd = (type: EditorButton["type"]) =>
    type === "QUICK_REPLY" ? callToActions === 0 && quickReplies < MAX_QUICK_REPLIES : quickReplies === 0 && callToActions < MAX_CALL_TO_ACTIONS && (type !== "PHONE_NUMBER" || !value.some((b) => b.type === "PHONE_NUMBER"));
  return (
    <fieldset className="flex flex-col gap-3 rounded-md border border-line p-4" aria-describedby="template-buttons-hint">
      <legend className="px-1 text-sm font-medium">{t("legend")}</legend>
      <p id="template-buttons-hint" className="text-xs text-ink-muted">
        {t("hint", { quick: MAX_QUICK_REPLIES, cta: MAX_CALL_TO_ACTIONS, max: MAX_BUTTON_TEXT })}
      </p>
      <ol className="flex flex-col gap-3">
        {value.map((button, index) => (
          <li key={index} className="flex flex-col gap-2 rounded-md bg-surface-sunken p-3" data-testid="template-button">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <span className="text-sm font-medium">{t("item", { position: index + 1, type: t(`type.${button.type}`) })}</span>
              <div className="flex gap-1">
                <Button type="button" variant="ghost" size="sm" className="max-sm:h-11 max-sm:min-w-11" disabled={index === 0} onClick={() => move(index, -1)} aria-label={t("moveUp", { position: index + 1 })}>
                  ↑
                </Button>
                <Button type="button" variant="ghost" size="sm" className="max-sm:h-11 max-sm:min-w-11" disabled={index === value.length - 1} onClick={() => move(index, 1)} aria-label={t("moveDown", { position: index + 1 })}>
                  ↓
                </Button>
                <Button type="button" variant="ghost" size="sm" className="max-sm:h-11" onClick={() => onChange(value.filter((_, i) => i !== index))} aria-label={t("remove", { position: index + 1 })}>
                  {t("removeShort")}
                </Button>
              </div>
            </div>
            <TextField
              id={`template-button-${index}-text`}
              label={t("text")}
              hint={t("counter", { length: countCharacters(button.text.trim()), max: MAX_BUTTON_TEXT })}
              error={errors[index]}
              value={button.text}
              onChange={(e) => set(index, { ...button, text: e.target.value })}
            />
            {button.type === "URL" ? (
              <TextField id={`template-button-${index}-url`} label={t("url")} hint={t("urlHint")} type="url" inputMode="url" value={button.url} onChange={(e) => set(index, { ...button, url: e.target.value })} />
            ) : null}
            {button.type === "PHONE_NUMBER" ? (
              <TextField id={`template-button-${index}-phone`} label={t("phone")} hint={t("phoneHint")} type="tel" inputMode="tel" value={button.phoneNumber} onChange={(e) => set(index, { ...button, phoneNumber: e.target.value })} />
            ) : null}
            {button.type === "QUICK_REPLY" ? (
              <label className="flex items-start gap-2 text-sm" htmlFor={`template-button-${index}-optout`}>
                <Checkbox id={`template-button-${index}-optout`} checked={button.optOut} onCheckedChange={(checked) => set(index, { ...button, optOut: checked === true })} />
                <span>
                  {t("optOut")}
                  <span className="block text-xs text-ink-muted">{t("optOutHint")}</span>
                </span>
              </label>
            ) : null}
          </li>
        ))}
      </ol>
      <div className="flex flex-wrap gap-2" role="group" aria-label={t("add")}>
        {(["QUICK_REPLY", "URL", "PHONE_NUMBER"] as const).map((type) => (
          <Button key={type} type="button" variant="secondary" size="sm" className="max-sm:h-11" disabled={!canAdd(type)} onClick={() => onChange([...value, NEW_BUTTON[type]])}>
            + {t(`add${type}`)}
          </Button>
        ))}
      </div>
      {errors.all ? (
        <p role="alert" className="text-xs text-danger">
          {errors.all}
        </p>
      ) : null}
    </fieldset>
  );
}
