const BRAZIL = "55";
const MIN_E164_DIGITS = 8;
const MAX_E164_DIGITS = 15;

/**
 * Normalises what a person typed (or what Meta sent) to E.164 digits without the "+".
 * Numbers written without a country code are taken as Brazilian (DDD + number).
 * Returns null when the input cannot be a phone number.
 */
export function normalizePhoneDigits(input: string): string | null {
  const trimmed = input.trim();
  const international = trimmed.startsWith("+") || trimmed.startsWith("00");
  let digits = trimmed.replace(/\D/g, "");
  if (trimmed.startsWith("00")) digits = digits.slice(2);

  if (!international) {
    // Brazilian trunk prefix: "0 11 98765-4321" or with a carrier code "0 15 11 98765-4321".
    if (/^0\d{2}\d{2}9?\d{8}$/.test(digits)) digits = digits.slice(3);
    else if (digits.startsWith("0")) digits = digits.slice(1);
    if (digits.length === 10 || digits.length === 11) digits = BRAZIL + digits;
  }

  if (digits.length < MIN_E164_DIGITS || digits.length > MAX_E164_DIGITS) return null;
  if (digits.startsWith("0")) return null;
  if (digits.startsWith(BRAZIL) && !isPlausibleBrazilian(digits)) return null;
  return digits;
}

/** Same as normalizePhoneDigits, with the leading "+". */
export function toE164(input: string): string | null {
  const digits = normalizePhoneDigits(input);
  return digits ? `+${digits}` : null;
}

function isPlausibleBrazilian(digits: string): boolean {
  // 55 + DDD (two digits, no zero) + 8 digits (landline / old mobile) or 9 + 8 digits (mobile).
  return /^55[1-9][1-9]\d{8}$/.test(digits) || /^55[1-9][1-9]9\d{8}$/.test(digits);
}

/**
 * A key that is the same for a Brazilian mobile written with or without the 9th digit
 * (55 + DDD + last 8 digits). WhatsApp ids of older Brazilian accounts often lack the 9,
 * so a lead who typed it and the wa_id Meta sends must meet on this key.
 * Numbers from other countries keep their digits.
 */
export function brazilPhoneKey(phone: string): string {
  const digits = normalizePhoneDigits(phone) ?? phone.replace(/\D/g, "");
  if (/^55[1-9][1-9]9\d{8}$/.test(digits)) return digits.slice(0, 4) + digits.slice(5);
  return digits;
}

/** "+55 (11) 98765-4321"; other countries as "+<digits>". */
export function formatPhoneBR(phone: string): string {
  const digits = normalizePhoneDigits(phone) ?? phone.replace(/\D/g, "");
  const match = /^55(\d{2})(9?\d{4})(\d{4})$/.exec(digits);
  if (!match) return `+${digits}`;
  return `+55 (${match[1]}) ${match[2]}-${match[3]}`;
}
