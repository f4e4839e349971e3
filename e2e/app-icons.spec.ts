import { expect, test } from "./fixtures";

const PNG_SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];
const pngWidth = (png: Buffer) => png.readUInt32BE(16);

// Issue 12 item 12: no 404 for /favicon.ico, and brokers can install the inbox on a phone.
test("the app serves /favicon.ico and a web manifest whose icons a phone can install", async ({ page, request }) => {
  const favicon = await request.get("/favicon.ico");
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()["content-type"]).toBe("image/x-icon");
  const ico = await favicon.body();
  expect([...ico.subarray(0, 6)]).toEqual([0, 0, 1, 0, 1, 0]);
  expect([...ico.subarray(22, 30)]).toEqual(PNG_SIGNATURE);
  expect(pngWidth(ico.subarray(22))).toBe(32);

  await page.goto("/login");
  const href = await page.locator('link[rel="manifest"]').getAttribute("href");
  expect(href).toBeTruthy();
  const manifest = (await (await request.get(href ?? "")).json()) as { name: string; start_url: string; display: string; icons: { src: string; sizes: string; type: string }[] };
  expect(manifest).toMatchObject({ name: "Comunicador", start_url: "/inbox", display: "standalone" });
  expect(manifest.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  for (const icon of manifest.icons) {
    const served = await request.get(icon.src);
    expect(served.status(), icon.src).toBe(200);
    expect(served.headers()["content-type"]).toBe("image/png");
    const png = await served.body();
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(`${pngWidth(png)}x${pngWidth(png)}`).toBe(icon.sizes);
  }
  await expect(page.locator('link[rel="icon"]')).not.toHaveCount(0);
  await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveCount(1);
});
