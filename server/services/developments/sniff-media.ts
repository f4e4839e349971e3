import "server-only";
// The first bytes of a file must agree with its declared type: a page renamed to .png is refused
// before it is stored and served back to browsers.
const startsWith = (bytes: Uint8Array, signature: number[], offset = 0) => signature.every((b, i) => bytes[offset + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const SIGNATURES: Record<string, (bytes: Uint8Array) => boolean> = {
  "image/jpeg": (b) => startsWith(b, [0xff, 0xd8, 0xff]),
  "image/png": (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  "application/pdf": (b) => startsWith(b, ascii("%PDF-")),
  "video/mp4": (b) => startsWith(b, ascii("ftyp"), 4),
  "video/3gpp": (b) => startsWith(b, ascii("ftyp"), 4),
  "application/msword": (b) => startsWith(b, OLE),
  "application/vnd.ms-excel": (b) => startsWith(b, OLE),
  "application/vnd.ms-powerpoint": (b) => startsWith(b, OLE),
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": (b) => startsWith(b, ZIP),
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": (b) => startsWith(b, ZIP),
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": (b) => startsWith(b, ZIP),
  // Plain text: no NUL byte in the first kilobyte.
  "text/plain": (b) => !b.subarray(0, 1024).includes(0),
};

export function contentMatchesType(mimeType: string, bytes: Uint8Array): boolean {
  return SIGNATURES[mimeType]?.(bytes) ?? false;
}
