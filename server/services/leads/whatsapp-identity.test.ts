import { describe, expect, it } from "vitest";
import { whatsappIdentity } from "./whatsapp-identity";

describe("whatsappIdentity", () => {
  it("keys a Brazilian mobile with and without the 9th digit alike, keeping Meta's wa_id", () => {
    const withNine = whatsappIdentity({ from: "5511987654321" }, [{ wa_id: "5511987654321", profile: { name: " Ana " } }]);
    const withoutNine = whatsappIdentity({ from: "551187654321" }, []);
    expect(withNine).toEqual({ phoneE164: "+5511987654321", phoneKey: "551187654321", waId: "5511987654321", bsuid: null, name: "Ana" });
    expect(withoutNine?.phoneKey).toBe(withNine?.phoneKey);
    expect(withoutNine?.waId).toBe("551187654321");
  });

  it("reads a foreign wa_id as international, not as a Brazilian local number", () => {
    expect(whatsappIdentity({ from: "15551234567" }, [])).toMatchObject({ phoneE164: "+15551234567", phoneKey: "15551234567" });
  });

  it("uses the business-scoped user id when the number is hidden, and the matching contact's name", () => {
    const contacts = [{ user_id: "BR.1", profile: { username: "@outro" } }, { user_id: "BR.2", profile: { username: "@lead" } }];
    expect(whatsappIdentity({ fromUserId: "BR.2" }, contacts)).toEqual({ phoneE164: null, phoneKey: null, waId: null, bsuid: "BR.2", name: "@lead" });
  });

  it("refuses a sender that is neither a phone nor a user id", () => {
    expect(whatsappIdentity({ from: "abc" }, [])).toBeNull();
    expect(whatsappIdentity({ from: "123" }, [])).toBeNull();
    expect(whatsappIdentity({ fromUserId: "x".repeat(500) }, [])).toBeNull();
  });
});
