"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/app/_components/ui/button";
import { FieldError } from "@/app/_components/ui/field-error";
import { Input } from "@/app/_components/ui/input";
import { Label } from "@/app/_components/ui/label";
import { useToast } from "@/app/_components/ui/toast";
import { api } from "@/app/_trpc/client";

type Fields = { current: string; next: string; confirm: string };
type Errors = Partial<Record<keyof Fields, string>>;
const EMPTY: Fields = { current: "", next: "", confirm: "" };

// Which field a refusal of me.changePassword belongs to; the rest are shown as a toast.
const FIELD_OF: Record<string, keyof Fields> = {
  "password.currentWrong": "current",
  "password.tooManyAttempts": "current",
  "password.tooShort": "next",
  "password.containsEmail": "next",
  "password.common": "next",
  "password.sameAsCurrent": "next",
};

// `oneTime`: the forced screen after a one-time password, which continues to the inbox when done.
export function ChangePasswordForm({ email, minLength, oneTime }: { email: string; minLength: number; oneTime: boolean }) {
  const t = useTranslations("auth");
  const toast = useToast();
  const router = useRouter();
  const [fields, setFields] = useState<Fields>(EMPTY);
  const [errors, setErrors] = useState<Errors>({});
  const change = api.me.changePassword.useMutation({
    onSuccess: ({ sessionRenewed }) => {
      setFields(EMPTY);
      // The password changed but this browser could not sign in again: the login page says why.
      if (!sessionRenewed) {
        router.replace("/login");
        return;
      }
      toast({ title: t("changePassword.done"), tone: "success" });
      if (oneTime) router.replace("/inbox");
      router.refresh();
    },
    onError: (error) => {
      const field = FIELD_OF[error.data?.appErrorKey ?? ""];
      if (field) setErrors({ [field]: error.message });
      else toast({ title: error.message, tone: "error" });
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (fields.next !== fields.confirm) return setErrors({ confirm: t("changePassword.mismatch") });
    setErrors({});
    change.mutate({ currentPassword: fields.current, newPassword: fields.next });
  }

  const set = (key: keyof Fields, value: string) => {
    setFields((f) => ({ ...f, [key]: value }));
    setErrors((e) => ({ ...e, [key]: undefined }));
  };
  const field = (key: keyof Fields, label: string, autoComplete: string) => (
    <div className="flex flex-col gap-1.5">
      <Label htmlFor={`password-${key}`}>{label}</Label>
      <Input
        id={`password-${key}`}
        type="password"
        required
        autoComplete={autoComplete}
        value={fields[key]}
        onChange={(e) => set(key, e.target.value)}
        aria-invalid={Boolean(errors[key])}
        aria-describedby={errors[key] ? `password-${key}-error` : key === "next" ? "password-next-hint" : undefined}
      />
      <FieldError id={`password-${key}-error`} message={errors[key]} />
      {key === "next" && !errors.next ? (
        <p id="password-next-hint" className="text-xs text-ink-muted">
          {t("changePassword.hint", { min: minLength })}
        </p>
      ) : null}
    </div>
  );

  return (
    <form onSubmit={submit} className="flex flex-col gap-4">
      {/* Lets a password manager file the new password under the right account. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      {field("current", oneTime ? t("newPassword.current") : t("changePassword.current"), "current-password")}
      {field("next", t("changePassword.new"), "new-password")}
      {field("confirm", t("changePassword.confirm"), "new-password")}
      <Button type="submit" disabled={change.isPending} size="lg">
        {change.isPending ? t("changePassword.submitting") : oneTime ? t("newPassword.submit") : t("changePassword.submit")}
      </Button>
    </form>
  );
}
