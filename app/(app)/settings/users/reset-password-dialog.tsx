"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/app/_components/ui/button";
import { Dialog, DialogClose, DialogContent } from "@/app/_components/ui/dialog";
import { FieldError } from "@/app/_components/ui/field-error";
import { Input } from "@/app/_components/ui/input";
import { Label } from "@/app/_components/ui/label";
import { useToast } from "@/app/_components/ui/toast";
import { api } from "@/app/_trpc/client";

const POLICY_KEYS = ["password.tooShort", "password.containsEmail", "password.common"];

// The one-time password lives only in this dialog's state: closing it forgets it for good.
export function ResetPasswordDialog({ user }: { user: { id: string; name: string } }) {
  const t = useTranslations("users.resetPassword");
  const tc = useTranslations("common");
  const toast = useToast();
  const utils = api.useUtils();
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState("");
  const [error, setError] = useState<string>();
  const [oneTimePassword, setOneTimePassword] = useState<string>();
  const reset = api.users.resetPassword.useMutation({
    onSuccess: (result) => {
      setOneTimePassword(result.oneTimePassword);
      setChosen("");
      void utils.users.list.invalidate();
    },
    onError: (failure) => {
      if (POLICY_KEYS.includes(failure.data?.appErrorKey ?? "")) setError(failure.message);
      else toast({ title: failure.message, tone: "error" });
    },
  });

  function onOpenChange(next: boolean) {
    if (reset.isPending) return;
    setOpen(next);
    if (!next) {
      setOneTimePassword(undefined);
      setChosen("");
      setError(undefined);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    reset.mutate({ userId: user.id, ...(chosen ? { password: chosen } : {}) });
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <Button variant="ghost" size="sm" onClick={() => setOpen(true)} aria-label={t("openFor", { name: user.name })}>
        {t("open")}
      </Button>
      {oneTimePassword ? (
        <DialogContent title={t("resultTitle", { name: user.name })} description={t("resultDescription", { name: user.name })}>
          <div className="flex items-center gap-2">
            <code data-testid="one-time-password" className="flex-1 rounded-md bg-surface-sunken px-3 py-2 font-mono text-base select-all">
              {oneTimePassword}
            </code>
            <Button
              variant="secondary"
              onClick={() => void navigator.clipboard?.writeText(oneTimePassword).then(() => toast({ title: t("copied"), tone: "success" }))}
            >
              {t("copy")}
            </Button>
          </div>
          <div className="mt-6 flex justify-end">
            <DialogClose asChild>
              <Button>{t("close")}</Button>
            </DialogClose>
          </div>
        </DialogContent>
      ) : (
        <DialogContent title={t("title", { name: user.name })} description={t("description", { name: user.name })}>
          <form onSubmit={submit} noValidate className="flex flex-col gap-4">
            <div className="flex flex-col gap-1">
              <Label htmlFor={`reset-password-${user.id}`}>{t("choose")}</Label>
              <Input
                id={`reset-password-${user.id}`}
                type="text"
                autoComplete="off"
                value={chosen}
                onChange={(e) => {
                  setChosen(e.target.value);
                  setError(undefined);
                }}
                aria-invalid={Boolean(error)}
              />
              {error ? <FieldError id={`reset-password-${user.id}-error`} message={error} /> : <p className="text-xs text-ink-muted">{t("chooseHint")}</p>}
            </div>
            <div className="flex justify-end gap-2">
              <DialogClose asChild>
                <Button type="button" variant="secondary" disabled={reset.isPending}>
                  {tc("cancel")}
                </Button>
              </DialogClose>
              <Button type="submit" variant="danger" disabled={reset.isPending}>
                {reset.isPending ? t("submitting") : t("submit")}
              </Button>
            </div>
          </form>
        </DialogContent>
      )}
    </Dialog>
  );
}
