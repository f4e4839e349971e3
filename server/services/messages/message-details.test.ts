import { describe, expect, it } from "vitest";
import { messageDetails } from "./message-details";

describe("message details for the bubbles", () => {
  it("reads content stored under its type key or bare", () => {
    const nested = messageDetails("LOCATION", { location: { latitude: "-23.5", longitude: -46.6, address: "Rua A" } }, null);
    const bare = messageDetails("LOCATION", { latitude: -23.5, longitude: -46.6, address: "Rua A" }, null);
    expect(nested).toEqual(bare);
    expect(nested).toMatchObject({ kind: "location", latitude: -23.5, address: "Rua A" });
  });

  it("shared contacts, replies, orders and reactions", () => {
    expect(messageDetails("CONTACTS", { contacts: [{ name: { formatted_name: "João" }, phones: [{ phone: "+55 11 99999-0000" }] }] }, null)).toEqual({
      kind: "contacts",
      contacts: [{ name: "João", phones: ["+55 11 99999-0000"] }],
    });
    expect(messageDetails("INTERACTIVE", { interactive: { type: "list_reply", list_reply: { id: "a", title: "Sábado", description: "10h" } } }, null)).toEqual({
      kind: "reply",
      title: "Sábado",
      description: "10h",
      optOut: false,
    });
    expect(messageDetails("BUTTON", { button: { text: "Parar promoções", payload: "OPT_OUT" } }, null)).toMatchObject({ optOut: true });
    expect(messageDetails("BUTTON", { button: { text: "Quero visitar" } }, null)).toMatchObject({ title: "Quero visitar" });
    expect(messageDetails("ORDER", { order: { product_items: [{ item_price: 10, quantity: 2, currency: "BRL" }, { item_price: 5, quantity: 1, currency: "BRL" }] } }, null)).toMatchObject({
      itemCount: 2,
      total: 25,
      currency: "BRL",
    });
    expect(messageDetails("REACTION", { reaction: { message_id: "w", emoji: "👍" } }, "👍")).toEqual({ kind: "reaction", emoji: "👍" });
    expect(messageDetails("REACTION", { reaction: { message_id: "w" }, removed: true }, null)).toEqual({ kind: "reaction", emoji: null });
  });

  it("never throws on odd content", () => {
    for (const content of [null, 3, "x", [], { location: 5 }]) {
      expect(() => messageDetails("LOCATION", content, null)).not.toThrow();
      expect(() => messageDetails("CONTACTS", content, null)).not.toThrow();
      expect(() => messageDetails("ORDER", content, null)).not.toThrow();
    }
    expect(messageDetails("UNSUPPORTED", { unsupported: { type: "poll" } }, null)).toEqual({ kind: "unsupported", originalType: "poll" });
  });
});
