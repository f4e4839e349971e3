"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/app/_components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/app/_components/ui/dialog";
import { DialogFormActions } from "@/app/_components/ui/dialog-form-actions";
import { Input } from "@/app/_components/ui/input";
import { Label } from "@/app/_components/ui/label";
import { NativeSelect } from "@/app/_components/ui/native-select";
import { Switch } from "@/app/_components/ui/switch";
import { useToast } from "@/app/_components/ui/toast";
import { api } from "@/app/_trpc/client";
import { FieldError } from "@/app/_components/ui/field-error";

type Fields = { name: string; email: string; password: string; accessProfileId: string; canCommunicate: boolean };
type Errors = Partial<Record<keyof Fields, string>>;

const EMPTY: Fields = { name: "", email: "", password: "", accessProfileId: "", canCommunicate: true };
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function CreateUserDialog({ minPasswordLength }: { minPasswordLength: number }) {
  const t = useTranslations("users.create");
  const toast = useToast();
  const utils = api.useUtils();
  const [open, setOpen] = useState(false);
  const [fields, setFields] = useState<Fields>(EMPTY);
  const [errors, setErrors] = useState<Errors>({});
  const profiles = api.users.profileOptions.useQuery(undefined, { enabled: open });
  const create = api.users.create.useMutation({
    onSuccess: (user) => {
      toast({ title: t("created", { name: user.name }), tone: "success" });
      setOpen(false);
      setFields(EMPTY);
      void utils.users.list.invalidate();
      void utils.users.count.invalidate();
    },
    onError: (error) => {
      if (error.data?.appErrorKey === "users.emailTaken") setErrors({ email: error.message });
      else toast({ title: error.message, tone: "error" });
    },
  });

  function validate(): Errors {
    const found: Errors = {};
    if (!fields.name.trim()) found.name = t("nameRequired");
    if (!EMAIL.test(fields.email.trim())) found.email = t("emailInvalid");
    if (fields.password.length < minPasswordLength) found.password = t("passwordShort", { min: minPasswordLength });
    if (!fields.accessProfileId) found.accessProfileId = t("profileRequired");
    return found;
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length === 0) create.mutate(fields);
  }

  const set = <K extends keyof Fields>(key: K, value: Fields[K]) => {
    setFields((f) => ({ ...f, [key]: value }));
    setErrors((e) => ({ ...e, [key]: undefined }));
  };
  const invalid = (key: keyof Fields) => ({ "aria-invalid": Boolean(errors[key]), "aria-describedby": errors[key] ? `new-user-${key}-error` : undefined });

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button>{t("title")}</Button>
      </DialogTrigger>
      <DialogContent title={t("title")} description={t("description")}>
        <form onSubmit={submit} noValidate className="flex flex-col gap-4">
          <div className="flex flex-col gap-1">
            <Label htmlFor="new-user-name">{t("name")}</Label>
            <Input id="new-user-name" autoComplete="off" value={fields.name} onChange={(e) => set("name", e.target.value)} {...invalid("name")} />
            <FieldError id="new-user-name-error" message={errors.name} />
          </div>
          <div className="flex flex-col gap-1">
            <Label htmlFor="new-user-email">{t("email")}</Label>
            <Input id="new-user-email" type="email" autoComplete="off" value={fields.email} onChange={(e) => set("email", e.target.value)} {...invalid("email")} />
            <FieldError id="new-user-email-error" message={errors.email} />
          </div>
          <div className="flex flex-col gap-1">
            <Label htmlFor="new-user-password">{t("password")}</Label>
            <Input id="new-user-password" type="password" autoComplete="new-password" value={fields.password} onChange={(e) => set("password", e.target.value)} {...invalid("password")} />
            {errors.password ? <FieldError id="new-user-password-error" message={errors.password} /> : <p className="text-xs text-ink-muted">{t("passwordHint", { min: minPasswordLength })}</p>}
          </div>
          <div className="flex flex-col gap-1">
            <Label htmlFor="new-user-profile">{t("profile")}</Label>
            <NativeSelect id="new-user-profile" value={fields.accessProfileId} onChange={(e) => set("accessProfileId", e.target.value)} {...invalid("accessProfileId")}>
              <option value="">{t("chooseProfile")}</option>
              {profiles.data?.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </NativeSelect>
            <FieldError id="new-user-accessProfileId-error" message={errors.accessProfileId} />
          </div>
          <div className="flex items-start gap-3">
            <Switch id="new-user-communicate" checked={fields.canCommunicate} onCheckedChange={(c) => set("canCommunicate", c)} />
            <div>
              <Label htmlFor="new-user-communicate">{t("canCommunicate")}</Label>
              <p className="text-xs text-ink-muted">{t("canCommunicateHint")}</p>
            </div>
          </div>
          <DialogFormActions pending={create.isPending}>{create.isPending ? t("submitting") : t("submit")}</DialogFormActions>
        </form>
      </DialogContent>
    </Dialog>
  );
}
