// crypto.randomUUID exists only on secure origins; an office deployment on plain http still needs
// idempotency keys, and getRandomValues works everywhere.
export function newClientRequestId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");
}
