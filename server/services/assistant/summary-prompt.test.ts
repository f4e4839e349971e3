import { describe, expect, it } from "vitest";
import { buildSummaryPrompt, parseSummary } from "./summary-prompt";

describe("the summary prompt", () => {
  it("names the task, the lead's developments and carries the conversation lines", () => {
    const { system, prompt } = buildSummaryPrompt({
      lines: ["Lead: qual o valor do 2 quartos?", "Corretor: Vou te enviar a tabela."],
      developments: [{ name: "Residencial Aurora", address: "Rua das Flores, 100", city: "Campinas" }],
    });
    expect(system.split("\n")[0]).toBe("TAREFA: resumo");
    expect(system).toContain("- Residencial Aurora (Rua das Flores, 100, Campinas)");
    expect(system).toContain('"wants"');
    expect(prompt.split("\n").slice(1)).toEqual(["Lead: qual o valor do 2 quartos?", "Corretor: Vou te enviar a tabela."]);
  });

  it("says when the lead has no development", () => {
    expect(buildSummaryPrompt({ lines: [], developments: [] }).system).toContain("(nenhum empreendimento vinculado ao lead)");
  });
});

describe("reading the model's summary", () => {
  const summary = { wants: "Quer 2 quartos, saber o valor.", promised: "Enviar a tabela.", pending: "Enviar a tabela." };

  it("takes the JSON object, also inside prose or a ``` fence", () => {
    expect(parseSummary(JSON.stringify(summary))).toEqual(summary);
    expect(parseSummary(`Claro! Aqui está:\n\`\`\`json\n${JSON.stringify(summary, null, 2)}\n\`\`\``)).toEqual(summary);
  });

  it.each([
    ["plain text", "O lead quer um apartamento."],
    ["broken JSON", '{"wants": "2 quartos", "promised": '],
    ["a missing key", JSON.stringify({ wants: "x", promised: "y" })],
    ["an empty text", JSON.stringify({ ...summary, pending: "  " })],
    ["a number for a text", JSON.stringify({ ...summary, wants: 2 })],
    ["an array", "[1, 2]"],
    ["nothing", ""],
  ])("answers the broker's pt-BR error for %s, never a crash", (_, answer) => {
    expect(() => parseSummary(answer)).toThrow(expect.objectContaining({ code: "PRECONDITION_FAILED", key: "leads.assistantAnswerMalformed" }));
  });
});
