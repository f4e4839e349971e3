import { TRPCError } from "@trpc/server";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { serverApi } from "@/app/_trpc/server";
import { AssistantActions } from "./assistant-actions";
import { ComunicadorMenu } from "./comunicador-menu";
import { LeadConversations } from "./lead-conversations";
import { LeadHistory } from "./lead-history";
import { LeadQualification } from "./lead-qualification";
import { LeadSummary } from "./lead-summary";

async function load(leadId: string) {
  const api = await serverApi();
  try {
    return await Promise.all([api.leads.get({ leadId }), api.leads.history({ leadId })]);
  } catch (error) {
    // Missing, outside the user's portfolio or a malformed id: all read as "not found".
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) return null;
    throw error;
  }
}

export default async function LeadPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const t = await getTranslations("leads");
  const loaded = await load(id);
  const back = (
    <Link href="/leads" className="text-sm text-brand hover:underline">
      ← {t("detail.back")}
    </Link>
  );
  if (!loaded) {
    return (
      <main className="mx-auto flex max-w-3xl flex-col gap-4 p-6">
        {back}
        <EmptyState title={t("detail.notFound")} hint={t("detail.notFoundHint")} />
      </main>
    );
  }
  const [lead, firstHistoryPage] = loaded;
  return (
    <main className="mx-auto flex max-w-7xl flex-col gap-4 p-4 md:p-6">
      {back}
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">{lead.name ?? t("unnamed")}</h1>
          <p className="text-ink-muted">{lead.phoneDisplay ?? t("noPhone")}</p>
        </div>
        <div className="flex flex-wrap items-start justify-end gap-2">
          <AssistantActions lead={lead} />
          <ComunicadorMenu leadId={lead.id} leadName={lead.name ?? lead.phoneDisplay ?? t("unnamed")} />
        </div>
      </header>
      <div className="grid gap-4 lg:grid-cols-[minmax(0,22rem)_minmax(0,1fr)]">
        <div className="flex flex-col gap-4">
          <LeadSummary lead={lead} />
          <LeadQualification lead={lead} />
          <LeadConversations conversations={lead.conversations} />
        </div>
        <LeadHistory leadId={lead.id} firstPage={firstHistoryPage} />
      </div>
    </main>
  );
}
