import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/app/_components/ui/badge";
import { Card } from "@/app/_components/ui/card";
import { lastMessageLineText } from "@/app/_i18n/last-message-line";
import type { Translate } from "@/app/_i18n/stored-texts";
import type { RouterOutputs } from "@/app/_trpc/client";
import { formatFull, formatWhen } from "../_lib/format-when";

type Conversation = RouterOutputs["leads"]["get"]["conversations"][number];

const STATUS_TONE = { OPEN: "success", EXPIRED: "warning", CLOSED: "neutral" } as const;

export async function LeadConversations({ conversations }: { conversations: Conversation[] }) {
  const t = await getTranslations("leads");
  const tAll = (await getTranslations()) as unknown as Translate;
  const now = new Date();
  const words = { today: t("when.today"), yesterday: t("when.yesterday") };
  return (
    <Card aria-labelledby="lead-conversations-title">
      <h2 id="lead-conversations-title" className="mb-3 font-semibold">
        {t("detail.conversations")}
      </h2>
      {conversations.length === 0 ? (
        <div className="text-sm">
          <p>{t("detail.noConversations")}</p>
          <p className="mt-1 text-ink-muted">{t("detail.noConversationsHint")}</p>
        </div>
      ) : (
        <ul className="flex flex-col gap-2">
          {conversations.map((c) => {
            const awaitingReply = c.status === "OPEN" && c.initiatedBy === "BUSINESS" && !c.windowExpiresAt;
            return (
              <li key={c.id} className="relative rounded-md border border-line p-3 text-sm hover:bg-surface-muted">
                <div className="flex items-center justify-between gap-2">
                  <Link
                    href={`/inbox/${c.id}`}
                    aria-label={t("detail.openInInbox", { channel: c.channel.name })}
                    className="font-medium after:absolute after:inset-0 hover:underline"
                  >
                    {c.channel.name}
                  </Link>
                  <Badge tone={STATUS_TONE[c.status]}>{t(`detail.status.${c.status}`)}</Badge>
                </div>
                {c.lastMessagePreview || c.lastMessageType ? <p className="mt-1 truncate text-ink-muted">{lastMessageLineText(tAll, c)}</p> : null}
                <p className="mt-1 flex flex-wrap gap-x-2 text-xs text-ink-faint">
                  <span>{c.assignee ? t("detail.assignedTo", { name: c.assignee.name }) : t("detail.unassigned")}</span>
                  <time dateTime={c.lastMessageAt.toISOString()} title={formatFull(c.lastMessageAt)}>
                    {formatWhen(c.lastMessageAt, now, words)}
                  </time>
                  {awaitingReply ? <span>{t("detail.awaitingReply")}</span> : null}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
