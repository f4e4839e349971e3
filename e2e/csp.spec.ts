import type { Page, Response } from "@playwright/test";
import { MessageDirection } from "../generated/prisma/enums";
import { DEMO_CHANNELS } from "../prisma/seed/demo";
import { seedConversation, seedLead } from "../prisma/seed/leads";
import { uniqueSuffix } from "../prisma/seed/unique";
import { DEMO, expect, loginAs, test } from "./fixtures";
import { userId } from "./inbox-support";
import { e2eDb } from "./leads-support";

// Every main page, signed in as an administrator and as a broker, under the production build's
// Content-Security-Policy: scripts run only with the request's nonce, never as 'unsafe-inline', and
// nothing the pages do (Next.js, next-intl, next-auth, tRPC, pusher-js) trips the policy.

type Violation = { directive: string; blocked: string; source: string };

async function watchCsp(page: Page) {
  const violations: Violation[] = [];
  const messages: string[] = [];
  // Exposed to every document the page loads, so a violation during a navigation is not lost.
  await page.exposeFunction("__reportCspViolation", (violation: Violation) => void violations.push(violation));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { __reportCspViolation: (v: Violation) => void }).__reportCspViolation;
      void report({ directive: event.effectiveDirective, blocked: event.blockedURI, source: `${event.sourceFile}:${event.lineNumber}` });
    });
  });
  page.on("console", (message) => {
    if (/content security policy|refused to (execute|load|connect|apply|evaluate)/i.test(message.text())) messages.push(message.text());
  });
  return { violations, messages };
}

function scriptSources(response: Response | null): { policy: string; scriptSrc: string; nonce: string | undefined } {
  const policy = response?.headers()["content-security-policy"] ?? "";
  const scriptSrc = policy.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src ")) ?? "";
  return { policy, scriptSrc, nonce: /'nonce-([^']+)'/.exec(scriptSrc)?.[1] };
}

/** Loads a page, checks its policy header and that the page's own scripts ran. */
async function visit(page: Page, path: string, seenNonces: Set<string>) {
  const response = await page.goto(path, { waitUntil: "networkidle" });
  expect(response?.status(), path).toBeLessThan(400);
  const { policy, scriptSrc, nonce } = scriptSources(response);
  expect(nonce, `${path}: ${policy}`).toBeTruthy();
  expect(scriptSrc, path).not.toContain("'unsafe-inline'");
  expect(scriptSrc, path).not.toContain("'unsafe-eval'");
  expect(seenNonces.has(nonce ?? ""), `${path}: a nonce is never reused`).toBe(false);
  seenNonces.add(nonce ?? "");
  // Next.js's bootstrap script sets window.next: it ran, so the nonce reached it.
  await expect.poll(() => page.evaluate(() => "next" in window), { message: path }).toBe(true);
}

async function anaConversation() {
  const db = await e2eDb();
  const ana = await db.user.findUniqueOrThrow({ where: { email: DEMO.ana.email } });
  const channel = await db.channel.findUniqueOrThrow({ where: { phoneNumberId: DEMO_CHANNELS.active.phoneNumberId } });
  const suffix = uniqueSuffix();
  const lead = await seedLead(db, { name: `Lead CSP ${suffix}`, ownerId: ana.id });
  const conversation = await seedConversation(db, {
    leadId: lead.id,
    channelId: channel.id,
    assigneeId: ana.id,
    messages: [{ direction: MessageDirection.INBOUND, body: `Oi! Quero ver a planta. (${suffix})`, minutesAgo: 5 }],
  });
  return { leadId: lead.id, conversationId: conversation.id, channelId: channel.id, message: `Oi! Quero ver a planta. (${suffix})` };
}

async function settingsPaths(channelId: string): Promise<string[]> {
  const db = await e2eDb();
  const [template, development, profile, queue] = await Promise.all([
    db.messageTemplate.findFirstOrThrow({ where: { channelId }, select: { id: true } }),
    db.development.findFirstOrThrow({ select: { id: true } }),
    db.accessProfile.findFirstOrThrow({ where: { isAdmin: false }, select: { id: true } }),
    db.leadQueue.findFirstOrThrow({ select: { id: true } }),
  ]);
  return [
    "/settings",
    "/settings/audit",
    "/settings/channels",
    "/settings/channels/new",
    "/settings/channels/templates",
    `/settings/channels/${channelId}`,
    `/settings/channels/${channelId}/links`,
    `/settings/channels/${channelId}/templates`,
    `/settings/channels/${channelId}/templates/new`,
    `/settings/channels/${channelId}/templates/${template.id}`,
    "/settings/developments",
    `/settings/developments/${development.id}`,
    "/settings/profiles",
    "/settings/profiles/new",
    `/settings/profiles/${profile.id}`,
    "/settings/queues",
    "/settings/queues/new",
    `/settings/queues/${queue.id}`,
    "/settings/standard-messages",
    "/settings/users",
  ];
}

// Under load a page here takes several seconds to go idle; the admin's list is long.
test.describe("Content-Security-Policy", () => {
  test("the login page and a broker's inbox, conversation, leads and lead page run under a nonce policy with no violation", async ({ page }) => {
    test.setTimeout(180_000);
    const csp = await watchCsp(page);
    const nonces = new Set<string>();
    const { leadId, conversationId, message } = await anaConversation();

    await visit(page, "/login", nonces);
    await loginAs(page, "ana");
    for (const path of ["/inbox", "/leads", `/leads/${leadId}`, `/inbox/${conversationId}`]) await visit(page, path, nonces);
    // The conversation rendered and pusher-js reached Soketi through connect-src: both its channels are confirmed.
    await expect(page.getByTestId("message").getByText(message)).toBeVisible();
    const channels = page.locator("html");
    await expect(channels).toHaveAttribute("data-realtime-channels", new RegExp(`private-inbox-${await userId(DEMO.ana.email)}`));
    await expect(channels).toHaveAttribute("data-realtime-channels", new RegExp(`private-conversation-${conversationId}`));

    expect(csp.violations).toEqual([]);
    expect(csp.messages).toEqual([]);
  });

  test("an injected inline handler does not run and is reported, which is what the checks above rely on", async ({ page }) => {
    const csp = await watchCsp(page);
    await visit(page, "/login", new Set());
    await page.evaluate(() => document.body.insertAdjacentHTML("beforeend", `<img alt="" src="/nao-existe.png" onerror="window.__injected = true">`));
    await expect.poll(() => csp.violations.map((v) => v.directive)).toContain("script-src-attr");
    expect(await page.evaluate(() => "__injected" in window)).toBe(false);
  });

  test("an administrator's inbox, conversation, leads and lead page run under a nonce policy with no violation", async ({ page }) => {
    test.setTimeout(180_000);
    const csp = await watchCsp(page);
    const nonces = new Set<string>();
    const { leadId, conversationId, message } = await anaConversation();

    await loginAs(page, "admin");
    for (const path of ["/inbox", "/leads", `/leads/${leadId}`, `/inbox/${conversationId}`]) await visit(page, path, nonces);
    await expect(page.getByTestId("message").getByText(message)).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("data-realtime-channels", new RegExp(`private-conversation-${conversationId}`));

    expect(csp.violations).toEqual([]);
    expect(csp.messages).toEqual([]);
  });

  test("every settings page runs under a nonce policy with no violation", async ({ page }) => {
    test.setTimeout(360_000);
    const csp = await watchCsp(page);
    const nonces = new Set<string>();
    const { channelId } = await anaConversation();

    await loginAs(page, "admin");
    for (const path of await settingsPaths(channelId)) await visit(page, path, nonces);

    expect(csp.violations).toEqual([]);
    expect(csp.messages).toEqual([]);
  });
});
