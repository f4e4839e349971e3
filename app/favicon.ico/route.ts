import { appIcon, icoFromPng } from "../_brand/app-icon";

// Browsers ask for /favicon.ico on a first visit whatever the page links; Next cannot generate a
// favicon from code, so this route wraps the generated 32 px icon in an .ico, once, at build.
export const dynamic = "force-static";

export async function GET() {
  const png = new Uint8Array(await appIcon(32).arrayBuffer());
  return new Response(icoFromPng(png, 32), { headers: { "content-type": "image/x-icon", "cache-control": "public, max-age=86400" } });
}
