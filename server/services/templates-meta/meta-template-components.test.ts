import { describe, expect, it } from "vitest";
import { metaTemplateComponents } from "./meta-template-components";

// POST /{waba-id}/message_templates `components`, as Meta documents them for each header kind.
const body = { body: "Olá {{1}}!", variables: [{ index: 1, variable: "CLIENT_NAME", example: "Maria" }] };

describe("template components for Meta", () => {
  it("a body-only template sends its BODY with examples, as before", () => {
    expect(metaTemplateComponents(body)).toEqual([{ type: "BODY", text: "Olá {{1}}!", example: { body_text: [["Maria"]] } }]);
  });

  it("text header with its example, footer and quick replies (opt-out is ours, Meta sees a plain quick reply)", () => {
    expect(
      metaTemplateComponents({
        ...body,
        headerFormat: "TEXT",
        headerText: "Lançamento {{1}}",
        headerVariables: [{ index: 1, variable: "DEVELOPMENT_NAME", example: "Jardins" }],
        footer: "Imobiliária Sol",
        buttons: [
          { type: "QUICK_REPLY", text: "Quero visitar", optOut: false },
          { type: "QUICK_REPLY", text: "Parar promoções", optOut: true },
        ],
      }),
    ).toEqual([
      { type: "HEADER", format: "TEXT", text: "Lançamento {{1}}", example: { header_text: ["Jardins"] } },
      { type: "BODY", text: "Olá {{1}}!", example: { body_text: [["Maria"]] } },
      { type: "FOOTER", text: "Imobiliária Sol" },
      { type: "BUTTONS", buttons: [{ type: "QUICK_REPLY", text: "Quero visitar" }, { type: "QUICK_REPLY", text: "Parar promoções" }] },
    ]);
  });

  it("media headers carry the resumable upload handle; a fixed URL has no example", () => {
    for (const format of ["IMAGE", "VIDEO", "DOCUMENT"] as const) {
      expect(metaTemplateComponents({ ...body, headerFormat: format, headerMediaAssetId: "a1" }, "4::aGFuZGxl")[0]).toEqual({
        type: "HEADER",
        format,
        example: { header_handle: ["4::aGFuZGxl"] },
      });
    }
    expect(metaTemplateComponents({ ...body, buttons: [{ type: "URL", text: "Site", url: "https://imob.com.br", variable: null }] })[1]).toEqual({
      type: "BUTTONS",
      buttons: [{ type: "URL", text: "Site", url: "https://imob.com.br" }],
    });
  });
});
