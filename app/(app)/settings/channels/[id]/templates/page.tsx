import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/app/_components/ui/button";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { Permission } from "@/server/auth/permissions";
import { currentUser, hasAny, requireAny } from "../../../../_components/current-user";
import { ChannelHeader, loadChannelHeader } from "../channel-header";
import { TemplatesList } from "./templates-list";

export default async function ChannelTemplatesPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await currentUser();
  requireAny(user, [Permission.TEMPLATES_MANAGE, Permission.CHANNELS_MANAGE]);
  const { id } = await params;
  const channel = await loadChannelHeader(id);
  const t = await getTranslations("templates");
  return (
    <>
      <ChannelHeader channel={channel} active="templates" />
      {channel.canHoldTemplates ? (
        <TemplatesList channelId={id} />
      ) : (
        <EmptyState
          title={t("cannotHold")}
          hint={t("cannotHoldHint")}
          action={
            hasAny(user, [Permission.CHANNELS_MANAGE]) ? (
              <Button asChild variant="secondary">
                <Link href={`/settings/channels/${id}`}>{t("openGeneral")}</Link>
              </Button>
            ) : null
          }
        />
      )}
    </>
  );
}
