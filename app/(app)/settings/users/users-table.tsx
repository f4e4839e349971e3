"use client";

import { useTranslations } from "next-intl";
import { useDeferredValue, useState } from "react";
import { Badge } from "@/app/_components/ui/badge";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { Input } from "@/app/_components/ui/input";
import { Skeleton } from "@/app/_components/ui/skeleton";
import { Switch } from "@/app/_components/ui/switch";
import { useToast } from "@/app/_components/ui/toast";
import { api } from "@/app/_trpc/client";

export function UsersTable() {
  const t = useTranslations("users");
  const toast = useToast();
  const [search, setSearch] = useState("");
  const deferredSearch = useDeferredValue(search);
  const utils = api.useUtils();
  const users = api.users.list.useQuery({ search: deferredSearch || undefined });
  const setCommunication = api.users.setCommunication.useMutation({
    onSuccess: () => toast({ title: t("saved"), tone: "success" }),
    onError: (error) => toast({ title: error.message, tone: "error" }),
    onSettled: () => utils.users.list.invalidate(),
  });

  return (
    <div className="flex flex-col gap-4">
      <Input type="search" aria-label={t("searchPlaceholder")} placeholder={t("searchPlaceholder")} value={search} onChange={(e) => setSearch(e.target.value)} className="max-w-sm" />
      {users.isLoading ? (
        <div className="flex flex-col gap-2">
          {Array.from({ length: 4 }, (_, i) => (
            <Skeleton key={i} className="h-12" />
          ))}
        </div>
      ) : users.data?.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <div className="overflow-x-auto rounded-card border border-line bg-surface">
          <table className="w-full text-sm">
            <thead className="bg-surface-muted text-left text-ink-muted">
              <tr>
                <th className="px-4 py-3 font-medium">{t("name")}</th>
                <th className="px-4 py-3 font-medium">{t("profile")}</th>
                <th className="px-4 py-3 font-medium">{t("status")}</th>
                <th className="px-4 py-3 font-medium">{t("communication")}</th>
              </tr>
            </thead>
            <tbody>
              {users.data?.map((user) => (
                <tr key={user.id} className="border-t border-line" data-testid={`user-row-${user.email}`}>
                  <td className="px-4 py-3">
                    <div className="font-medium">{user.name}</div>
                    <div className="text-ink-muted">{user.email}</div>
                  </td>
                  <td className="px-4 py-3">{user.accessProfile.name}</td>
                  <td className="px-4 py-3">
                    <Badge tone={user.active ? "success" : "neutral"}>{user.active ? t("active") : t("inactive")}</Badge>
                  </td>
                  <td className="px-4 py-3">
                    <div className="flex items-center gap-2">
                      <Switch
                        checked={user.canCommunicate}
                        aria-label={t("toggleCommunication", { name: user.name })}
                        disabled={setCommunication.isPending && setCommunication.variables?.userId === user.id}
                        onCheckedChange={(checked) => setCommunication.mutate({ userId: user.id, canCommunicate: checked })}
                      />
                      <span className="text-ink-muted">{user.canCommunicate ? t("communicationOn") : t("communicationOff")}</span>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
