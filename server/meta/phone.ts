import { parsePhoneNumberFromString, type PhoneNumber } from "libphonenumber-js/min";

// The "min" metadata checks each country's lengths and leading digits, not every numbering range:
// it is half the size of "max" (this module reaches the browser) and, unlike "max", it accepts the
// 9-less Brazilian mobiles that older WhatsApp accounts still carry as their wa_id.

const BRAZIL = "55";
// DDD (two digits, no zero) + 8 digits (landline / old mobile) or 9 + 8 digits (mobile).
const BRAZIL_NATIONAL = /^[1-9][1-9]9?\d{8}$/;

function accepted(phone: PhoneNumber | undefined): phone is PhoneNumber {
  if (!phone?.isValid() || phone.ext) return false;
  // 11 national digits without the 9 are a valid range elsewhere but not a Brazilian number:
  // "15551234567" typed bare is then read as the international number it is.
  return phone.countryCallingCode !== BRAZIL || BRAZIL_NATIONAL.test(phone.nationalNumber);
}

/**
 * Numbers written without a country code are taken as Brazilian (DDD + number, trunk and carrier
 * prefixes allowed), then, failing that, as international digits (a wa_id).
 */
function parsePhone(input: string): PhoneNumber | undefined {
  const trimmed = input.trim();
  // "00" is the international prefix almost everywhere; Brazil's own carries a carrier code, so the
  // library, with Brazil as the default country, would not take "0055…" as international.
  if (trimmed.startsWith("+") || trimmed.startsWith("00")) {
    const phone = parsePhoneNumberFromString(trimmed.startsWith("00") ? `+${trimmed.slice(2)}` : trimmed);
    return accepted(phone) ? phone : undefined;
  }
  const national = parsePhoneNumberFromString(trimmed, "BR");
  if (accepted(national)) return national;
  const international = parsePhoneNumberFromString(`+${trimmed.replace(/\D/g, "")}`);
  return accepted(international) ? international : undefined;
}

/**
 * Normalises what a person typed (or what Meta sent) to E.164 digits without the "+".
 * Returns null when the input is not a valid number of any country.
 */
export function normalizePhoneDigits(input: string): string | null {
  return parsePhone(input)?.number.slice(1) ?? null;
}

/** Same as normalizePhoneDigits, with the leading "+". */
export function toE164(input: string): string | null {
  return parsePhone(input)?.number ?? null;
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

/**
 * Brazil as "+55 (11) 98765-4321" (also the 9-less "+55 (11) 8765-4321"); other countries in the
 * library's international format ("+1 415 555 2671"); what is no valid number as "+<digits>".
 */
export function formatPhoneBR(phone: string): string {
  const parsed = parsePhone(phone);
  if (!parsed) return `+${phone.replace(/\D/g, "")}`;
  const brazil = parsed.countryCallingCode === BRAZIL ? /^(\d{2})(9?\d{4})(\d{4})$/.exec(parsed.nationalNumber) : null;
  if (brazil) return `+55 (${brazil[1]}) ${brazil[2]}-${brazil[3]}`;
  return parsed.formatInternational();
}
