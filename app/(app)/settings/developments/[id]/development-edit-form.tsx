"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { FormSubmitBar } from "@/app/_components/ui/form-submit-bar";
import { Card } from "@/app/_components/ui/card";
import { useToast } from "@/app/_components/ui/toast";
import { api, type RouterOutputs } from "@/app/_trpc/client";
import { developmentFieldsSchema } from "@/server/services/developments/development-schemas";
import { developmentErrors, toDevelopmentInput, typologyDraft, type DevelopmentDraft } from "../development-draft";
import { DevelopmentFields } from "../development-fields";

export function DevelopmentEditForm({ development }: { development: RouterOutputs["developments"]["get"] }) {
  const t = useTranslations("developments");
  const tv = useTranslations("developments.validation");
  const toast = useToast();
  const utils = api.useUtils();
  const [draft, setDraft] = useState<DevelopmentDraft>(() => ({
    name: development.name,
    address: development.address ?? "",
    neighborhood: development.neighborhood ?? "",
    city: development.city ?? "",
    state: development.state ?? "",
    description: development.description ?? "",
    typologies: development.typologies.map(typologyDraft),
    deliveryMonth: development.deliveryMonth ?? "",
    amenities: development.amenities,
    paymentConditions: development.paymentConditions ?? "",
  }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = api.developments.update.useMutation({
    onSuccess: async () => {
      toast({ title: t("saved"), tone: "success" });
      await utils.developments.invalidate();
    },
    onError: (error) => (error.data?.appErrorKey === "developments.nameTaken" ? setErrors({ name: error.message }) : toast({ title: error.message, tone: "error" })),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = developmentFieldsSchema.safeParse(toDevelopmentInput(draft));
    if (!parsed.success) return setErrors(Object.fromEntries(Object.entries(developmentErrors(parsed.error)).map(([f, k]) => [f, tv(k)])));
    setErrors({});
    save.mutate({ developmentId: development.id, ...parsed.data });
  }

  return (
    <Card>
      <h2 className="mb-4 text-lg font-semibold">{t("dataTitle")}</h2>
      <form onSubmit={submit} noValidate className="flex flex-col gap-4">
        <DevelopmentFields draft={draft} onChange={setDraft} errors={errors} full />
        <FormSubmitBar pending={save.isPending}>
          {save.isPending ? t("saving") : t("save")}
        </FormSubmitBar>
      </form>
    </Card>
  );
}
