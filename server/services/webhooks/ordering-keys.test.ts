import { describe, expect, it } from "vitest";
import { inboundMessage } from "@/dev/whatsapp-sandbox/meta-message-bodies";
import { DEFAULT_BUSINESS, inboundMessagesWebhook, statusesWebhook, templateStatusWebhook } from "@/dev/whatsapp-sandbox/meta-webhook-bodies";
import { orderingKeys } from "./ordering-keys";

const number = DEFAULT_BUSINESS.phoneNumberId;

describe("orderingKeys", () => {
  it("names the lead on the number for what they sent and for the statuses of what they were sent, ninth digit or not", () => {
    const inbound = inboundMessagesWebhook({ contact: { waId: "5511987654321" }, messages: [inboundMessage.text({ from: "5511987654321", body: "Oi" })] });
    const status = statusesWebhook({ statuses: [{ wamid: "wamid.A", status: "read", recipientId: "551187654321" }] });
    expect(orderingKeys(inbound)).toEqual([`${number}|87654321`]);
    expect(orderingKeys(status)).toEqual(orderingKeys(inbound));
  });

  it("names every lead of a webhook that carries several", () => {
    const statuses = statusesWebhook({
      statuses: [
        { wamid: "wamid.A", status: "read", recipientId: "5511911112222" },
        { wamid: "wamid.B", status: "read", recipientId: "5511933334444" },
      ],
    });
    expect(orderingKeys(statuses)).toEqual([`${number}|11112222`, `${number}|33334444`]);
  });

  it("names the business account for what concerns no lead", () => {
    const template = templateStatusWebhook({ event: "APPROVED", templateId: "1", name: "boas_vindas", language: "pt_BR" });
    expect(orderingKeys(template)).toEqual([`account|${DEFAULT_BUSINESS.wabaId}`]);
    expect(orderingKeys({ object: "whatsapp_business_account", entry: [{ changes: "odd" }, 7] })).toEqual([]);
  });
});
