import { describe, expect, it } from "vitest";
import { brazilPhoneKey, formatPhoneBR, normalizePhoneDigits, toE164 } from "./phone";

describe("normalizePhoneDigits", () => {
  it.each([
    ["+55 11 98765-4321", "5511987654321"],
    ["(11) 98765-4321", "5511987654321"],
    ["11 8765-4321", "551187654321"],
    ["011 98765-4321", "5511987654321"],
    ["0 15 11 98765-4321", "5511987654321"],
    ["5511987654321", "5511987654321"],
    ["0055 11 98765 4321", "5511987654321"],
    ["+1 (415) 555-2671", "14155552671"],
  ])("%s → %s", (input, expected) => {
    expect(normalizePhoneDigits(input)).toBe(expected);
  });

  it.each(["", "abc", "1234", "+55 11 1234", "+55 00 98765-4321", "+1234567890123456"])(
    "refuses %j",
    (input) => {
      expect(normalizePhoneDigits(input)).toBeNull();
    },
  );

  it("toE164 adds the plus", () => {
    expect(toE164("(21) 99876-5432")).toBe("+5521998765432");
    expect(toE164("nope")).toBeNull();
  });
});

describe("brazilPhoneKey", () => {
  it("gives the same key with and without the mobile 9th digit", () => {
    const withNine = brazilPhoneKey("+55 11 98765-4321");
    const withoutNine = brazilPhoneKey("+55 11 8765-4321");
    expect(withNine).toBe("551187654321");
    expect(withoutNine).toBe(withNine);
    expect(brazilPhoneKey("5511987654321")).toBe(withNine);
  });

  it("keeps different numbers apart", () => {
    expect(brazilPhoneKey("+55 11 98765-4321")).not.toBe(brazilPhoneKey("+55 21 98765-4321"));
    expect(brazilPhoneKey("+55 11 98765-4321")).not.toBe(brazilPhoneKey("+55 11 98765-4322"));
  });

  it("leaves landlines and other countries alone", () => {
    expect(brazilPhoneKey("+55 11 3456-7890")).toBe("551134567890");
    expect(brazilPhoneKey("+1 415 555 2671")).toBe("14155552671");
  });
});

describe("formatPhoneBR", () => {
  it("formats mobiles and landlines", () => {
    expect(formatPhoneBR("5511987654321")).toBe("+55 (11) 98765-4321");
    expect(formatPhoneBR("+551134567890")).toBe("+55 (11) 3456-7890");
  });

  it("keeps a 9-less Brazilian mobile (an older wa_id) in the Brazilian shape", () => {
    expect(formatPhoneBR("+551187654321")).toBe("+55 (11) 8765-4321");
  });

  it("shows other countries in the international format", () => {
    expect(formatPhoneBR("14155552671")).toBe("+1 415 555 2671");
    expect(formatPhoneBR("+351912345678")).toBe("+351 912 345 678");
    expect(formatPhoneBR("+5491112345678")).toBe("+54 9 11 1234 5678");
  });

  it("shows what is no valid number as +digits", () => {
    expect(formatPhoneBR("+15551234567")).toBe("+15551234567");
  });
});

describe("other countries", () => {
  it.each([
    ["US", "+1 (415) 555-2671", "14155552671"],
    ["US, 00 prefix", "001 415 555 2671", "14155552671"],
    ["US wa_id, no plus", "14155552671", "14155552671"],
    ["PT mobile", "+351 912 345 678", "351912345678"],
    ["PT landline", "00351 21 234 5678", "351212345678"],
    ["AR mobile, with its 9", "+54 9 11 1234-5678", "5491112345678"],
    ["AR wa_id", "5491112345678", "5491112345678"],
  ])("%s: %s → %s", (_country, input, expected) => {
    expect(normalizePhoneDigits(input)).toBe(expected);
  });

  it("keeps an Argentine mobile apart from the landline without the 9, and their digits as the key", () => {
    expect(normalizePhoneDigits("+54 11 1234-5678")).toBe("541112345678");
    expect(brazilPhoneKey("+54 9 11 1234-5678")).toBe("5491112345678");
    expect(brazilPhoneKey("+54 9 11 1234-5678")).not.toBe(brazilPhoneKey("+54 11 1234-5678"));
  });

  it.each([
    ["US area code 555", "+1 555 123 4567"],
    ["US one digit short", "+1 415 555 267"],
    ["PT too short", "+351 912 345"],
    ["AR mobile cut short", "+54 9 11 1234"],
    ["unassigned country code", "+999 1234 5678"],
    ["an extension", "+1 415 555 2671 ext. 3"],
  ])("refuses %s (%s)", (_why, input) => {
    expect(normalizePhoneDigits(input)).toBeNull();
    expect(toE164(input)).toBeNull();
  });
});
