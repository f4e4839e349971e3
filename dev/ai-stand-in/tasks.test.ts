import { describe, expect, it } from "vitest";
import { chatMessages, leadsLastMessage, promptParts } from "./prompt-parts";
import { answer } from "./tasks/answer";

const FACTS = [
  "[F1] Residencial Aurora — endereço: Rua das Flores, 120, Pinheiros, São Paulo",
  "[F2] Residencial Aurora — 2 quartos, 58 m²: a partir de R$ 450.000 (tabela de preços de dezembro)",
  "[F3] Residencial Aurora — 3 quartos, 82 m²: a partir de R$ 690.000",
  "[F4] Residencial Aurora — entrega prevista em dezembro de 2027",
  "[F5] Material: planta do apartamento de 2 quartos (PDF)",
].join("\n");

function ask(task: string, conversation: string[], facts = FACTS) {
  const messages = chatMessages([
    { role: "system", content: `Você ajuda um corretor de imóveis.\nTAREFA: ${task}\nFatos que o app conhece:\n${facts}` },
    { role: "user", content: [{ type: "text", text: `Conversa até agora:\n${conversation.join("\n")}` }] },
  ]);
  return answer(promptParts(messages));
}

describe("reading the prompt", () => {
  it("finds the task, the facts and who said what", () => {
    const parts = promptParts(
      chatMessages([
        { role: "system", content: "TAREFA: Sugestões\n- [F1] fato um\n[F2] fato dois" },
        { role: "user", content: "[10:41] Lead (Ana): oi\n- Corretor: olá\nCliente: qual o valor?\nalgo mais" },
      ]),
    );
    expect(parts.task).toBe("sugestoes");
    expect(parts.facts).toEqual([{ id: "F1", text: "fato um" }, { id: "F2", text: "fato dois" }]);
    expect(parts.conversation.map((line) => `${line.speaker}: ${line.text}`)).toEqual(["lead: oi", "broker: olá", "lead: qual o valor?"]);
    expect(leadsLastMessage(parts)).toBe("qual o valor?");
    expect(leadsLastMessage(promptParts(chatMessages([{ role: "user", content: "sem linhas de conversa\núltima linha" }])))).toBe("última linha");
  });
});

describe("TAREFA: sugestoes", () => {
  it("drafts only from the facts that meet the lead's question, citing them", () => {
    const drafts = ask("sugestoes", ["Lead: Oi, boa tarde", "Corretor: Olá! Como posso ajudar?", "Lead: qual o valor do 2 quartos?"]).split("\n");
    expect(drafts).toHaveLength(3);
    drafts.forEach((draft, index) => expect(draft).toMatch(new RegExp(`^${index + 1}\\) .+ (\\[F\\d+\\] ?)+$`)));
    expect(drafts[0]).toBe("1) Olá! Residencial Aurora — 2 quartos, 58 m²: a partir de R$ 450.000 (tabela de preços de dezembro). Posso te enviar mais detalhes? [F2]");
    const cited = drafts.flatMap((draft) => draft.match(/F\d+/g) ?? []);
    expect(new Set(cited)).toEqual(new Set(["F2", "F3", "F5"]));
  });

  it("finds the address for 'onde fica' and the delivery for 'quando fica pronto'", () => {
    expect(ask("sugestoes", ["Lead: onde fica o empreendimento?"])).toContain("[F1]");
    expect(ask("sugestoes", ["Lead: onde fica o empreendimento?"])).not.toMatch(/\[F[2-5]\]/);
    expect(ask("sugestoes", ["Lead: quando fica pronto? qual a previsão de entrega?"]).split("\n")[0]).toMatch(/\[F4\]$/);
  });

  it("says the broker will check when no fact answers, and invents nothing", () => {
    expect(ask("sugestoes", ["Lead: aceita pet no condomínio?"])).toBe("1) Boa pergunta! Vou confirmar essa informação com a equipe e já te retorno.");
    expect(ask("sugestoes", ["Lead: qual o valor?"], "")).toBe("1) Boa pergunta! Vou confirmar essa informação com a equipe e já te retorno.");
  });

  it("answers the same input with the same text", () => {
    const conversation = ["Lead: tem planta do 2 quartos?"];
    expect(ask("sugestoes", conversation)).toBe(ask("sugestoes", conversation));
  });
});

describe("TAREFA: resumo", () => {
  it("says what the lead wants, what was promised and what is pending", () => {
    const summary = JSON.parse(
      ask("resumo", [
        "Lead: Oi, procuro um apartamento de 2 quartos, qual o valor?",
        "Corretor: O 2 quartos sai a partir de R$ 450.000. Vou te enviar a tabela completa.",
        "Lead: Dá pra financiar? Queria visitar no sábado.",
      ]),
    );
    expect(summary).toEqual({
      wants: "Quer 2 quartos, saber o valor, financiar, visitar.",
      promised: "O 2 quartos sai a partir de R$ 450.000. Vou te enviar a tabela completa.",
      pending: 'Responder ao lead: "Dá pra financiar? Queria visitar no sábado."',
    });
  });

  it("has a sentence for each field even when the talk says nothing", () => {
    expect(JSON.parse(ask("resumo", ["Corretor: Olá, tudo bem?"]))).toEqual({ wants: "Não ficou claro o que o lead procura.", promised: "Nada prometido.", pending: "Nada pendente." });
  });
});

describe("TAREFA: qualificacao", () => {
  it("extracts the fields the lead stated, with a confidence, and null for the rest", () => {
    const fields = JSON.parse(
      ask("qualificacao", ["Lead: Quero comprar um apartamento de 3 quartos, até 700 mil.", "Corretor: Temos sim!", "Lead: Vou usar FGTS. Posso visitar sábado de manhã?"]),
    );
    expect(fields).toEqual({
      interest: { value: "apartamento para comprar", confidence: 0.7 },
      bedrooms: { value: 3, confidence: 0.9 },
      budgetMin: null,
      budgetMax: { value: 700_000, confidence: 0.8 },
      financing: { value: true, confidence: 0.8 },
      visitWanted: { value: true, confidence: 0.8 },
      visitWhen: { value: "sábado de manhã", confidence: 0.7 },
    });
  });

  it("reads ranges, cash buyers and words for numbers", () => {
    const fields = JSON.parse(ask("qualificacao", ["Lead: casa com dois dormitórios entre 400 e 550 mil, pagamento à vista"]));
    expect(fields).toMatchObject({ interest: { value: "casa" }, bedrooms: { value: 2 }, budgetMin: { value: 400_000 }, budgetMax: { value: 550_000 }, financing: { value: false }, visitWanted: null });
    expect(JSON.parse(ask("qualificacao", ["Lead: tenho R$ 350.000 de entrada"]))).toMatchObject({ budgetMin: null, budgetMax: { value: 350_000, confidence: 0.5 } });
  });

  it("answers every field null for a lead who said nothing useful", () => {
    const fields = JSON.parse(ask("qualificacao", ["Lead: oi"]));
    expect(Object.values(fields).every((value) => value === null)).toBe(true);
    expect(Object.keys(fields)).toEqual(["interest", "bedrooms", "budgetMin", "budgetMax", "financing", "visitWanted", "visitWhen"]);
  });
});

describe("other tasks", () => {
  it("echoes a short deterministic answer", () => {
    const first = ask("traduzir", ["Lead: bom dia"]);
    expect(first).toMatch(/^Stand-in: não conheço a tarefa "traduzir"\. Recebi ".*" \([0-9a-f]{8}\)\.$/);
    expect(ask("traduzir", ["Lead: bom dia"])).toBe(first);
    expect(answer(promptParts(chatMessages([{ role: "user", content: "Diga olá" }])))).toMatch(/^Stand-in: recebi "Diga olá" \([0-9a-f]{8}\)\.$/);
  });
});
