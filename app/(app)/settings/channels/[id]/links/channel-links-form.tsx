"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { FormSubmitBar } from "@/app/_components/ui/form-submit-bar";
import { Card } from "@/app/_components/ui/card";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { Skeleton } from "@/app/_components/ui/skeleton";
import { useToast } from "@/app/_components/ui/toast";
import { api, type RouterOutputs } from "@/app/_trpc/client";
import { CheckList } from "./check-list";
import { LeadQueuePicker } from "./lead-queue-picker";
import { TagPicker } from "./tag-picker";

type Links = RouterOutputs["channels"]["links"];

// Seed §4.4: developments, tags and media a lead arriving on this number is given.
export function ChannelLinksForm({ channelId }: { channelId: string }) {
  const t = useTranslations("channels.links");
  const links = api.channels.links.useQuery({ channelId });
  if (links.isLoading) return <Skeleton className="h-96" />;
  if (!links.data) return <EmptyState title={links.error?.message ?? t("loadFailed")} />;
  return <LinksEditor key={links.dataUpdatedAt} channelId={channelId} data={links.data} />;
}

function LinksEditor({ channelId, data }: { channelId: string; data: Links }) {
  const t = useTranslations("channels.links");
  const tk = useTranslations("developments.kind");
  const toast = useToast();
  const utils = api.useUtils();
  const [developmentIds, setDevelopmentIds] = useState(new Set(data.selected.developmentIds));
  const [tagIds, setTagIds] = useState(new Set(data.selected.tagIds));
  const [newTags, setNewTags] = useState<string[]>([]);
  const [mediaIds, setMediaIds] = useState(new Set(data.selected.mediaAssetIds));
  const [leadQueueId, setLeadQueueId] = useState(data.selected.leadQueueId);
  const save = api.channels.updateLinks.useMutation({
    onSuccess: async () => {
      toast({ title: t("saved"), tone: "success" });
      setNewTags([]);
      await Promise.all([utils.channels.links.invalidate({ channelId }), utils.channels.get.invalidate({ channelId }), utils.channels.list.invalidate()]);
    },
    onError: (error) => toast({ title: error.message, tone: "error" }),
  });

  const linkedDevelopments = data.developments.filter((d) => developmentIds.has(d.id));

  function toggleDevelopment(id: string, on: boolean) {
    const next = new Set(developmentIds);
    if (on) next.add(id);
    else {
      next.delete(id);
      // Media go with their development.
      const dropped = new Set(data.developments.find((d) => d.id === id)?.media.map((m) => m.id));
      setMediaIds(new Set([...mediaIds].filter((m) => !dropped.has(m))));
    }
    setDevelopmentIds(next);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate({ channelId, developmentIds: [...developmentIds], tagIds: [...tagIds], newTagNames: newTags, mediaAssetIds: [...mediaIds], leadQueueId });
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-6">
      <p className="text-sm text-ink-muted">{t("intro")}</p>
      <LeadQueuePicker queues={data.queues} value={leadQueueId} onChange={setLeadQueueId} />
      <div className="grid items-start gap-6 lg:grid-cols-2">
        <Card>
          <h2 className="mb-3 text-lg font-semibold">{t("developments")}</h2>
          {data.developments.length === 0 ? (
            <p className="text-sm text-ink-muted">{t("noDevelopments")}</p>
          ) : (
            <CheckList
              idPrefix="link-dev"
              legend={t("developments")}
              items={data.developments.map((d) => ({ id: d.id, label: d.name, hint: [d.city, d.state].filter(Boolean).join(" / ") }))}
              selected={developmentIds}
              onToggle={toggleDevelopment}
            />
          )}
        </Card>
        <Card>
          <h2 className="mb-3 text-lg font-semibold">{t("tags")}</h2>
          <TagPicker
            tags={data.tags}
            selected={tagIds}
            onToggle={(id, on) => {
              const next = new Set(tagIds);
              if (on) next.add(id);
              else next.delete(id);
              setTagIds(next);
            }}
            newTags={newTags}
            onNewTags={setNewTags}
          />
        </Card>
      </div>
      <Card>
        <h2 className="mb-1 text-lg font-semibold">{t("media")}</h2>
        <p className="mb-3 text-sm text-ink-muted">{t("mediaHint")}</p>
        {linkedDevelopments.length === 0 ? (
          <p className="text-sm text-ink-muted">{t("pickDevelopmentFirst")}</p>
        ) : (
          <div className="grid gap-4 md:grid-cols-2">
            {linkedDevelopments.map((development) => (
              <div key={development.id}>
                {development.media.length === 0 ? (
                  <p className="text-sm text-ink-muted">{t("noMedia", { name: development.name })}</p>
                ) : (
                  <CheckList
                    idPrefix={`link-media-${development.id}`}
                    legend={development.name}
                    showLegend
                    items={development.media.map((m) => ({ id: m.id, label: m.title, hint: tk(m.kind) }))}
                    selected={mediaIds}
                    onToggle={(id, on) => {
                      const next = new Set(mediaIds);
                      if (on) next.add(id);
                      else next.delete(id);
                      setMediaIds(next);
                    }}
                  />
                )}
              </div>
            ))}
          </div>
        )}
      </Card>
      <FormSubmitBar pending={save.isPending} className="sticky bottom-0 border-t border-line bg-surface-muted/95 py-3">
        {save.isPending ? t("saving") : t("save")}
      </FormSubmitBar>
    </form>
  );
}
