"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Button } from "./button";
import { DialogClose } from "./dialog";

// A dialog form's footer: Cancel closes the dialog; submit is held while the request runs.
export function DialogFormActions({ pending, children }: { pending: boolean; children: ReactNode }) {
  const t = useTranslations("common");
  return (
    <div className="flex justify-end gap-2">
      <DialogClose asChild>
        <Button type="button" variant="secondary">
          {t("cancel")}
        </Button>
      </DialogClose>
      <Button type="submit" disabled={pending} aria-busy={pending}>
        {children}
      </Button>
    </div>
  );
}
