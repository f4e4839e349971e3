import "server-only";
import type { Actor } from "@/server/auth/permissions";
import type { Db } from "@/server/db";
import { renderComponents, renderTemplate, templateMapping } from "@/server/services/conversations/render-template-params";
import { storedComponents } from "@/server/services/templates/template-components";
import { templateComponentsSelect } from "@/server/services/templates/template-view";
import { assertVisible } from "@/server/auth/conversation-visibility";
import { messageVariables, templateValues } from "./message-variables";

// The approved templates of the conversation's channel, previewed with this lead's values exactly
// as start-with-template will render them; `missing` names a variable the lead cannot fill.
export async function listSendableTemplates(db: Db, actor: Actor, conversationId: string) {
  const conversation = assertVisible(
    actor,
    await db.conversation.findUnique({ where: { id: conversationId }, select: { assigneeId: true, channelId: true, lead: { select: { marketingOptOutAt: true } } } }),
  );
  const [templates, values] = await Promise.all([
    db.messageTemplate.findMany({
      where: { channelId: conversation.channelId, status: "APPROVED" },
      orderBy: { name: "asc" },
      select: { id: true, name: true, language: true, category: true, body: true, variables: true, ...templateComponentsSelect },
    }),
    messageVariables(db, { conversationId, brokerName: actor.name }),
  ]);
  return templates.map(({ variables, headerFormat, headerText, headerVariables, headerMediaAssetId, footer, buttons, ...template }) => {
    const mapping = templateMapping(template.body, variables);
    const rendered = mapping ? renderTemplate({ body: template.body, mapping }, templateValues(values)) : null;
    // Header and URL variables need values too; an opted-out lead gets no marketing (start-with-template refuses it the same way).
    const parts = storedComponents({ headerFormat, headerText, headerVariables, headerMediaAssetId, footer, buttons });
    const extras = renderComponents(parts, templateValues(values));
    const optedOut = template.category === "MARKETING" && !!conversation.lead.marketingOptOutAt;
    return {
      ...template,
      preview: rendered?.ok ? rendered.text : template.body,
      // What goes with the text: the header (its rendered text, or the kind of file), footer and buttons.
      parts: {
        header: parts.headerFormat === "NONE" ? null : { format: parts.headerFormat, text: extras.ok ? extras.headerText : null },
        footer: parts.footer,
        buttons: parts.buttons.map((b) => ({ type: b.type, text: b.text })),
      },
      missing: optedOut ? "OPTED_OUT" : !rendered ? "MISCONFIGURED" : !rendered.ok ? rendered.missing : extras.ok ? null : extras.missing,
    };
  });
}
