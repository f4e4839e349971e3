import type { ComponentProps } from "react";
import { Label } from "./label";
import { NativeSelect } from "./native-select";

type Props = Omit<ComponentProps<"select">, "id"> & { id: string; label: string };

// A labelled <select>; the options come as children.
export function SelectField({ id, label, ...select }: Props) {
  return (
    <div className="flex flex-col gap-1">
      <Label htmlFor={id}>{label}</Label>
      <NativeSelect id={id} {...select} />
    </div>
  );
}
