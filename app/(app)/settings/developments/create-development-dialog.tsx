"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/app/_components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/app/_components/ui/dialog";
import { DialogFormActions } from "@/app/_components/ui/dialog-form-actions";
import { useToast } from "@/app/_components/ui/toast";
import { api } from "@/app/_trpc/client";
import { developmentFieldsSchema } from "@/server/services/developments/development-schemas";
import { developmentErrors, EMPTY_DEVELOPMENT as EMPTY, toDevelopmentInput } from "./development-draft";
import { DevelopmentFields } from "./development-fields";

export function CreateDevelopmentDialog() {
  const t = useTranslations("developments");
  const tv = useTranslations("developments.validation");
  const router = useRouter();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const create = api.developments.create.useMutation({
    onSuccess: ({ id }) => {
      toast({ title: t("created"), tone: "success" });
      router.push(`/settings/developments/${id}`);
    },
    onError: (error) => (error.data?.appErrorKey === "developments.nameTaken" ? setErrors({ name: error.message }) : toast({ title: error.message, tone: "error" })),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = developmentFieldsSchema.safeParse(toDevelopmentInput(draft));
    if (!parsed.success) return setErrors(Object.fromEntries(Object.entries(developmentErrors(parsed.error)).map(([f, k]) => [f, tv(k)])));
    create.mutate(parsed.data);
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) {
          setDraft(EMPTY);
          setErrors({});
        }
      }}
    >
      <DialogTrigger asChild>
        <Button>{t("new")}</Button>
      </DialogTrigger>
      <DialogContent title={t("newTitle")} description={t("newDescription")}>
        <form onSubmit={submit} noValidate className="flex flex-col gap-4">
          <DevelopmentFields draft={draft} onChange={setDraft} errors={errors} />
          <DialogFormActions pending={create.isPending}>{t("create")}</DialogFormActions>
        </form>
      </DialogContent>
    </Dialog>
  );
}
