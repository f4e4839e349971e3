"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/app/_components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/app/_components/ui/dialog";
import { DialogFormActions } from "@/app/_components/ui/dialog-form-actions";
import { useToast } from "@/app/_components/ui/toast";
import { InputField } from "@/app/_components/ui/input-field";
import { api } from "@/app/_trpc/client";

export function CloneProfileDialog({ profile }: { profile: { id: string; name: string } }) {
  const t = useTranslations("profiles");
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
          <InputField id={`clone-${profile.id}`} label={t("cloneName")} error={error} value={name} onChange={(e) => setName(e.target.value)} />
          <DialogFormActions pending={clone.isPending}>{clone.isPending ? t("cloning") : t("cloneSubmit")}</DialogFormActions>
        </form>
      </DialogContent>
    </Dialog>
  );
}
