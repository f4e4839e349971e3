// First-token latency of reply suggestions through the route, as a browser meets it: POST
// /api/assistant/suggestions signed in as a broker, timed to the first `context` line (retrieval) and
// to the first `draft` line (the model's first words), sequentially. Measured, never asserted.
//
//   npx tsx bench/assistant-first-token.ts <appUrl> <conversationId> [requests=30] [email] [password]
//
// Run it against a server whose AI_BASE_URL is the stand-in (`npm start` in the local demo, or the
// e2e launcher), on a conversation inside its window whose channel has the assistant on.
import { signIn } from "./broker-session";
import { ms, summarize } from "./stats";

const [appUrl = "http://127.0.0.1:3000", conversationId, count = "30", email = "ana@comunicador.dev", password = "comunicador123"] = process.argv.slice(2);
if (!conversationId) throw new Error("usage: npx tsx bench/assistant-first-token.ts <appUrl> <conversationId> [requests] [email] [password]");

type Timing = { context: number; firstDraft: number | null; done: number };

async function once(cookie: string): Promise<Timing> {
  const started = performance.now();
  const response = await fetch(`${appUrl}/api/assistant/suggestions`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie, origin: appUrl },
    body: JSON.stringify({ conversationId }),
  });
  if (!response.ok || !response.body) throw new Error(`${response.status} ${await response.text()}`);
  const timing: Timing = { context: 0, firstDraft: null, done: 0 };
  const decoder = new TextDecoder();
  let buffered = "";
  const reader = response.body.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    buffered += decoder.decode(read.value, { stream: true });
    for (let newline = buffered.indexOf("\n"); newline >= 0; newline = buffered.indexOf("\n")) {
      const event = JSON.parse(buffered.slice(0, newline)) as { type: string; message?: string };
      buffered = buffered.slice(newline + 1);
      const at = performance.now() - started;
      if (event.type === "context") timing.context = at;
      if (event.type === "draft" && timing.firstDraft === null) timing.firstDraft = at;
      if (event.type === "error") throw new Error(event.message);
    }
  }
  timing.done = performance.now() - started;
  return timing;
}

const cookie = await signIn(appUrl, email, password);
await once(cookie); // warm-up: the route's first compile and connections
const timings: Timing[] = [];
for (let i = 0; i < Number(count); i++) timings.push(await once(cookie));

const drafts = timings.flatMap((timing) => (timing.firstDraft === null ? [] : [timing.firstDraft]));
if (drafts.length < timings.length) console.log(`${timings.length - drafts.length} answer(s) without a draft: is the assistant on for this channel, with a provider?`);
for (const [label, samples] of [
  ["retrieval (context line)", timings.map((timing) => timing.context)],
  ["first draft token", drafts],
  ["whole answer", timings.map((timing) => timing.done)],
] as const) {
  const summary = summarize([...samples]);
  console.log(`${label.padEnd(26)} n=${summary.count}  p50 ${ms(summary.p50)}  p95 ${ms(summary.p95)}  max ${ms(summary.max)}`);
}
