import { appIcon } from "./_brand/app-icon";

export const contentType = "image/png";

// The browser tab's icon and the web manifest's (Android's home screen wants 192 and 512).
export function generateImageMetadata() {
  return [32, 192, 512].map((px) => ({ id: String(px), size: { width: px, height: px }, contentType }));
}

export default async function Icon({ id }: { id: Promise<string | number> }) {
  return appIcon(Number(await id));
}
