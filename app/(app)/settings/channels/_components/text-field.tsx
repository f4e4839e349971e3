import type { ComponentProps, ReactNode } from "react";
import { Input } from "@/app/_components/ui/input";
import { describedBy, FormField } from "./form-field";

type Props = Omit<ComponentProps<"input">, "id"> & { id: string; label: string; hint?: ReactNode; error?: string };

export function TextField({ id, label, hint, error, ...input }: Props) {
  return (
    <FormField id={id} label={label} hint={hint} error={error}>
      <Input id={id} {...describedBy(id, { hint, error })} {...input} />
    </FormField>
  );
}
