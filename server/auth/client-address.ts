import "server-only";
import { isIP } from "node:net";

const normalize = (address: string | undefined) => {
  const trimmed = address?.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
  return trimmed && isIP(trimmed) ? trimmed : null;
};

// The address the login limits count against. X-Forwarded-For is written by whoever sent the
// request, so it is read as follows:
// - TRUST_PROXY=N (N reverse proxies in front, each appending the address it saw): the entry the
//   outermost proxy appended, N from the right. Entries left of it are the client's own claims.
// - TRUST_PROXY unset (0): Next.js fills the header with the socket's address when the request
//   brings none. A single entry is taken as that address; more than one means something in
//   between (or the client) added to it, and the address counts as unknown (null).
export function clientAddress(headers: Headers, trustedProxies: number): string | null {
  const chain = (headers.get("x-forwarded-for") ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
  if (trustedProxies > 0) return chain.length >= trustedProxies ? normalize(chain[chain.length - trustedProxies]) : null;
  return chain.length === 1 ? normalize(chain[0]) : null;
}
