import { describe, expect, it } from "vitest";
import {
  examplesByKind,
  missingTemplateValues,
  parseStoredVariables,
  renderTemplateBody,
  templateParameters,
  toEditorBody,
  toMetaBody,
} from "./template-variables";

describe("template variables", () => {
  it("numbers the variables in order of appearance, one number per occurrence", () => {
    const parsed = toMetaBody("Oi {{nome_cliente}}, sou {{nome_atendente}} do {{nome_empreendimento}}. Até logo, {{nome_cliente}}!", {
      CLIENT_NAME: "Joana",
    });
    expect(parsed.body).toBe("Oi {{1}}, sou {{2}} do {{3}}. Até logo, {{4}}!");
    expect(parsed.variables).toEqual([
      { index: 1, variable: "CLIENT_NAME", example: "Joana" },
      { index: 2, variable: "BROKER_NAME", example: "Ana" },
      { index: 3, variable: "DEVELOPMENT_NAME", example: "Residencial Jardins" },
      { index: 4, variable: "CLIENT_NAME", example: "Joana" },
    ]);
    expect(parsed.unknownTokens).toEqual([]);
  });

  it("follows the text, not the order the buttons were pressed", () => {
    expect(toMetaBody("O {{nome_empreendimento}} espera você, {{ NOME_CLIENTE }}.").variables.map((v) => v.variable)).toEqual([
      "DEVELOPMENT_NAME",
      "CLIENT_NAME",
    ]);
  });

  it("reports tokens it does not know and leaves them in place", () => {
    const parsed = toMetaBody("Oi {{nome}} e {{1}}");
    expect(parsed.unknownTokens).toEqual(["{{nome}}", "{{1}}"]);
    expect(parsed.variables).toEqual([]);
  });

  it("round-trips between the editor and Meta's format", () => {
    const editor = "Oi {{nome_cliente}}! O {{nome_empreendimento}} abriu.";
    const stored = toMetaBody(editor);
    expect(toEditorBody(stored)).toBe(editor);
    expect(examplesByKind(stored.variables)).toEqual({ CLIENT_NAME: "Maria", DEVELOPMENT_NAME: "Residencial Jardins" });
  });

  it("renders with real values and keeps {{n}} where a value is missing", () => {
    const template = toMetaBody("Oi {{nome_cliente}}, aqui é {{nome_atendente}}.");
    expect(renderTemplateBody(template, { CLIENT_NAME: "Carla", BROKER_NAME: "Bruno" })).toBe("Oi Carla, aqui é Bruno.");
    expect(renderTemplateBody(template, { CLIENT_NAME: "Carla" })).toBe("Oi Carla, aqui é {{2}}.");
    expect(missingTemplateValues(template, { CLIENT_NAME: "Carla", BROKER_NAME: "  " })).toEqual(["BROKER_NAME"]);
    expect(templateParameters(template, { CLIENT_NAME: "Carla", BROKER_NAME: "Bruno" })).toEqual(["Carla", "Bruno"]);
  });

  it("reads stored variables defensively", () => {
    expect(parseStoredVariables([{ index: 1, variable: "CLIENT_NAME", example: "Maria" }, { index: 2, variable: "X" }, "junk"])).toEqual([
      { index: 1, variable: "CLIENT_NAME", example: "Maria" },
    ]);
    expect(parseStoredVariables(null)).toEqual([]);
  });
});
