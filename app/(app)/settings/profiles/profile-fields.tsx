"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Card } from "@/app/_components/ui/card";
import { Textarea } from "@/app/_components/ui/input";
import { Label } from "@/app/_components/ui/label";
import { useToast } from "@/app/_components/ui/toast";
import { InputField } from "@/app/_components/ui/input-field";
import { FormSubmitBar } from "@/app/_components/ui/form-submit-bar";
import { api, type RouterOutputs } from "@/app/_trpc/client";
import type { Permission } from "@/server/auth/permissions";
import { PermissionTabs } from "./permission-tabs";

type Profile = RouterOutputs["profiles"]["get"];

export function ProfileFields({ profile }: { profile?: Profile }) {
  const t = useTranslations("profiles");
  const toast = useToast();
  const router = useRouter();
  const utils = api.useUtils();
  const readOnly = profile?.isAdmin ?? false;
  const [name, setName] = useState(profile?.name ?? "");
  const [description, setDescription] = useState(profile?.description ?? "");
  const [permissions, setPermissions] = useState<Permission[]>(profile?.permissions ?? []);
  const [nameError, setNameError] = useState<string>();

  const done = (saved: { name: string }, key: "created" | "saved") => {
    toast({ title: t(key, { name: saved.name }), tone: "success" });
    void utils.profiles.invalidate();
    router.push("/settings/profiles");
  };
  const onError = (e: { message: string; data?: { appErrorKey?: string | null } | null }) =>
    e.data?.appErrorKey === "profiles.nameTaken" ? setNameError(e.message) : toast({ title: e.message, tone: "error" });
  const create = api.profiles.create.useMutation({ onSuccess: (p) => done(p, "created"), onError });
  const update = api.profiles.update.useMutation({ onSuccess: (p) => done(p, "saved"), onError });
  const pending = create.isPending || update.isPending;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) return setNameError(t("nameRequired"));
    const input = { name: name.trim(), description: description.trim(), permissions };
    if (profile) update.mutate({ id: profile.id, ...input });
    else create.mutate(input);
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-6">
      {readOnly ? (
        <p role="note" className="rounded-card border border-brand/30 bg-brand-soft p-4 text-sm">
          {t("adminReadOnly")}
        </p>
      ) : profile && profile.userCount > 0 ? (
        <p role="note" className="text-sm text-ink-muted">
          {t("inUseNote", { count: profile.userCount })}
        </p>
      ) : null}
      <Card className="flex flex-col gap-4">
        <InputField
          id="profile-name"
          label={t("name")}
          error={nameError}
          value={name}
          disabled={readOnly}
          onChange={(e) => {
            setName(e.target.value);
            setNameError(undefined);
          }}
          className="max-w-md"
        />
        <div className="flex flex-col gap-1">
          <Label htmlFor="profile-description">{t("descriptionLabel")}</Label>
          <Textarea
            id="profile-description"
            rows={2}
            value={description}
            disabled={readOnly}
            placeholder={t("descriptionPlaceholder")}
            onChange={(e) => setDescription(e.target.value)}
            className="max-w-xl"
          />
        </div>
      </Card>
      <Card>
        <h2 className="mb-2 font-semibold">{t("permissions")}</h2>
        <PermissionTabs value={permissions} onChange={setPermissions} readOnly={readOnly} />
        {!readOnly && permissions.length === 0 ? (
          <p role="status" className="mt-4 text-sm text-warning">
            ⚠ {t("noPermissionWarning")}
          </p>
        ) : null}
      </Card>
      {readOnly ? null : <FormSubmitBar pending={pending}>{pending ? t("saving") : t("save")}</FormSubmitBar>}
    </form>
  );
}
