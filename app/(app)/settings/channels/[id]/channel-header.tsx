import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/app/_components/ui/badge";
import { cn } from "@/app/_components/ui/cn";
import { serverApi } from "@/app/_trpc/server";
import { Permission } from "@/server/auth/permissions";
import { currentUser, hasAny } from "../../../_components/current-user";

type Tab = "general" | "links" | "templates" | "assistant";

// Reads the channel through templates.channel, which both channel managers and template managers
// may call, so every tab's header works for whoever reached it.
export async function loadChannelHeader(channelId: string) {
  const api = await serverApi();
  const channel = await api.templates.channel({ channelId }).catch(() => null);
  if (!channel) notFound();
  return channel;
}

export async function ChannelHeader({ channel, active }: { channel: Awaited<ReturnType<typeof loadChannelHeader>>; active: Tab }) {
  const t = await getTranslations("channels");
  const user = await currentUser();
  const managesChannel = hasAny(user, [Permission.CHANNELS_MANAGE]);
  const tabs: { id: Tab; href: string }[] = [
    ...(managesChannel
      ? [
          { id: "general" as const, href: `/settings/channels/${channel.id}` },
          { id: "links" as const, href: `/settings/channels/${channel.id}/links` },
        ]
      : []),
    ...(channel.canHoldTemplates ? [{ id: "templates" as const, href: `/settings/channels/${channel.id}/templates` }] : []),
    ...(managesChannel ? [{ id: "assistant" as const, href: `/settings/channels/${channel.id}/assistant` }] : []),
  ];
  return (
    <header className="mb-6 flex flex-col gap-3">
      <Link href={managesChannel ? "/settings/channels" : "/settings/channels/templates"} className="text-sm text-brand hover:underline">
        ← {managesChannel ? t("backToList") : t("backToTemplateChannels")}
      </Link>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">{channel.name}</h1>
        <span className="text-ink-muted">{channel.displayPhoneNumber}</span>
        <Badge tone={channel.mode === "ACTIVE" ? "brand" : "neutral"}>{t(`mode.${channel.mode}`)}</Badge>
        {!channel.enabled ? <Badge>{t("enabledOff")}</Badge> : null}
      </div>
      {tabs.length > 1 ? (
        <nav aria-label={t("tabs.label")} className="flex gap-1 overflow-x-auto border-b border-line">
          {tabs.map((tab) => (
            <Link
              key={tab.id}
              href={tab.href}
              aria-current={tab.id === active ? "page" : undefined}
              className={cn(
                "-mb-px border-b-2 px-4 py-2 text-sm font-medium whitespace-nowrap",
                tab.id === active ? "border-brand text-brand" : "border-transparent text-ink-muted hover:text-ink",
              )}
            >
              {t(`tabs.${tab.id}`)}
            </Link>
          ))}
        </nav>
      ) : null}
    </header>
  );
}
