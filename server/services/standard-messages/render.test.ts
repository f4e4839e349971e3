import { describe, expect, it } from "vitest";
import { missingVariables, renderStandardMessage } from "./render";
import { unknownVariables, variablesIn } from "./variables";

const body = "Olá {{nome_cliente}}! Aqui é {{ nome_atendente }}, do {{nome_empreendimento}}. {{nome_cliente}}, tudo bem?";

describe("renderStandardMessage", () => {
  it("fills every variable, each time it appears, tolerating spaces inside the braces", () => {
    expect(renderStandardMessage(body, { nome_cliente: "Maria", nome_atendente: "Ana", nome_empreendimento: "Residencial Jardins" })).toBe(
      "Olá Maria! Aqui é Ana, do Residencial Jardins. Maria, tudo bem?",
    );
  });

  it("leaves a variable without a value as written, so the broker sees what to fill in", () => {
    expect(renderStandardMessage(body, { nome_cliente: "  ", nome_atendente: "Ana", nome_empreendimento: null })).toBe(
      "Olá {{nome_cliente}}! Aqui é Ana, do {{nome_empreendimento}}. {{nome_cliente}}, tudo bem?",
    );
    expect(missingVariables(body, { nome_atendente: "Ana" })).toEqual(["nome_cliente", "nome_empreendimento"]);
  });

  it("never treats a value as a template nor touches unknown variables", () => {
    expect(renderStandardMessage("{{nome_cliente}} {{telefone}}", { nome_cliente: "{{nome_atendente}} $& $1" })).toBe("{{nome_atendente}} $& $1 {{telefone}}");
  });
});

describe("variables", () => {
  it("lists the variables a body uses and the unknown ones", () => {
    expect(variablesIn(body)).toEqual(["nome_cliente", "nome_atendente", "nome_empreendimento"]);
    expect(unknownVariables("Oi {{nome}} e {{nome_cliente}} {{ telefone }}")).toEqual(["nome", "telefone"]);
    expect(unknownVariables("Sem variáveis { nem } chaves soltas {{}}")).toEqual([]);
  });
});
