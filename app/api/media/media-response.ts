import { contentDisposition } from "@/server/services/developments/media-download";
import { byteRange } from "./byte-range";

export type ServedMedia = { bytes: Buffer; mimeType: string; fileName: string };

// One answer for every stored file (development materials, message media): inline or download,
// byte ranges for players that seek, and never anything a browser would run.
export function mediaResponse(request: Request, media: ServedMedia): Response {
  const download = new URL(request.url).searchParams.get("download") === "1";
  const size = media.bytes.byteLength;
  const headers: Record<string, string> = {
    "Content-Type": media.mimeType,
    "Content-Disposition": contentDisposition(media.fileName, media.mimeType, download),
    "X-Content-Type-Options": "nosniff",
    "Accept-Ranges": "bytes",
    // Chrome's PDF viewer refuses a sandboxed document; PDFs are content-checked at upload instead.
    ...(media.mimeType === "application/pdf" ? {} : { "Content-Security-Policy": "default-src 'none'; img-src 'self'; media-src 'self'; sandbox" }),
    "Cache-Control": "private, max-age=300",
  };
  const range = request.headers.has("range") ? byteRange(request.headers.get("range"), size) : undefined;
  if (range === null) return new Response(null, { status: 416, headers: { "Content-Range": `bytes */${size}` } });
  if (range) {
    const part = media.bytes.subarray(range.start, range.end + 1);
    return new Response(new Uint8Array(part), {
      status: 206,
      headers: { ...headers, "Content-Length": String(part.byteLength), "Content-Range": `bytes ${range.start}-${range.end}/${size}` },
    });
  }
  return new Response(new Uint8Array(media.bytes), { headers: { ...headers, "Content-Length": String(size) } });
}
