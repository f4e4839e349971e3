import next from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Which server/services domains each domain may import, lower layers first: a domain never imports
// one listed after it. Anything else is the reverse of a direction we chose, or a link between
// domains that have no business knowing each other. server/services/folder-dependencies.test.ts
// checks the imports that remain have no cycle.
const DOMAIN_IMPORTS = {
  audit: [],
  "rate-limit": [],
  health: [],
  auth: ["audit"],
  profiles: ["audit"],
  users: ["audit", "auth", "profiles"],
  queues: ["audit"],
  leads: ["audit", "queues"],
  developments: ["audit"],
  "standard-messages": ["audit"],
  channels: ["audit", "leads", "queues"],
  templates: ["audit", "channels"],
  "templates-meta": ["audit", "channels", "templates"],
  conversations: ["audit", "channels", "leads", "templates"],
  messages: ["audit", "channels", "conversations", "leads", "rate-limit", "templates"],
  media: ["audit", "channels", "messages"],
  inbox: ["audit", "channels", "conversations", "leads", "messages", "standard-messages", "templates"],
  webhooks: ["audit", "channels", "conversations", "leads", "media", "messages", "templates", "templates-meta"],
  assistant: ["audit", "developments", "inbox", "leads", "messages"],
  campaigns: ["audit", "channels", "conversations", "leads", "templates"],
};

const domains = Object.keys(DOMAIN_IMPORTS);
for (const [index, domain] of domains.entries()) {
  const upward = DOMAIN_IMPORTS[domain].filter((other) => !domains.slice(0, index).includes(other));
  if (upward.length > 0) throw new Error(`eslint.config.mjs: ${domain} may only import domains listed before it, not ${upward.join(", ")}`);
}
const domainZones = domains.map((domain) => ({
  target: `./server/services/${domain}`,
  from: domains.filter((other) => other !== domain && !DOMAIN_IMPORTS[domain].includes(other)).map((other) => `./server/services/${other}`),
  message: `server/services/${domain} may import only these domains: ${DOMAIN_IMPORTS[domain].join(", ") || "none"} (eslint.config.mjs).`,
}));

// Infrastructure sits below the domains: it never calls a service (pass what it needs in).
const infrastructureZone = {
  target: ["./server/realtime", "./server/meta", "./server/http", "./server/crypto", "./server/media"],
  from: "./server/services",
  message: "Infrastructure does not import services: pass the rule in, or move it below both (e.g. server/auth).",
};

// Background jobs go through the port: only server/jobs knows Inngest.
const jobsZone = {
  target: ["./server/!(jobs)/**/*", "./server/*.ts"],
  from: "./inngest/**/*",
  message: "Ask for background work through server/jobs (the Jobs port); only server/jobs imports inngest/.",
};

// The server never reaches into the UI (texts it stores are codes the screens translate), and no
// shipped code reaches the local stand-ins, the test kits or the benchmarks: production must not
// start, trust or point at any of them.
const layerZones = [
  { target: ["./server", "./inngest"], from: "./app", message: "server/ and inngest/ do not import app/: store a code and let the screen translate it (server/i18n)." },
  {
    target: ["./server", "./inngest", "./app", "./proxy.ts", "./instrumentation-client.ts"],
    from: ["./dev", "./test", "./e2e", "./bench"],
    message: "Shipped code does not import the local stand-ins (dev/), test kits (test/, e2e/) or benchmarks (bench/).",
  },
];

const config = [
  ...next,
  ...nextTs,
  {
    ignores: [".next/**", "generated/**", "node_modules/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["server/**/*.ts", "inngest/**/*.ts", "app/**/*.ts", "app/**/*.tsx", "proxy.ts", "instrumentation-client.ts"],
    ignores: ["**/*.test.ts", "**/*.test.tsx"],
    rules: {
      "import/no-restricted-paths": ["error", { zones: layerZones }],
    },
  },
  {
    // Tests may reach across domains to set up a scene; the app's own code may not.
    files: ["server/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "import/no-restricted-paths": ["error", { zones: [...domainZones, infrastructureZone, jobsZone, ...layerZones] }],
    },
  },
];

export default config;
