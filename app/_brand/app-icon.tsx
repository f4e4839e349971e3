import { ImageResponse } from "next/og";

// The app's mark, drawn in code (the repository carries no binaries): a white chat bubble on the
// brand teal, edge to edge so phones may crop it to their own shape (a "maskable" icon).
const BRAND = "#0f766e";

export function appIcon(size: number): ImageResponse {
  const dot = Math.round(size * 0.07);
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", alignItems: "center", justifyContent: "center", background: BRAND }}>
        <div style={{ position: "relative", width: "58%", height: "44%", display: "flex", alignItems: "center", justifyContent: "center", gap: dot, background: "#ffffff", borderRadius: size * 0.14 }}>
          <div style={{ position: "absolute", left: "14%", bottom: -size * 0.07, width: size * 0.16, height: size * 0.16, background: "#ffffff", transform: "rotate(45deg)" }} />
          <div style={{ width: dot, height: dot, borderRadius: dot, background: BRAND }} />
          <div style={{ width: dot, height: dot, borderRadius: dot, background: BRAND }} />
          <div style={{ width: dot, height: dot, borderRadius: dot, background: BRAND }} />
        </div>
      </div>
    ),
    { width: size, height: size },
  );
}

/** A .ico holding one PNG (every browser reads PNG-in-ICO): what /favicon.ico serves. */
export function icoFromPng(png: Uint8Array, size: number): Uint8Array<ArrayBuffer> {
  const header = new Uint8Array(22);
  const view = new DataView(header.buffer);
  view.setUint16(2, 1, true); // type: icon
  view.setUint16(4, 1, true); // one image
  header[6] = size >= 256 ? 0 : size;
  header[7] = size >= 256 ? 0 : size;
  view.setUint16(10, 1, true); // colour planes
  view.setUint16(12, 32, true); // bits per pixel
  view.setUint32(14, png.byteLength, true);
  view.setUint32(18, header.byteLength, true);
  const ico = new Uint8Array(header.byteLength + png.byteLength);
  ico.set(header);
  ico.set(png, header.byteLength);
  return ico;
}
