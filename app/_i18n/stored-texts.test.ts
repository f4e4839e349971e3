import { describe, expect, it } from "vitest";
import { accountProblem, metaErrorProblem, phoneNumberProblem, tokenUnreadableProblem } from "@/server/services/channels/health-problem";
import { LOCAL_FAILURES, invalidMessage, localFailure } from "@/server/services/messages/delivery-failures";
import { validateMedia } from "@/server/meta/validate-outbound";
import { translator } from "@/test/translator";
import { failureText, healthProblemText, metaErrorText, notificationText, rejectedReasonText } from "./stored-texts";

const pt = translator("pt-BR");
const en = translator("en");
const KNOWN_CODES = [131047, 131026, 130429, 131056, 131048, 131050, 132000, 132001, 132012, 132015, 132016, 190, 368, 131053, 131052];
// Letters English never uses: a Portuguese sentence leaking into the English screens shows them.
const PORTUGUESE = /[ãõçáéíóúâêô]|\b(não|você|mensagem|conversa|canal|envie|janela)\b/i;

describe("Meta error codes", () => {
  it("tell the broker to use a template when the window is closed", () => {
    expect(metaErrorText(pt, 131047).title).toBe("A janela de 24 horas está fechada: envie um template aprovado");
    expect(metaErrorText(pt, 131047).action).toMatch(/template/);
    expect(metaErrorText(en, 131047).title).toBe("The 24-hour window is closed: send an approved template");
  });

  it.each(KNOWN_CODES)("explain %i in their own words, in both languages", (code) => {
    for (const t of [pt, en]) {
      const explained = metaErrorText(t, code);
      expect(explained.title.length).toBeGreaterThan(10);
      expect(explained.action.length).toBeGreaterThan(20);
      expect(explained.title).not.toContain(String(code));
    }
    expect(`${metaErrorText(en, code).title} ${metaErrorText(en, code).action}`).not.toMatch(PORTUGUESE);
  });

  it("give distinct titles to distinct codes", () => {
    for (const t of [pt, en]) expect(new Set(KNOWN_CODES.map((code) => metaErrorText(t, code).title)).size).toBe(KNOWN_CODES.length);
  });

  it("fall back to a generic explanation that carries the code", () => {
    for (const t of [pt, en]) {
      expect(metaErrorText(t, 987654).title).toContain("987654");
      expect(metaErrorText(t, 987654).action).toContain("987654");
    }
  });
});

describe("message failures", () => {
  it.each(LOCAL_FAILURES)("%s is written in both languages", (kind) => {
    const failure = localFailure(kind);
    expect(failure).toMatchObject({ code: null, title: null, reason: kind });
    const view = { kind: "local" as const, reason: kind, params: failure.params };
    expect(failureText(pt, view).title).not.toBe(failureText(en, view).title);
    expect(failureText(en, view).title).not.toBe(en("failures.unknown.title"));
    expect(Object.values(failureText(en, view)).join(" ")).not.toMatch(PORTUGUESE);
  });

  it("reads the stored channelDisabled code as the sentence it used to store", () => {
    expect(failureText(pt, { kind: "local", reason: "channelDisabled", params: {} }).title).toBe("Canal desativado");
    expect(failureText(en, { kind: "local", reason: "channelDisabled", params: {} }).title).toBe("Channel deactivated");
  });

  it("writes a refusal of validate-outbound with its values", () => {
    const refused = validateMedia({ kind: "image", mimeType: "image/gif", size: 10 });
    if (refused.ok) throw new Error("a GIF is not a WhatsApp image");
    const failure = invalidMessage(refused);
    const view = { kind: "local" as const, reason: failure.reason ?? "", params: failure.params };
    expect(failureText(pt, view).title).toBe("A imagem precisa estar em um destes formatos para o WhatsApp aceitar: JPG, PNG.");
    expect(failureText(en, view).title).toBe("The image must be in one of these formats for WhatsApp to accept it: JPG, PNG.");
  });

  it("shows a Meta failure from its code and an older stored text as it is", () => {
    expect(failureText(en, { kind: "meta", code: 131026 }).title).toBe("The message could not be delivered to this number");
    expect(failureText(en, { kind: "legacy", text: "Texto antigo" }).title).toBe("Texto antigo");
    expect(failureText(en, { kind: "legacy", text: null }).title).toBe("The message was not sent");
    expect(failureText(en, { kind: "local", reason: "somethingNew", params: {} }).title).toBe("The message was not sent");
  });
});

describe("channel health problems", () => {
  const cases = [
    phoneNumberProblem({ id: "1", status: "FLAGGED" }),
    phoneNumberProblem({ id: "1", status: "CONNECTED", quality_rating: "RED" }),
    { code: "qualityFlagged" as const, params: {} }, // stored by FLAGGED before it wrote qualityRed
    tokenUnreadableProblem,
    metaErrorProblem(190),
    accountProblem("accountBanned"),
    accountProblem("accountRestricted", { types: "RESTRICTED_ADD_PHONE_NUMBER_ACTION" }),
    accountProblem("accountRestricted", { types: "none" }),
    accountProblem("accountViolation", { type: "SCAM" }),
    accountProblem("accountDisabled"),
  ];

  it.each(cases.map((c) => [c?.code, c] as const))("%s is written in both languages", (_code, problem) => {
    if (!problem) throw new Error("a problem was expected");
    const ptText = healthProblemText(pt, problem);
    const enText = healthProblemText(en, problem);
    expect(ptText).not.toBe(problem.code);
    expect(enText).not.toBe(problem.code);
    expect(enText).not.toMatch(PORTUGUESE);
  });

  it("keeps Meta's values and leaves out the ones Meta did not send", () => {
    expect(healthProblemText(pt, accountProblem("accountRestricted", { types: "RESTRICTED_ADD_PHONE_NUMBER_ACTION" }))).toBe(
      "A Meta restringiu a conta (RESTRICTED_ADD_PHONE_NUMBER_ACTION): alguns envios estão bloqueados.",
    );
    expect(healthProblemText(en, accountProblem("accountRestricted", { types: "none" }))).toBe("Meta restricted the account: some sending is blocked.");
    expect(healthProblemText(en, phoneNumberProblem({ id: "1", status: "FLAGGED" })!)).toContain("status FLAGGED");
    expect(healthProblemText(pt, metaErrorProblem(190))).toMatch(/^O token de acesso do canal expirou ou é inválido\. /);
    expect(healthProblemText(en, { code: null, text: "Problema antigo" })).toBe("Problema antigo");
  });
});

describe("notifications", () => {
  const base = { problem: null, legacy: null };

  it("writes a template decision with the template's name and reason", () => {
    const rejected = { ...base, kind: "template.reviewed", params: { templateId: "t1", status: "REJECTED", name: "boas_vindas", reason: "INVALID_FORMAT" } };
    expect(notificationText(pt, rejected)).toEqual({ title: "Template “boas_vindas” reprovado pela Meta", body: "Motivo informado: INVALID_FORMAT. Edite o template e envie de novo." });
    expect(notificationText(en, rejected)).toEqual({ title: "Template “boas_vindas” rejected by Meta", body: "Reason given: INVALID_FORMAT. Edit the template and submit it again." });
    const noReason = { ...rejected, params: { ...rejected.params, reason: "" } };
    expect(notificationText(pt, noReason).body).toContain("A Meta não informa o motivo");
    const ownReason = { ...rejected, params: { ...rejected.params, reason: "TOKEN_UNREADABLE" } };
    expect(notificationText(en, ownReason).body).toBe("Reason given: the channel's access token could not be read; enter it again in Settings > Channels. Edit the template and submit it again.");
    expect(notificationText(en, { ...base, kind: "template.reviewed", params: { status: "APPROVED", name: "oferta" } }).title).toBe("Template “oferta” approved by Meta");
  });

  it("writes a transfer with who handed it and the lead", () => {
    const assigned = { ...base, kind: "conversation.assigned", params: { conversationId: "c1", actorName: "Gustavo Gestor", leadName: "Maria Teste" } };
    expect(notificationText(pt, assigned).title).toBe("Gustavo Gestor passou a conversa com Maria Teste para você");
    expect(notificationText(en, assigned).title).toBe("Gustavo Gestor handed you the conversation with Maria Teste");
  });

  it("writes a channel problem with the channel's name and the problem", () => {
    const problem = { ...base, kind: "channel.health_problem", params: { channelId: "ch", channelName: "Vendas" }, problem: metaErrorProblem(368) };
    expect(notificationText(pt, problem)).toEqual({ title: "Problema no canal “Vendas”", body: healthProblemText(pt, metaErrorProblem(368)) });
    expect(notificationText(en, problem).title).toBe("Problem on channel “Vendas”");
  });

  it("shows a notification stored as text before codes as it is", () => {
    const legacy = { kind: "conversation.assigned", params: { conversationId: "c1" }, problem: null, legacy: { title: "Texto antigo", body: null } };
    expect(notificationText(en, legacy)).toEqual({ title: "Texto antigo", body: null });
  });
});

describe("template rejection reasons", () => {
  it("translates the app's own reason and keeps Meta's", () => {
    expect(rejectedReasonText(en, "TOKEN_UNREADABLE")).toMatch(/^the channel's access token could not be read/);
    expect(rejectedReasonText(pt, "TOKEN_UNREADABLE")).toMatch(/^o token de acesso do canal não pôde ser lido/);
    expect(rejectedReasonText(en, "INVALID_FORMAT")).toBe("INVALID_FORMAT");
  });
});
