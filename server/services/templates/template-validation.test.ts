import { describe, expect, it } from "vitest";
import { countCharacters, suggestTemplateName, validateTemplateBody, validateTemplateDraft, validateTemplateName } from "./template-validation";

describe("template name", () => {
  it("accepts lowercase letters, digits and underscores only", () => {
    expect(validateTemplateName("boas_vindas_2")).toEqual([]);
    expect(validateTemplateName("")).toEqual([{ field: "name", code: "nameRequired" }]);
    expect(validateTemplateName("Boas Vindas")).toEqual([{ field: "name", code: "nameFormat", params: { suggestion: "boas_vindas" } }]);
    expect(validateTemplateName("promoção-já")[0]?.params).toEqual({ suggestion: "promocao_ja" });
    expect(validateTemplateName("a".repeat(513))[0]?.code).toBe("nameTooLong");
  });

  it("suggests a valid name from any text", () => {
    expect(suggestTemplateName("  Lançamento Édifício 2024! ")).toBe("lancamento_edificio_2024");
  });
});

describe("template body", () => {
  it("limits the body to 500 characters counted as Meta receives it", () => {
    // {{nome_cliente}} is 16 characters in the editor but {{1}} (5) for Meta: 3 + 490 + 1 + 5 + 1 = 500.
    expect(validateTemplateBody(`Oi ${"a".repeat(490)} {{nome_cliente}}.`)).toEqual([]);
    expect(validateTemplateBody(`Oi ${"a".repeat(491)} {{nome_cliente}}.`)[0]?.params).toEqual({ length: 501, max: 500 });
    const long = validateTemplateBody(`Oi ${"é".repeat(500)}`);
    expect(long).toEqual([{ field: "body", code: "bodyTooLong", params: { length: 503, max: 500 } }]);
    expect(countCharacters("🏠🏠")).toBe(2);
  });

  it("rejects empty bodies, unknown variables and variables at the start or end", () => {
    expect(validateTemplateBody("   ")).toEqual([{ field: "body", code: "bodyRequired" }]);
    expect(validateTemplateBody("Oi {{cliente}}, tudo bem?")).toEqual([{ field: "body", code: "bodyUnknownVariable", params: { token: "{{cliente}}" } }]);
    expect(validateTemplateBody("{{nome_cliente}}, tudo bem?")).toEqual([{ field: "body", code: "bodyVariableAtEdge" }]);
    expect(validateTemplateBody("Tudo bem, {{nome_cliente}}")).toEqual([{ field: "body", code: "bodyVariableAtEdge" }]);
    expect(validateTemplateBody("Tudo bem, {{nome_cliente}}?")).toEqual([]);
  });

  it("collects name and body issues together", () => {
    expect(validateTemplateDraft({ name: "X", editorBody: "" }).map((i) => i.code)).toEqual(["nameFormat", "bodyRequired"]);
  });
});
