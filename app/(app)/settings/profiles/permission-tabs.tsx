"use client";

import { useTranslations } from "next-intl";
import { Checkbox } from "@/app/_components/ui/checkbox";
import { Label } from "@/app/_components/ui/label";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/app/_components/ui/tabs";
import { PERMISSION_GROUPS, type Permission } from "@/server/auth/permissions";

type Props = { value: Permission[]; onChange: (value: Permission[]) => void; readOnly: boolean };

// The seed article's profile tabs: Relacionamento, Configurações, Cadastros.
export function PermissionTabs({ value, onChange, readOnly }: Props) {
  const t = useTranslations("profiles");
  const tp = useTranslations("permissions");
  const toggle = (permission: Permission, on: boolean) => onChange(on ? [...value, permission] : value.filter((p) => p !== permission));

  return (
    <Tabs defaultValue={PERMISSION_GROUPS[0].id}>
      <TabsList aria-label={t("permissions")}>
        {PERMISSION_GROUPS.map((group) => (
          <TabsTrigger key={group.id} value={group.id}>
            {t("groupCount", { group: tp(`groups.${group.id}`), count: group.permissions.filter((p) => value.includes(p)).length, total: group.permissions.length })}
          </TabsTrigger>
        ))}
      </TabsList>
      {PERMISSION_GROUPS.map((group) => (
        <TabsContent key={group.id} value={group.id}>
          <ul className="flex flex-col gap-3">
            {group.permissions.map((permission) => (
              <li key={permission} className="flex items-start gap-3">
                <Checkbox
                  id={`perm-${permission}`}
                  checked={value.includes(permission)}
                  disabled={readOnly}
                  onCheckedChange={(c) => toggle(permission, c === true)}
                  aria-describedby={`perm-${permission}-hint`}
                  className="mt-0.5"
                />
                <div>
                  <Label htmlFor={`perm-${permission}`}>{tp(permission)}</Label>
                  <p id={`perm-${permission}-hint`} className="text-xs text-ink-muted">
                    {t(`hints.${permission}`)}
                  </p>
                </div>
              </li>
            ))}
          </ul>
        </TabsContent>
      ))}
    </Tabs>
  );
}
