import type { PrismaClient } from "../../generated/prisma/client";
import { TemplateStatus } from "../../generated/prisma/enums";
import { metaTemplateComponents } from "../../server/services/templates-meta/meta-template-components";
import { templateContentSelect } from "../../server/services/templates/template-view";

/**
 * Tells the WhatsApp sandbox (the local Meta) about the templates the database already holds under
 * a Meta id, such as the demo's seed, so their reviews can be decided on its phone page and sends
 * find them. Templates the sandbox already knows keep the state it has.
 */
export async function registerSandboxTemplates(db: PrismaClient, sandboxUrl: string) {
  const templates = await db.messageTemplate.findMany({
    where: { metaTemplateId: { not: null }, status: { not: TemplateStatus.DRAFT } },
    select: {
      metaTemplateId: true,
      ...templateContentSelect,
      headerHandle: true,
      status: true,
      rejectedReason: true,
      channel: { select: { wabaId: true } },
    },
  });
  for (const template of templates) {
    const response = await fetch(`${sandboxUrl}/_sandbox/templates/${template.metaTemplateId}`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        wabaId: template.channel.wabaId,
        name: template.name,
        language: template.language,
        category: template.category,
        components: metaTemplateComponents(template, template.headerHandle ?? "sandbox-seed-handle"),
        status: template.status,
        ...(template.rejectedReason ? { reason: template.rejectedReason } : {}),
      }),
    });
    if (!response.ok) throw new Error(`template ${template.name}: ${response.status} ${await response.text()}`);
  }
  return templates.length;
}
