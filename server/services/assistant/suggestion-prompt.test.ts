import { describe, expect, it } from "vitest";
import { suggestionPrompt } from "./suggestion-prompt";

const facts = [
  { ref: "F1", text: "Residencial Jardins — 2 quartos (62 m², 1 suíte, 1 vaga): a partir de R$ 489.000" },
  { ref: "F2", text: "Residencial Jardins — endereço: Av. das Palmeiras, 1200 – Vila Mariana, São Paulo/SP" },
];

// The lines the stand-in (dev/ai-stand-in/prompt-parts.ts) and any reader of the format look for.
const FACT_LINE = /^\s*(?:[-*]\s*)?\[(F\d+)\]\s*(.+?)\s*$/;
const SAID_LINE = /^\s*(?:[-*]\s*)?(?:\[[^\]]*\]\s*)?(lead|cliente|corretora?|broker)\s*(?:\([^)]*\))?\s*:\s*(.+?)\s*$/i;

describe("suggestionPrompt", () => {
  const { system, prompt } = suggestionPrompt({
    facts,
    conversation: [
      { direction: "INBOUND", text: "Oi! Vi o anúncio do Jardins." },
      { direction: "OUTBOUND", text: "Olá! Como posso ajudar?" },
      { direction: "INBOUND", text: "qual o valor\ndo 2 quartos?" },
    ],
    unanswered: [{ text: "Valor do condomínio" }],
    leadName: "Maria",
  });

  it("names the task on its own line and lists each fact as [Fn] text", () => {
    expect(system.split("\n")[0]).toBe("TAREFA: sugestoes");
    const factLines = system.split("\n").filter((line) => FACT_LINE.test(line));
    expect(factLines).toEqual([`[F1] ${facts[0]!.text}`, `[F2] ${facts[1]!.text}`]);
  });

  it("states the rules: only these facts, never invented numbers or addresses, pt-BR, short, WhatsApp, numbered drafts citing facts", () => {
    expect(system).toMatch(/somente os fatos/);
    expect(system).toMatch(/Nunca invente pre[çc]os.*endere[çc]os/);
    expect(system).toMatch(/Portugu[êe]s do Brasil/);
    expect(system).toMatch(/WhatsApp/);
    expect(system).toMatch(/curto/);
    expect(system).toMatch(/"1\) "/);
    expect(system).toMatch(/vai confirmar/);
  });

  it("lists what the app cannot answer apart from the facts", () => {
    expect(system).toMatch(/SEM RESPOSTA NO SISTEMA[^\n]*\n- Valor do condomínio/);
  });

  it("writes the conversation as Lead:/Corretor: lines, one line per message, the lead's question last", () => {
    const said = prompt.split("\n").filter((line) => SAID_LINE.test(line));
    expect(said).toEqual(["Lead: Oi! Vi o anúncio do Jardins.", "Corretor: Olá! Como posso ajudar?", "Lead: qual o valor do 2 quartos?"]);
    expect(prompt).toMatch(/O lead se chama Maria\./);
  });

  it("no rule or instruction line reads as a fact or as something said", () => {
    const stray = [...system.split("\n"), ...prompt.split("\n")].filter((line) => (FACT_LINE.test(line) && !facts.some((f) => line.endsWith(f.text))) || (SAID_LINE.test(line) && !/^(Lead|Corretor): /.test(line)));
    expect(stray).toEqual([]);
    expect(system.split("\n").filter((line) => SAID_LINE.test(line))).toEqual([]);
  });

  it("with no fact says so instead of listing none, and keeps only the last 12 messages", () => {
    const many = Array.from({ length: 20 }, (_, i) => ({ direction: "INBOUND" as const, text: `mensagem ${i}` }));
    const result = suggestionPrompt({ facts: [], conversation: many, unanswered: [], leadName: null });
    expect(result.system).toMatch(/nenhum fato disponível/);
    expect(result.system).not.toMatch(/SEM RESPOSTA/);
    const said = result.prompt.split("\n").filter((line) => SAID_LINE.test(line));
    expect(said).toHaveLength(12);
    expect(said.at(-1)).toBe("Lead: mensagem 19");
    expect(result.prompt).not.toMatch(/se chama/);
  });
});
