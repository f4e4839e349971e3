"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { Badge } from "@/app/_components/ui/badge";
import { Button } from "@/app/_components/ui/button";
import { Checkbox } from "@/app/_components/ui/checkbox";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { NativeSelect } from "@/app/_components/ui/native-select";
import { Switch } from "@/app/_components/ui/switch";
import { useToast } from "@/app/_components/ui/toast";
import { api } from "@/app/_trpc/client";
import { ResetPasswordDialog } from "./reset-password-dialog";
import type { UserListRow } from "./users-table";

type Props = { user: UserListRow; selected: boolean; onSelect: (checked: boolean) => void };

export function UserRow({ user, selected, onSelect }: Props) {
  const t = useTranslations("users");
  const format = useFormatter();
  const toast = useToast();
  const utils = api.useUtils();
  const [confirmDeactivate, setConfirmDeactivate] = useState(false);
  const profiles = api.users.profileOptions.useQuery();
  const refresh = () => Promise.all([utils.users.list.invalidate(), utils.users.count.invalidate()]);
  const onError = (error: { message: string }) => toast({ title: error.message, tone: "error" });

  const setCommunication = api.users.setCommunication.useMutation({
    onSuccess: () => toast({ title: t("saved"), tone: "success" }),
    onError,
    onSettled: refresh,
  });
  const setProfile = api.users.setProfile.useMutation({
    onSuccess: (_, input) => toast({ title: t("profileChanged", { name: user.name, profile: profiles.data?.find((p) => p.id === input.accessProfileId)?.name ?? "" }), tone: "success" }),
    onError,
    onSettled: refresh,
  });
  const setActive = api.users.setActive.useMutation({
    onSuccess: (_, input) => {
      setConfirmDeactivate(false);
      toast({ title: t(input.active ? "reactivated" : "deactivated", { name: user.name }), tone: "success" });
    },
    onError,
    onSettled: refresh,
  });
  const shownProfileId = setProfile.isPending ? setProfile.variables.accessProfileId : user.accessProfile.id;

  return (
    <tr className="border-t border-line" data-testid={`user-row-${user.email}`} aria-selected={selected}>
      <td className="px-4 py-3">
        <Checkbox checked={selected} onCheckedChange={(c) => onSelect(c === true)} aria-label={t("selectUser", { name: user.name })} />
      </td>
      <td className="px-4 py-3">
        <div className="flex items-center gap-2 font-medium">
          {user.name}
          {user.accessProfile.isAdmin ? <Badge tone="brand">{t("adminBadge")}</Badge> : null}
        </div>
        <div className="text-ink-muted">{user.email}</div>
      </td>
      <td className="px-4 py-3">
        <NativeSelect
          aria-label={t("changeProfile", { name: user.name })}
          value={shownProfileId}
          disabled={setProfile.isPending || !profiles.data}
          onChange={(e) => setProfile.mutate({ userId: user.id, accessProfileId: e.target.value })}
          className="w-44"
        >
          {(profiles.data ?? [user.accessProfile]).map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </NativeSelect>
      </td>
      <td className="px-4 py-3">
        <Badge tone={user.active ? "success" : "neutral"}>{user.active ? t("active") : t("inactive")}</Badge>
        <div className="mt-1 text-xs text-ink-faint">
          {user.lastLoginAt ? t("lastLogin", { date: format.dateTime(user.lastLoginAt, { dateStyle: "short", timeStyle: "short" }) }) : t("neverLoggedIn")}
        </div>
      </td>
      <td className="px-4 py-3">
        <div className="flex items-center gap-2">
          <Switch
            checked={user.canCommunicate}
            aria-label={t("toggleCommunication", { name: user.name })}
            disabled={setCommunication.isPending}
            onCheckedChange={(checked) => setCommunication.mutate({ userId: user.id, canCommunicate: checked })}
          />
          <span className="text-ink-muted">{user.canCommunicate ? t("communicationShortOn") : t("communicationShortOff")}</span>
        </div>
      </td>
      <td className="px-4 py-3 text-right whitespace-nowrap">
        <ResetPasswordDialog user={user} />
        {user.active ? (
          <Button variant="ghost" size="sm" onClick={() => setConfirmDeactivate(true)} aria-label={`${t("deactivate")} ${user.name}`}>
            {t("deactivate")}
          </Button>
        ) : (
          <Button variant="ghost" size="sm" disabled={setActive.isPending} onClick={() => setActive.mutate({ userId: user.id, active: true })} aria-label={`${t("reactivate")} ${user.name}`}>
            {t("reactivate")}
          </Button>
        )}
        <ConfirmDialog
          open={confirmDeactivate}
          onOpenChange={setConfirmDeactivate}
          title={t("deactivateTitle", { name: user.name })}
          description={t("deactivateDescription", { name: user.name })}
          confirmLabel={t("deactivate")}
          tone="danger"
          pending={setActive.isPending}
          onConfirm={() => setActive.mutate({ userId: user.id, active: false })}
        />
      </td>
    </tr>
  );
}
