import { describe, expect, it } from "vitest";
import { seedCampaign, seedCampaignRecipient } from "@/prisma/seed/campaigns";
import { seedChannel, seedTemplate } from "@/prisma/seed/channels";
import { seedLead } from "@/prisma/seed/leads";
import { uniqueSuffix } from "@/prisma/seed/unique";
import { Permission } from "@/server/auth/permissions";
import { testDb } from "@/test/db";
import { signIn } from "@/test/route-session";
import { csvCell } from "./csv-cell";
import { GET } from "./route";

const exportOf = (id: string) => GET(new Request(`http://localhost:3000/campaigns/${id}/export`), { params: Promise.resolve({ id }) });

async function campaignWithRecipients() {
  const channel = await seedChannel(testDb());
  const template = await seedTemplate(testDb(), { channelId: channel.id });
  const campaign = await seedCampaign(testDb(), { channelId: channel.id, templateId: template.id });
  const seed = async (name: string, phone: string, state: Parameters<typeof seedCampaignRecipient>[1]["state"]) => {
    const lead = await seedLead(testDb(), { name, phone });
    await seedCampaignRecipient(testDb(), { campaignId: campaign.id, channelId: channel.id, templateId: template.id, leadId: lead.id, state });
  };
  const unique = String(Math.floor(Math.random() * 1e6)).padStart(6, "0");
  await seed('=HYPERLINK("http://evil.example","clique")', `+551198${unique}1`.slice(0, 14), { kind: "REFUSED", reasonCode: "leads.marketingOptedOut" });
  await seed("Ana Replied", `+551197${unique}2`.slice(0, 14), {
    kind: "MESSAGE",
    status: "READ",
    sentAt: new Date("2026-11-20T12:01:00Z"),
    deliveredAt: new Date("2026-11-20T12:02:00Z"),
    readAt: new Date("2026-11-20T12:10:00Z"),
    repliedAt: new Date("2026-11-20T13:00:00Z"),
  });
  await seed("Bruno Bounced", `+551196${unique}3`.slice(0, 14), { kind: "MESSAGE_FAILED", errorCode: 131026 });
  return campaign;
}

describe("GET /campaigns/:id/export", () => {
  it("answers 401 without a session and 403 without the Campanhas permission", async () => {
    const campaign = await campaignWithRecipients();
    await signIn(null);
    expect((await exportOf(campaign.id)).status).toBe(401);
    for (const profile of ["broker", "manager"] as const) {
      await signIn({ profile });
      const response = await exportOf(campaign.id);
      expect(response.status).toBe(403);
      expect(await response.text()).not.toContain("Ana Replied");
    }
  });

  it("streams one row per recipient with pt-BR headers, derived status, reason and times", async () => {
    const campaign = await campaignWithRecipients();
    await signIn({ profile: "admin" });
    const response = await exportOf(campaign.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toContain(`campanha-${campaign.id}.csv`);
    const lines = (await response.text()).replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    expect(lines[0]).toBe('"Lead";"Telefone";"Situação";"Motivo";"Enviada em";"Entregue em";"Lida em";"Respondida em"');
    expect(lines).toHaveLength(4);
    const replied = lines.find((l) => l.startsWith('"Ana Replied"'));
    // A phone starts with "+", which a spreadsheet reads as a formula: it gets the apostrophe too.
    expect(replied).toMatch(/^"Ana Replied";"'\+55 \(11\) 97[^"]*";"Respondeu";"";"20\/11\/2026,? 09:01";"20\/11\/2026,? 09:02";"20\/11\/2026,? 09:10";"20\/11\/2026,? 10:00"$/);
    expect(lines.find((l) => l.startsWith('"Bruno Bounced"'))).toContain('"Falhou";"Não foi possível entregar a mensagem a este número"');
  });

  it("neutralises a formula in any cell and escapes quotes (for a holder of Campanhas alone too)", async () => {
    const campaign = await campaignWithRecipients();
    const profile = await testDb().accessProfile.create({ data: { name: `Só campanhas ${uniqueSuffix()}`, permissions: [Permission.CAMPAIGNS] } });
    await signIn({ accessProfileId: profile.id });
    const text = await (await exportOf(campaign.id)).text();
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""clique"")";`);
    expect(text).toContain('"Falhou";"Este lead pediu para não receber promoções');
    for (const start of ["=", "+", "-", "@", "\t", "\r"]) expect(csvCell(`${start}1+1`)).toBe(`"'${start}1+1"`);
    expect(csvCell("Maria")).toBe('"Maria"');
  });

  it("answers 404 for a campaign that does not exist", async () => {
    await signIn({ profile: "admin" });
    expect((await exportOf("no-such-campaign")).status).toBe(404);
  });
});
