import "server-only";

// What the assistant sends to an AI provider passes through here unless the channel's admin allowed
// contact data (LGPD): phone numbers, e-mails and CPFs become placeholders. Prices ("R$ 489.000"),
// areas ("62 m²"), dates, times and CEPs are left alone, since the drafts need them.

export const MASKS = { phone: "[telefone]", email: "[e-mail]", cpf: "[CPF]" } as const;

const EMAIL = /[\p{L}\p{N}_.%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

// 000.000.000-00: the punctuation says it is a CPF, whatever its check digits.
const FORMATTED_CPF = /(?<![\d.])\d{3}\.\d{3}\.\d{3}-\d{2}(?![\d-])/g;

const SEP = String.raw`[\s.-]?`;
// Area codes (DDD) have two digits, none ending in 0; written "11", "011", "(11)" or "(011)".
const DDD = String.raw`(?:\(\s*0?[1-9]{2}\s*\)|0?[1-9]{2})`;
const MOBILE = String.raw`9${SEP}\d{4}`;
const LANDLINE = String.raw`[2-5]\d{3}`;
const COUNTRY = String.raw`(?:\+\s?55|55)${SEP}`;
// Not inside a word or a longer number, and not an amount of money ("R$ 2500-3000").
const START = String.raw`(?<![\w+])(?<!R\$\s*)`;

// With an area code (and maybe +55): "+55 (11) 98765-4321", "11 3456-7890", "5511987654321".
const PHONE_WITH_DDD = new RegExp(String.raw`${START}(?:${COUNTRY})?${DDD}${SEP}(?:${MOBILE}|${LANDLINE})${SEP}\d{4}(?!\d)`, "g");
// Without one: a mobile "98765-4321" / "9 8765 4321", or a landline "3456-7890" written with a dash or dot.
const MOBILE_ALONE = new RegExp(String.raw`${START}${MOBILE}${SEP}\d{4}(?!\d)`, "g");
// Not a piece of a figure either ("1.2500-3000"); punctuation that ends the sentence is fine.
const NOT_AFTER_FIGURE = String.raw`(?<!\d[.,]|-)`;
const NOT_BEFORE_FIGURE = String.raw`(?![\d-]|[.,]\d)`;
const LANDLINE_ALONE = new RegExp(String.raw`${START}${NOT_AFTER_FIGURE}${LANDLINE}[.-]\d{4}${NOT_BEFORE_FIGURE}`, "g");
// Other countries, always written with their "+": 8 to 15 digits.
const FOREIGN_PHONE = /(?<![\w+])\+(?!\s?55)\d{1,3}(?:[\s.-]?\(?\d{2,5}\)?){2,5}(?!\d)/g;
// A year range ("2026-2027") reads like a landline without its area code.
const YEAR_RANGE = /^(?:19|20)\d{2}[.-](?:19|20)\d{2}$/;

// Eleven bare digits are a CPF only when its check digits agree (else they may be a phone, below).
const BARE_ELEVEN_DIGITS = new RegExp(String.raw`(?<!\w)${NOT_AFTER_FIGURE}\d{11}${NOT_BEFORE_FIGURE}`, "g");

function isCpf(digits: string): boolean {
  if (/^(\d)\1{10}$/.test(digits)) return false;
  const check = (length: number) => {
    const sum = [...digits.slice(0, length)].reduce((total, digit, index) => total + Number(digit) * (length + 1 - index), 0);
    return ((sum * 10) % 11) % 10;
  };
  return check(9) === Number(digits[9]) && check(10) === Number(digits[10]);
}

const digitCount = (text: string) => text.replace(/\D/g, "").length;

export function maskContactData(text: string): string {
  return text
    .replace(EMAIL, MASKS.email)
    .replace(FORMATTED_CPF, MASKS.cpf)
    .replace(BARE_ELEVEN_DIGITS, (match) => (isCpf(match) ? MASKS.cpf : match))
    .replace(FOREIGN_PHONE, (match) => (digitCount(match) >= 8 && digitCount(match) <= 15 ? MASKS.phone : match))
    .replace(PHONE_WITH_DDD, MASKS.phone)
    .replace(MOBILE_ALONE, MASKS.phone)
    .replace(LANDLINE_ALONE, (match) => (YEAR_RANGE.test(match) ? match : MASKS.phone));
}
