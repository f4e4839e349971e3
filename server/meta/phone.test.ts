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

  it("leaves other countries as +digits", () => {
    expect(formatPhoneBR("14155552671")).toBe("+14155552671");
  });
});
