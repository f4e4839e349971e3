import type { Page } from "@playwright/test";
import { expect, loginAs, test } from "./fixtures";

// A page's content streams in hidden (<div hidden id="S:…">) and waits for React's batched reveal.
// If anything re-renders its Suspense boundary meanwhile (a context change above it, like a provider
// updating on mount), React renders the content on the client beside the hidden streamed copy, and
// for up to ~300 ms the page holds two: Playwright's strict mode failed on those in CI. Here the
// reveal is held (the page's clock is paused) until the page has hydrated, so the window is wide on any
// machine, and a MutationObserver installed before the first byte records the most copies ever seen.

type Copies = { most: Record<string, number>; streamedHidden: boolean };

function watchCopies(selectors: Record<string, string>) {
  const copies: Copies = { most: {}, streamedHidden: false };
  Object.assign(window, { __copies: copies });
  const check = () => {
    for (const [name, selector] of Object.entries(selectors)) {
      const perKey = new Map<string, number>();
      for (const element of document.querySelectorAll(selector)) {
        if (element.closest("[hidden]")) copies.streamedHidden = true;
        // Rows are told apart by their link; a single element (the countdown) has none.
        const key = element.querySelector("a[href]")?.getAttribute("href") ?? "";
        perKey.set(key, (perKey.get(key) ?? 0) + 1);
      }
      copies.most[name] = Math.max(copies.most[name] ?? 0, ...perKey.values());
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
}

/** Loads `path` with the reveal held until the page is hydrated and its mount effects ran, then lets it go. */
async function loadWithRevealHeld(page: Page, path: string): Promise<Copies> {
  await page.clock.install();
  await page.clock.pauseAt(Date.now() + 1_000);
  await page.goto(path, { waitUntil: "domcontentloaded" });
  // Next's router adds its announcer from an effect after hydration: every provider has mounted by then.
  await expect(page.locator("next-route-announcer")).toHaveCount(1);
  // One more task, for the renders those effects scheduled (React schedules through MessageChannel).
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => done();
        channel.port2.postMessage(null);
      }),
  );
  await page.clock.resume();
  return page.evaluate(() => (window as unknown as { __copies: Copies }).__copies);
}

test.describe("right after a page load", () => {
  test("the chat header's window countdown is never present twice", async ({ page }) => {
    await page.addInitScript(watchCopies, { countdown: '[data-testid="window-countdown"]', title: '[data-testid="chat-title"]' });
    await loginAs(page, "ana");
    const href = await page.getByTestId("conversation-row").filter({ hasText: "Maria Souza" }).getAttribute("href");
    const copies = await loadWithRevealHeld(page, href ?? "/inbox");
    await expect(page.getByTestId("window-countdown")).toHaveCount(1);
    expect(copies.streamedHidden, "the page's content streamed in hidden first").toBe(true);
    expect(copies.most).toEqual({ countdown: 1, title: 1 });
  });

  test("a row of the leads list is never present twice", async ({ page }) => {
    await page.addInitScript(watchCopies, { leadRow: '[data-testid="lead-row"]' });
    await loginAs(page, "manager");
    const copies = await loadWithRevealHeld(page, "/leads");
    await expect(page.getByTestId("lead-row").first()).toBeVisible();
    expect(copies.streamedHidden, "the page's content streamed in hidden first").toBe(true);
    expect(copies.most).toEqual({ leadRow: 1 });
  });
});
