"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Card } from "@/app/_components/ui/card";
import { Checkbox } from "@/app/_components/ui/checkbox";
import { FieldError } from "@/app/_components/ui/field-error";
import { Label } from "@/app/_components/ui/label";
import { useToast } from "@/app/_components/ui/toast";
import { InputField } from "@/app/_components/ui/input-field";
import { FormSubmitBar } from "@/app/_components/ui/form-submit-bar";
import { api, type RouterOutputs } from "@/app/_trpc/client";
import { QUEUE_ORIGINS, type QueueOrigin } from "@/server/services/queues/comunicador-queue";
import { ComunicadorMarker } from "./comunicador-marker";
import { MembersEditor } from "./members-editor";
import { QueueFormSection } from "./queue-form-section";

type Queue = RouterOutputs["queues"]["get"];
type Options = RouterOutputs["queues"]["formOptions"];
type Errors = { name?: string; origin?: string; marker?: string; tag?: string };

const TAG = /^[a-z0-9_-]*$/;

export function QueueFields({ queue, options }: { queue?: Queue; options: Options }) {
  const t = useTranslations("queues.form");
  const tq = useTranslations("queues");
  const toast = useToast();
  const router = useRouter();
  const utils = api.useUtils();
  const [name, setName] = useState(queue?.name ?? "");
  const [tag, setTag] = useState(queue?.tag ?? "");
  const [flag, setFlag] = useState(queue?.comunicadorFlag ?? false);
  const [origin, setOrigin] = useState<QueueOrigin | "">((queue?.origin as QueueOrigin | undefined) ?? "");
  const [developmentIds, setDevelopmentIds] = useState<string[]>(queue?.developmentIds ?? []);
  const [memberIds, setMemberIds] = useState<string[]>(queue?.members.map((m) => m.userId) ?? []);
  const [errors, setErrors] = useState<Errors>({});
  // An error goes away as soon as its field is touched again.
  const edit =
    <T,>(setter: (value: T) => void, ...keys: (keyof Errors)[]) =>
    (value: T) => {
      setter(value);
      setErrors((current) => ({ ...current, ...Object.fromEntries(keys.map((k) => [k, undefined])) }));
    };

  const done = (saved: { name: string }, key: "created" | "saved") => {
    toast({ title: t(key, { name: saved.name }), tone: "success" });
    void utils.queues.invalidate();
    router.push("/settings/queues");
  };
  const onError = (e: { message: string; data?: { appErrorKey?: string | null } | null }) => {
    const key = e.data?.appErrorKey;
    if (key === "queues.nameTaken") setErrors({ name: e.message });
    else if (key === "queues.needsComunicadorMarker") setErrors({ marker: e.message });
    else toast({ title: e.message, tone: "error" });
  };
  const create = api.queues.create.useMutation({ onSuccess: (q) => done(q, "created"), onError });
  const update = api.queues.update.useMutation({ onSuccess: (q) => done(q, "saved"), onError });
  const pending = create.isPending || update.isPending;

  function submit(event: FormEvent) {
    event.preventDefault();
    const cleanTag = tag.trim().toLowerCase();
    const found: Errors = {};
    if (!name.trim()) found.name = t("nameRequired");
    if (!TAG.test(cleanTag)) found.tag = t("tagInvalid");
    else if (!flag && cleanTag !== "cvcrmcomunicador") found.marker = t("markerMissing");
    if (!origin) found.origin = t("originRequired");
    setErrors(found);
    if (Object.keys(found).length > 0 || !origin) return;
    const input = { name: name.trim(), tag: cleanTag, comunicadorFlag: flag, origin, developmentIds, memberIds };
    if (queue) update.mutate({ id: queue.id, ...input });
    else create.mutate(input);
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-6">
      <Card>
        <InputField id="queue-name" label={tq("name")} error={errors.name} value={name} onChange={(e) => edit(setName, "name")(e.target.value)} className="max-w-md" />
      </Card>
      <ComunicadorMarker tag={tag} onTag={edit(setTag, "tag", "marker")} flag={flag} onFlag={edit(setFlag, "marker")} tagError={errors.tag} markerError={errors.marker} />
      <QueueFormSection id="queue-origin" legend={t("originLegend")} hint={t("originHint")}>
        <div className="flex flex-wrap gap-4">
          {QUEUE_ORIGINS.map((value) => (
            <label key={value} className="flex min-h-11 items-center gap-2 text-sm">
              <input type="radio" name="origin" value={value} checked={origin === value} onChange={() => edit(setOrigin, "origin")(value)} className="h-4 w-4 accent-brand" />
              {tq(`origins.${value}`)}
            </label>
          ))}
        </div>
        <FieldError id="queue-origin-error" message={errors.origin} />
      </QueueFormSection>
      <QueueFormSection id="queue-developments" legend={t("developmentsLegend")} hint={t("developmentsHint")}>
        {options.developments.length === 0 ? <p className="text-sm text-ink-muted">{t("noDevelopments")}</p> : null}
        <ul className="grid gap-2 sm:grid-cols-2">
          {options.developments.map((d) => (
            <li key={d.id} className="flex items-center gap-2">
              <Checkbox
                id={`dev-${d.id}`}
                checked={developmentIds.includes(d.id)}
                onCheckedChange={(c) => setDevelopmentIds((ids) => (c === true ? [...ids, d.id] : ids.filter((id) => id !== d.id)))}
              />
              <Label htmlFor={`dev-${d.id}`} className="font-normal">
                {d.name}
              </Label>
            </li>
          ))}
        </ul>
      </QueueFormSection>
      <MembersEditor memberIds={memberIds} onChange={setMemberIds} users={options.users} lastAssignedUserId={queue?.lastAssignedUserId ?? null} />
      <FormSubmitBar pending={pending}>{pending ? t("saving") : t("save")}</FormSubmitBar>
    </form>
  );
}
