import type { ServerResponse } from "node:http";
import { sendJson } from "./http-io";
import { newFbtraceId } from "./ids";

type CatalogEntry = { message: string; details: string; httpStatus?: number };

// Meta's wording for the errors the sandbox produces (English, as the Graph API answers).
const CATALOG: Record<number, CatalogEntry> = {
  1: { message: "An unknown error occurred", details: "An unknown error occurred", httpStatus: 500 },
  2: { message: "An unexpected error has occurred. Please retry your request later.", details: "Service temporarily unavailable", httpStatus: 503 },
  100: { message: "(#100) Invalid parameter", details: "Invalid parameter" },
  190: { message: "Invalid OAuth access token - Cannot parse access token", details: "", httpStatus: 401 },
  368: { message: "(#368) Temporarily blocked for policies violations", details: "The account is restricted for violating WhatsApp policies." },
  130429: { message: "(#130429) Rate limit hit", details: "Cloud API message throughput has been reached." },
  131000: { message: "(#131000) Something went wrong", details: "Something went wrong", httpStatus: 500 },
  131026: { message: "(#131026) Message undeliverable", details: "Unable to deliver message. The recipient may not be a WhatsApp user." },
  131047: {
    message: "(#131047) Re-engagement message",
    details: "Message failed to send because more than 24 hours have passed since the customer last replied to this number.",
  },
  131048: { message: "(#131048) Spam rate limit hit", details: "Message failed to send because there are restrictions on how many messages can be sent from this phone number." },
  131050: { message: "(#131050) Unable to deliver the message", details: "This recipient has chosen to stop receiving marketing messages on WhatsApp from your business." },
  131052: { message: "(#131052) Media download error", details: "Unable to download the media sent by the user." },
  131053: { message: "(#131053) Media upload error", details: "Unable to upload the media used in the message." },
  131056: {
    message: "(#131056) (Business Account, Consumer Account) pair rate limit hit",
    details: "Too many messages sent from the sender phone number to the same recipient phone number in a short period of time.",
  },
  132000: { message: "(#132000) Number of parameters does not match the expected number of params", details: "The number of variable parameter values does not match the number of variables in the template." },
  132001: { message: "(#132001) Template name does not exist in the translation", details: "The template does not exist in the specified language or has not been approved." },
  132012: { message: "(#132012) Parameter format does not match format in the created template", details: "Variable parameter values formatted incorrectly." },
  132015: { message: "(#132015) Template is Paused", details: "The template has been paused due to low quality." },
  132016: { message: "(#132016) Template is Disabled", details: "The template has been permanently disabled due to low quality." },
};

export function graphErrorEntry(code: number): CatalogEntry & { title: string } {
  const entry = CATALOG[code] ?? { message: `(#${code}) Simulated error`, details: "Error simulated by the WhatsApp sandbox" };
  return { ...entry, title: entry.message.replace(/^\(#\d+\)\s*/, "") };
}

export function graphErrorStatus(code: number): number {
  return CATALOG[code]?.httpStatus ?? 400;
}

export function sendGraphError(
  res: ServerResponse,
  code: number,
  options: { details?: string; subcode?: number; httpStatus?: number } = {},
): void {
  const entry = graphErrorEntry(code);
  const details = options.details ?? entry.details;
  sendJson(res, options.httpStatus ?? graphErrorStatus(code), {
    error: {
      message: entry.message,
      type: "OAuthException",
      code,
      ...(options.subcode ? { error_subcode: options.subcode } : {}),
      ...(details ? { error_data: { messaging_product: "whatsapp", details } } : {}),
      fbtrace_id: newFbtraceId(),
    },
  });
}
