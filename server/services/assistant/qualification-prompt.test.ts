import { describe, expect, it } from "vitest";
import { mentionedDevelopment } from "./mentioned-development";
import { buildQualificationPrompt, parseQualification } from "./qualification-prompt";

describe("the qualification prompt", () => {
  it("names the task and the fields, and carries the conversation", () => {
    const { system, prompt } = buildQualificationPrompt({ lines: ["Lead: quero 2 quartos até 500 mil"], developments: [{ name: "Residencial Aurora", address: null, city: null }] });
    expect(system.split("\n")[0]).toBe("TAREFA: qualificacao");
    for (const key of ["interest", "bedrooms", "budgetMin", "budgetMax", "financing", "visitWanted", "visitWhen"]) expect(system).toContain(`"${key}"`);
    expect(system).toContain("- Residencial Aurora");
    expect(prompt).toContain("Lead: quero 2 quartos até 500 mil");
  });
});

describe("reading the model's qualification", () => {
  it("reads each field with its confidence; financing true/false becomes YES/NO", () => {
    const answer = JSON.stringify({
      interest: { value: "apartamento para morar", confidence: 0.7 },
      bedrooms: { value: 2, confidence: 0.9 },
      budgetMin: null,
      budgetMax: { value: 500000, confidence: 0.8 },
      financing: { value: true, confidence: 0.8 },
      visitWanted: { value: true, confidence: 0.8 },
      visitWhen: { value: "sábado de manhã", confidence: 0.7 },
    });
    expect(parseQualification(answer)).toEqual({
      interest: { value: "apartamento para morar", confidence: 0.7 },
      bedrooms: { value: 2, confidence: 0.9 },
      budgetMin: null,
      budgetMax: { value: 500000, confidence: 0.8 },
      financing: { value: "YES", confidence: 0.8 },
      visitWanted: { value: true, confidence: 0.8 },
      visitWhen: { value: "sábado de manhã", confidence: 0.7 },
    });
    expect(parseQualification(JSON.stringify({ financing: { value: false, confidence: 1 } })).financing).toEqual({ value: "NO", confidence: 1 });
  });

  it("drops only the fields the model got wrong, and keeps the rest", () => {
    const fields = parseQualification(
      JSON.stringify({ bedrooms: { value: "dois", confidence: 0.9 }, budgetMax: { value: -5, confidence: 0.5 }, visitWanted: "sim", interest: { value: "casa", confidence: 3 } }),
    );
    expect(fields).toMatchObject({ bedrooms: null, budgetMax: null, visitWanted: null, interest: { value: "casa", confidence: 1 } });
  });

  it("reads numbers written as text, rounds money and puts a reversed range the right way round", () => {
    const fields = parseQualification(JSON.stringify({ bedrooms: { value: "3", confidence: "0.6" }, budgetMin: { value: 500000.4, confidence: 0.8 }, budgetMax: { value: 400000, confidence: 0.8 } }));
    expect(fields).toMatchObject({ bedrooms: { value: 3, confidence: 0.6 }, budgetMin: { value: 400000 }, budgetMax: { value: 500000 } });
  });

  it.each([
    ["plain text", "O lead quer 2 quartos."],
    ["broken JSON", '{"bedrooms": {"value": 2,'],
    ["an object with none of the fields", JSON.stringify({ quartos: 2 })],
    ["an array", JSON.stringify([2, 3])],
    ["nothing", ""],
  ])("answers the broker's pt-BR error for %s, never a crash", (_, answer) => {
    expect(() => parseQualification(answer)).toThrow(expect.objectContaining({ key: "leads.assistantAnswerMalformed" }));
  });
});

describe("the development the lead named", () => {
  const developments = [
    { id: "a", name: "Residencial Aurora" },
    { id: "b", name: "Jardim Botânico Park" },
  ];

  it("is the one whose name appears, accents and case aside", () => {
    expect(mentionedDevelopment(developments, ["Lead: gostei do jardim botanico park"])).toEqual(developments[1]);
  });

  it("is none when no name or more than one appears", () => {
    expect(mentionedDevelopment(developments, ["Lead: quero um apartamento"])).toBeNull();
    expect(mentionedDevelopment(developments, ["Residencial Aurora ou Jardim Botânico Park?"])).toBeNull();
  });
});
