import { createTranslator } from "next-intl";
import { cookies } from "next/headers";
import { recipientReasonText } from "@/app/_i18n/campaign-texts";
import type { Translate } from "@/app/_i18n/stored-texts";
import { sessionActor } from "@/server/auth";
import { can, Permission } from "@/server/auth/permissions";
import { getDb } from "@/server/db";
import { loadMessages } from "@/server/i18n/load-messages";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE } from "@/server/i18n/locales";
import { translateError } from "@/server/i18n/translate-error";
import { formatPhoneBR } from "@/server/meta/phone";
import { recipientBatches } from "@/server/services/campaigns/recipient-batches";
import { recipientReason } from "@/server/services/campaigns/recipient-reason";
import { csvLine } from "./csv-cell";

const fail = (locale: string, status: number, key: string) => Response.json({ error: translateError(locale, key) }, { status, headers: { "Cache-Control": "no-store" } });

// Excel in Brazil reads ";" as the list separator and needs the BOM to read UTF-8 accents.
const BOM = "\uFEFF";

/** One row per recipient of a campaign (GET /campaigns/:id/export), streamed in batches. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const stored = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = stored && isLocale(stored) ? stored : DEFAULT_LOCALE;
  const actor = await sessionActor();
  if (!actor) return fail(locale, 401, "common.unauthorized");
  if (!can(actor, Permission.CAMPAIGNS)) return fail(locale, 403, "common.forbidden");
  const { id } = await params;
  const db = getDb();
  const campaign = await db.campaign.findUnique({ where: { id }, select: { id: true, name: true } });
  if (!campaign) return fail(locale, 404, "campaigns.notFound");

  const t = createTranslator({ locale, messages: await loadMessages(locale) }) as unknown as Translate;
  const when = new Intl.DateTimeFormat(locale, { timeZone: "America/Sao_Paulo", dateStyle: "short", timeStyle: "short" });
  const time = (date: Date | null) => (date ? when.format(date) : "");
  const encoder = new TextEncoder();
  const header = csvLine(["lead", "phone", "status", "reason", "sentAt", "deliveredAt", "readAt", "repliedAt"].map((key) => t(`campaigns.csv.${key}`)));
  const batches = recipientBatches(db, campaign.id);
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(BOM + header));
    },
    async pull(controller) {
      const next = await batches.next();
      if (next.done) return controller.close();
      const lines = next.value.map((row) => {
        const reason = recipientReason(row);
        return csvLine([
          row.leadName,
          row.phone ? formatPhoneBR(row.phone) : "",
          t(`campaigns.recipientStatus.${row.status}`),
          reason ? recipientReasonText(t, reason) : "",
          time(row.sentAt),
          time(row.deliveredAt),
          time(row.readAt),
          time(row.repliedAt),
        ]);
      });
      controller.enqueue(encoder.encode(lines.join("")));
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
  const fileName = `${t("campaigns.csv.fileName")}-${campaign.id}.csv`;
  return new Response(body, {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${fileName}"`, "Cache-Control": "no-store" },
  });
}
