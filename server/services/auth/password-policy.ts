import "server-only";
import { AppError } from "@/server/errors";
import commonPasswords from "./common-passwords.json";
import { MIN_PASSWORD_LENGTH } from "./password";

export type PasswordProblem = "tooShort" | "containsEmail" | "common";

const COMMON = new Set(commonPasswords);
const LEET: Record<string, string> = { "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", $: "s", "!": "i" };

const stripEdges = (text: string) => text.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
const unleet = (text: string) => text.replace(/[013457@$!]/g, (c) => LEET[c] ?? c);
const withoutSeparators = (text: string) => text.replace(/[\s._\-+]+/g, "");

// "Senha2024!", "p@ssw0rd", "te amo 123": a listed word dressed with digits, symbols or leetspeak.
function isCommon(password: string): boolean {
  const lower = password.toLowerCase();
  const forms = [lower, withoutSeparators(lower)].flatMap((form) => [form, stripEdges(form), unleet(stripEdges(form)), stripEdges(unleet(form))]);
  if (forms.some((form) => COMMON.has(form))) return true;
  // One short chunk repeated ("abcabcabcabc", "111111111111").
  return /^(.{1,4})\1+$/u.test(lower);
}

function containsEmail(password: string, email: string): boolean {
  const lower = withoutSeparators(password.toLowerCase());
  const address = email.trim().toLowerCase();
  const local = address.split("@")[0] ?? "";
  const parts = [address, local, ...local.split(/[._\-+]+/)].map(withoutSeparators).filter((part) => part.length >= 4);
  return parts.some((part) => lower.includes(part));
}

export function passwordProblem(password: string, email: string): PasswordProblem | null {
  if ([...password].length < MIN_PASSWORD_LENGTH) return "tooShort";
  if (containsEmail(password, email)) return "containsEmail";
  if (isCommon(password)) return "common";
  return null;
}

// Every password a person chooses (new user, own change, admin's chosen reset, admin:create) passes here.
export function assertPasswordPolicy(password: string, email: string) {
  const problem = passwordProblem(password, email);
  if (problem) throw new AppError("BAD_REQUEST", `password.${problem}`, { min: MIN_PASSWORD_LENGTH });
}
