// crypto.randomUUID exists only on secure origins; a deployment on plain http inside an office
// network still needs idempotency keys, and getRandomValues works everywhere.
export function newRequestId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
