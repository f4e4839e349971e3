import { expect, test as base, type APIRequestContext, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { uniqueSuffix } from "../prisma/seed/unique";
import { ACTIVE_NUMBER, conversationOf, createSandboxLead, leadInbox, leadReads, leadWrites, newLeadPhone, SANDBOX, trpcMutation, userId } from "./inbox-support";
import { seedJardinsLead } from "./leads-support";

export const DEMO_PASSWORD = "comunicador123";
export const DEMO = {
  admin: { email: "admin@comunicador.dev", name: "Administradora Demo" },
  manager: { email: "gestor@comunicador.dev", name: "Gustavo Gestor" },
  ana: { email: "ana@comunicador.dev", name: "Ana Corretora" },
  bruno: { email: "bruno@comunicador.dev", name: "Bruno Corretor" },
} as const;

type DemoUser = keyof typeof DEMO;

// For specs about the login itself; the others take a signed-in page from the fixtures below.
export async function login(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Senha").fill(password);
  await page.getByRole("button", { name: "Entrar" }).click();
}

export async function loginAs(page: Page, who: DemoUser) {
  await login(page, DEMO[who].email);
  await expect(page.getByTestId("current-user")).toHaveText(DEMO[who].name);
}

/**
 * Navigates and waits for hydration: a control rendered by the server does nothing until React attaches
 * its handlers, so a click that lands earlier is lost (a Radix menu never opens). Next's router adds its
 * announcer from an effect once the page has hydrated.
 */
export async function gotoHydrated(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator("next-route-announcer")).toHaveCount(1);
}

type ContextOptions = { baseURL?: string; locale?: string; timezoneId?: string };

/** A browser context of its own (its own cookies), signed in as a demo user. */
async function signedInPage(browser: Browser, who: DemoUser, options: ContextOptions): Promise<Page> {
  const page = await (await browser.newContext(options)).newPage();
  await loginAs(page, who);
  return page;
}

type Conversation = { phone: string; name: string; conversationId: string };

/** The WhatsApp sandbox's phone: leads writing to the demo's active number, and what reaches them. */
export type SandboxPhone = {
  url: string;
  number: string;
  newPhone(): string;
  /** The lead writes from `phone` (creating the lead in the sandbox on first contact). */
  writes(phone: string, text: string, name?: string): Promise<void>;
  /** A new lead writes first; resolves once the app stored the conversation. `autoRead: false` leaves replies unread. */
  leadStarts(text: string, options?: { name?: string; autoRead?: boolean }): Promise<Conversation>;
  conversationOf(phone: string): Promise<string>;
  inbox(phone: string): Promise<{ text?: string; status?: string }[]>;
  reads(phone: string): Promise<void>;
};

function sandboxPhone(request: APIRequestContext): SandboxPhone {
  return {
    url: SANDBOX,
    number: ACTIVE_NUMBER,
    newPhone: newLeadPhone,
    writes: (phone, text, name) => leadWrites(request, phone, text, name),
    async leadStarts(text, { name = `Lead ${uniqueSuffix()}`, autoRead } = {}) {
      const phone = newLeadPhone();
      if (autoRead !== undefined) await createSandboxLead(request, phone, name, autoRead);
      await leadWrites(request, phone, text, name);
      return { phone, name, conversationId: await conversationOf(phone) };
    },
    conversationOf,
    inbox: (phone) => leadInbox(request, phone),
    reads: (phone) => leadReads(request, phone),
  };
}

type Fixtures = {
  /** Signed in, each in a browser context of its own, closed after the test. */
  adminPage: Page;
  managerPage: Page;
  /** Ana, the demo's broker. */
  brokerPage: Page;
  /** The manager hands a conversation to a demo user, through tRPC: as `by` (a test's own managerPage), or a session of its own. */
  assign: (conversationId: string, to: DemoUser, by?: Page) => Promise<void>;
  /** A fresh lead of Ana's in Residencial Jardins. */
  seededLead: Awaited<ReturnType<typeof seedJardinsLead>>;
  sandboxPhone: SandboxPhone;
};

function rolePage(who: DemoUser) {
  return async ({ browser, baseURL, locale, timezoneId }: { browser: Browser } & ContextOptions, provide: (page: Page) => Promise<void>) => {
    const page = await signedInPage(browser, who, { baseURL, locale, timezoneId });
    await provide(page);
    await page.context().close();
  };
}

export const test = base.extend<Fixtures>({
  adminPage: rolePage("admin"),
  managerPage: rolePage("manager"),
  brokerPage: rolePage("ana"),
  // A manager's session with no page open: a rendered inbox would keep reacting to the test's messages.
  assign: async ({ browser, baseURL, locale, timezoneId }, provide) => {
    let manager: BrowserContext | undefined;
    await provide(async (conversationId, to, by) => {
      if (by) return trpcMutation(by, "inbox.assign", { conversationId, assigneeId: await userId(DEMO[to].email) });
      if (!manager) {
        const page = await signedInPage(browser, "manager", { baseURL, locale, timezoneId });
        await page.close();
        manager = page.context();
      }
      await trpcMutation(manager, "inbox.assign", { conversationId, assigneeId: await userId(DEMO[to].email) });
    });
    await manager?.close();
  },
  seededLead: async ({}, provide) => {
    await provide(await seedJardinsLead(DEMO.ana.email));
  },
  sandboxPhone: async ({ request }, provide) => {
    await provide(sandboxPhone(request));
  },
});

export { expect };
