import "server-only";
export class BodyTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`request body larger than ${maxBytes} bytes`);
    this.name = "BodyTooLargeError";
  }
}

/**
 * The request's exact bytes, refused as soon as they pass `maxBytes` while streaming in: a
 * chunked request has no Content-Length to check first, and a declared one may lie. The rest of
 * an oversized body is never read (the stream is cancelled).
 */
export async function readBodyWithin(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) throw new BodyTooLargeError(maxBytes);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new BodyTooLargeError(maxBytes);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/** A multipart body read within `maxBytes`; null when it broke off or is not valid multipart. */
export async function readFormWithin(request: Request, maxBytes: number): Promise<FormData | null> {
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = await readBodyWithin(request, maxBytes);
  } catch (error) {
    if (error instanceof BodyTooLargeError) throw error;
    return null;
  }
  const headers = { "content-type": request.headers.get("content-type") ?? "" };
  return new Response(bytes, { headers }).formData().catch(() => null);
}
