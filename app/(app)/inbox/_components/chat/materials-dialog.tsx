"use client";

import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/app/_components/ui/button";
import { Dialog, DialogContent } from "@/app/_components/ui/dialog";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { Skeleton } from "@/app/_components/ui/skeleton";
import { api, type RouterOutputs } from "@/app/_trpc/client";
import { formatByteSize } from "@/server/i18n/byte-size";

type Material = RouterOutputs["inbox"]["materials"][number];

type Props = { conversationId: string; open: boolean; onOpenChange: (open: boolean) => void; onSend: (material: Material) => void };

// "Enviar materiais do empreendimento": photos, floor plans, campaigns and price tables.
export function MaterialsDialog({ conversationId, open, onOpenChange, onSend }: Props) {
  const t = useTranslations("inbox.materials");
  const tAll = useTranslations();
  const locale = useLocale();
  const materials = api.inbox.materials.useQuery({ conversationId }, { enabled: open });
  const groups = new Map<string, Material[]>();
  for (const material of materials.data ?? []) {
    const name = material.development?.name ?? t("channelMedia");
    groups.set(name, [...(groups.get(name) ?? []), material]);
  }
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent title={t("title")} description={t("description")}>
        <div className="max-h-[60vh] overflow-y-auto">
          {materials.isPending ? (
            <div className="flex flex-col gap-2">
              {Array.from({ length: 3 }, (_, i) => (
                <Skeleton key={i} className="h-12" />
              ))}
            </div>
          ) : groups.size === 0 ? (
            <EmptyState title={t("empty")} hint={t("emptyHint")} />
          ) : (
            [...groups].map(([development, items]) => (
              <section key={development} className="mb-4">
                <h3 className="mb-2 text-sm font-semibold">{development}</h3>
                <ul className="flex flex-col gap-1">
                  {items.map((material) => (
                    <li key={material.id} className="flex items-center gap-3 rounded-md border border-line p-2">
                      <span className="min-w-0 flex-1">
                        <span className="block truncate text-sm font-medium">{material.title}</span>
                        <span className="block text-xs text-ink-muted">
                          {t(`kinds.${material.kind}`)} · {formatByteSize(material.sizeBytes, locale)}
                        </span>
                        {material.problem ? <span className="block text-xs text-danger">{tAll(`errors.${material.problem.key}`, material.problem.params)}</span> : null}
                      </span>
                      <Button size="sm" variant="secondary" disabled={Boolean(material.problem)} onClick={() => onSend(material)} aria-label={t("sendOne", { title: material.title })}>
                        {t("send")}
                      </Button>
                    </li>
                  ))}
                </ul>
              </section>
            ))
          )}
        </div>
      </DialogContent>
    </Dialog>
  );
}
