"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { useToast } from "@/app/_components/ui/toast";
import { api } from "@/app/_trpc/client";
import type { MediaItem } from "./media-library";
import { MediaRow } from "./media-row";

type Direction = "up" | "down";

export function MediaList({ developmentId, media }: { developmentId: string; media: MediaItem[] }) {
  const t = useTranslations("developments.media");
  const toast = useToast();
  const utils = api.useUtils();
  const [removing, setRemoving] = useState<MediaItem | null>(null);
  // After a move the row re-renders elsewhere; focus follows it so the keyboard user keeps going.
  const refocus = useRef<{ id: string; direction: Direction } | null>(null);
  const key = { developmentId };
  const onError = (error: { message: string }) => {
    toast({ title: error.message, tone: "error" });
    void utils.developments.get.invalidate(key);
  };

  const move = api.developments.moveMedia.useMutation({
    onMutate: ({ mediaId, direction }) => {
      refocus.current = { id: mediaId, direction };
      utils.developments.get.setData(key, (current) => {
        if (!current) return current;
        const list = [...current.media];
        const from = list.findIndex((m) => m.id === mediaId);
        const to = direction === "up" ? from - 1 : from + 1;
        const moved = list[from];
        const other = list[to];
        if (from < 0 || !moved || !other) return current;
        list[from] = other;
        list[to] = moved;
        return { ...current, media: list };
      });
    },
    onError,
    onSettled: () => utils.developments.get.invalidate(key),
  });
  const rename = api.developments.renameMedia.useMutation({
    onSuccess: async () => {
      toast({ title: t("renamed"), tone: "success" });
      await utils.developments.get.invalidate(key);
    },
    onError,
  });
  const remove = api.developments.removeMedia.useMutation({
    onSuccess: async () => {
      toast({ title: t("removed", { title: removing?.title ?? "" }), tone: "success" });
      setRemoving(null);
      await utils.developments.invalidate();
    },
    onError,
  });

  useEffect(() => {
    const target = refocus.current;
    if (!target) return;
    const index = media.findIndex((m) => m.id === target.id);
    const atEdge = target.direction === "up" ? index === 0 : index === media.length - 1;
    const direction = atEdge ? (target.direction === "up" ? "down" : "up") : target.direction;
    document.getElementById(`media-${direction}-${target.id}`)?.focus();
    refocus.current = null;
  }, [media]);

  if (media.length === 0) return <EmptyState title={t("empty")} hint={t("emptyHint")} />;
  return (
    <>
      <ol className="flex flex-col divide-y divide-line rounded-md border border-line" aria-label={t("listLabel")}>
        {media.map((item, index) => (
          <MediaRow
            key={item.id}
            item={item}
            first={index === 0}
            last={index === media.length - 1}
            onMove={(direction) => move.mutate({ mediaId: item.id, direction })}
            onRename={(title) => rename.mutateAsync({ mediaId: item.id, title }).then(() => true, () => false)}
            onRemove={() => setRemoving(item)}
          />
        ))}
      </ol>
      <ConfirmDialog
        open={removing !== null}
        onOpenChange={(open) => !open && setRemoving(null)}
        title={t("removeTitle", { title: removing?.title ?? "" })}
        description={t("removeImpact", { channels: removing?.channelCount ?? 0 })}
        confirmLabel={t("remove")}
        tone="danger"
        pending={remove.isPending}
        onConfirm={() => removing && remove.mutate({ mediaId: removing.id })}
      />
    </>
  );
}
