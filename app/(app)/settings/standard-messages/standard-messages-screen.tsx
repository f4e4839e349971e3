"use client";

import { useTranslations } from "next-intl";
import { Skeleton } from "@/app/_components/ui/skeleton";
import { api } from "@/app/_trpc/client";
import { MessageSection } from "./message-section";

export function StandardMessagesScreen({ agentName }: { agentName: string }) {
  const t = useTranslations("standardMessages");
  const messages = api.standardMessages.list.useQuery();
  if (messages.isLoading || !messages.data) {
    return (
      <div className="flex flex-col gap-3">
        <Skeleton className="h-24" />
        <Skeleton className="h-24" />
      </div>
    );
  }
  const { global, personal, canManageGlobal, canManagePersonal } = messages.data;
  return (
    <div className="flex flex-col gap-8">
      {canManagePersonal ? (
        <MessageSection
          scope="personal"
          title={t("personal")}
          hint={t("personalHint")}
          messages={personal}
          editable
          agentName={agentName}
          empty={{ title: t("emptyPersonal"), hint: t("emptyPersonalHint") }}
        />
      ) : null}
      <MessageSection
        scope="global"
        title={t("global")}
        hint={canManageGlobal ? t("globalHint") : t("globalReadOnly")}
        messages={global}
        editable={canManageGlobal}
        agentName={agentName}
        empty={{ title: t("emptyGlobal"), hint: canManageGlobal ? t("emptyGlobalHint") : t("emptyGlobalReadOnly") }}
      />
    </div>
  );
}
