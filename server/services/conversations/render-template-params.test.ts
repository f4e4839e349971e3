import { describe, expect, it } from "vitest";
import { renderTemplate, renderTemplateText, templateMapping, templateParams } from "./render-template-params";

const body = "Olá {{1}}, aqui é {{2}}. Vi seu interesse no {{3}}.";
const variables = [
  { index: 1, variable: "CLIENT_NAME", example: "Maria" },
  { index: 2, variable: "BROKER_NAME", example: "Ana" },
  { index: 3, variable: "DEVELOPMENT_NAME", example: "Residencial Jardins" },
];

describe("template rendering for a new conversation", () => {
  it("fills the parameters in Meta's order and renders the same text", () => {
    const mapping = templateMapping(body, [...variables].reverse());
    expect(mapping?.map((m) => m.index)).toEqual([1, 2, 3]);
    const result = renderTemplate({ body, mapping: mapping! }, { CLIENT_NAME: "Carla Lima", BROKER_NAME: "Bruno", DEVELOPMENT_NAME: "Edifício Marina" });
    expect(result).toEqual({ ok: true, params: ["Carla Lima", "Bruno", "Edifício Marina"], text: "Olá Carla Lima, aqui é Bruno. Vi seu interesse no Edifício Marina." });
    expect(renderTemplateText(body, ["Carla Lima", "Bruno", "Edifício Marina"])).toBe(result.ok ? result.text : "");
  });

  it("names the first variable without a value instead of sending a blank", () => {
    const mapping = templateMapping(body, variables)!;
    expect(renderTemplate({ body, mapping }, { CLIENT_NAME: "  ", BROKER_NAME: "Ana", DEVELOPMENT_NAME: null })).toEqual({ ok: false, missing: "CLIENT_NAME" });
    expect(templateParams(mapping, { CLIENT_NAME: "Maria", BROKER_NAME: "Ana" })).toEqual({ ok: false, missing: "DEVELOPMENT_NAME" });
  });

  it("rejects a mapping that does not cover exactly {{1}}…{{n}}", () => {
    expect(templateMapping(body, variables.slice(0, 2))).toBeNull();
    expect(templateMapping("Oi {{2}}", [{ index: 2, variable: "CLIENT_NAME" }])).toBeNull();
    expect(templateMapping("Oi {{1}}", [{ index: 1, variable: "PHONE" }])).toBeNull();
    expect(templateMapping("Oi {{1}}", [...variables.slice(0, 1), { index: 2, variable: "BROKER_NAME", example: "Ana" }])).toBeNull();
    expect(templateMapping("Sem variáveis", [])).toEqual([]);
  });
});
