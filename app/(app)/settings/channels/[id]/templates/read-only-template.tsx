"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/app/_components/ui/button";
import { Card } from "@/app/_components/ui/card";
import { useToast } from "@/app/_components/ui/toast";
import { api, type RouterOutputs } from "@/app/_trpc/client";
import { TemplatePreview } from "./_components/template-preview";
import { TemplateStatusBadge } from "./_components/template-status-badge";

// Submitted and decided templates are not edited in place: Meta owns them now. A copy can be.
export function ReadOnlyTemplate({ channelId, channelName, template }: { channelId: string; channelName: string; template: RouterOutputs["templates"]["get"] }) {
  const t = useTranslations("templates");
  const router = useRouter();
  const toast = useToast();
  const duplicate = api.templates.duplicate.useMutation({
    onSuccess: (copy) => {
      toast({ title: t("duplicated", { name: copy.name }), tone: "success" });
      router.push(`/settings/channels/${channelId}/templates/${copy.id}`);
    },
    onError: (error) => toast({ title: error.message, tone: "error" }),
  });
  return (
    <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <Card className="flex flex-col gap-4">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 className="font-mono text-lg font-semibold break-all">{template.name}</h2>
          <TemplateStatusBadge status={template.status} inFlight={template.inFlight} />
        </div>
        <p className="text-sm text-ink-muted">
          {t(`category.${template.category}`)} · {t(`language.${template.language}`)}
        </p>
        <p role="note" className="rounded-md bg-surface-muted p-3 text-sm">
          {template.inFlight ? t("readOnlySending") : t("readOnly")}
        </p>
        <pre className="rounded-md border border-line p-3 text-sm whitespace-pre-wrap">{template.editorBody}</pre>
        <div className="flex flex-wrap justify-end gap-2">
          <Button asChild variant="secondary">
            <Link href={`/settings/channels/${channelId}/templates`}>{t("backToList")}</Link>
          </Button>
          <Button onClick={() => duplicate.mutate({ templateId: template.id })} disabled={duplicate.isPending}>
            {t("duplicate")}
          </Button>
        </div>
      </Card>
      <TemplatePreview
        body={template.body}
        variables={template.variables}
        channelName={channelName}
        components={template}
        headerFile={template.headerMediaAssetId ? { url: `/api/media/${template.headerMediaAssetId}`, fileName: "" } : null}
      />
    </div>
  );
}
