"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/app/_components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "@/app/_components/ui/dialog";
import { FieldError } from "@/app/_components/ui/field-error";
import { Input } from "@/app/_components/ui/input";
import { Label } from "@/app/_components/ui/label";
import { useToast } from "@/app/_components/ui/toast";
import { api } from "@/app/_trpc/client";

export function CloneProfileDialog({ profile }: { profile: { id: string; name: string } }) {
  const t = useTranslations("profiles");
  const tc = useTranslations("common");
  const toast = useToast();
  const router = useRouter();
  const utils = api.useUtils();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState("");
  const [error, setError] = useState<string>();
  const clone = api.profiles.clone.useMutation({
    onSuccess: (created) => {
      toast({ title: t("cloned", { name: created.name }), tone: "success" });
      void utils.profiles.list.invalidate();
      router.push(`/settings/profiles/${created.id}`);
    },
    onError: (e) => (e.data?.appErrorKey === "profiles.nameTaken" ? setError(e.message) : toast({ title: e.message, tone: "error" })),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) return setError(t("nameRequired"));
    clone.mutate({ id: profile.id, name: name.trim() });
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) {
          setName(t("cloneDefault", { name: profile.name }));
          setError(undefined);
        }
      }}
    >
      <DialogTrigger asChild>
        <Button variant="ghost" size="sm" aria-label={`${t("clone")} ${profile.name}`}>
          {t("clone")}
        </Button>
      </DialogTrigger>
      <DialogContent title={t("cloneTitle", { name: profile.name })} description={t("cloneDescription")}>
        <form onSubmit={submit} noValidate className="flex flex-col gap-4">
          <div className="flex flex-col gap-1">
            <Label htmlFor={`clone-${profile.id}`}>{t("cloneName")}</Label>
            <Input
              id={`clone-${profile.id}`}
              value={name}
              onChange={(e) => setName(e.target.value)}
              aria-invalid={Boolean(error)}
              aria-describedby={error ? `clone-${profile.id}-error` : undefined}
            />
            <FieldError id={`clone-${profile.id}-error`} message={error} />
          </div>
          <div className="flex justify-end gap-2">
            <DialogClose asChild>
              <Button type="button" variant="secondary">
                {tc("cancel")}
              </Button>
            </DialogClose>
            <Button type="submit" disabled={clone.isPending}>
              {clone.isPending ? t("cloning") : t("cloneSubmit")}
            </Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
