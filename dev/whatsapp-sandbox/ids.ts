import { randomBytes, randomInt } from "node:crypto";
import { fakeWamid } from "./meta-message-bodies";

export const newWamid = fakeWamid;

/**
 * Meta's object ids (media, templates, numbers) are 15-digit decimal strings. Staying below
 * 2^53 matters: template webhooks carry the id as a JSON number.
 */
export function newNumericId(): string {
  return `${randomInt(1, 10)}${String(randomInt(0, 1e8)).padStart(8, "0")}${String(randomInt(0, 1e6)).padStart(6, "0")}`;
}

export function newFbtraceId(): string {
  return randomBytes(8).toString("base64url");
}

/** Business-scoped user id as Meta formats it: country code, dot, digits. */
export function newUserId(countryCode = "BR"): string {
  return `${countryCode}.${newNumericId()}`;
}
