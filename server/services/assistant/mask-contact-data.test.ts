import { describe, expect, it } from "vitest";
import { MASKS, maskContactData } from "./mask-contact-data";

const { phone, email, cpf } = MASKS;

describe("masking contact data before it reaches the AI provider", () => {
  it.each([
    "+55 11 98765-4321",
    "+55 (11) 98765-4321",
    "+55(11)98765-4321",
    "+5511987654321",
    "+55 11 9 8765-4321",
    "+55 11 98765 4321",
    "55 11 98765-4321",
    "5511987654321",
    "(11) 98765-4321",
    "(11)98765-4321",
    "(11) 9 8765-4321",
    "( 11 ) 98765-4321",
    "11 98765-4321",
    "11 987654321",
    "11987654321",
    "011 98765-4321",
    "(011) 98765-4321",
    "11.98765.4321",
    "(21) 3456-7890",
    "21 3456-7890",
    "2134567890",
    "+55 21 3456-7890",
    "98765-4321",
    "9 8765-4321",
    "98765 4321",
    "987654321",
    "3456-7890",
    "3456.7890",
    "+1 415 555 0100",
    "+44 20 7946 0958",
    "+351 912 345 678",
  ])("masks the phone %s", (number) => {
    expect(maskContactData(`Me liga no ${number}, por favor.`)).toBe(`Me liga no ${phone}, por favor.`);
  });

  it.each(["maria.souza@gmail.com", "Joao_Silva+imoveis@empresa.com.br", "corretor@imobiliária.com.br", "a.b-c@sub.dominio.org"])("masks the e-mail %s", (address) => {
    expect(maskContactData(`Meu e-mail é ${address}.`)).toBe(`Meu e-mail é ${email}.`);
  });

  it.each(["529.982.247-25", "111.444.777-35", "123.456.789-00", "52998224725"])("masks the CPF %s", (number) => {
    expect(maskContactData(`CPF ${number} para a ficha`)).toBe(`CPF ${cpf} para a ficha`);
  });

  it.each([
    "R$ 489.000",
    "R$ 489.000,00",
    "R$ 1.250.000",
    "R$ 12.345.678",
    "R$1.299.000,00",
    "R$ 2500-3000",
    "R$ 950000",
    "62 m²",
    "62,5 m²",
    "de 62 a 98 m²",
    "2 quartos e 1 suíte",
    "entrega em 12/2027",
    "01/12/2026",
    "12/11",
    "2026-12-01",
    "2026-12-01T14:05:00",
    "hoje 14:05",
    "14h30",
    "entrega 2026-2027",
    "CEP 01310-100",
    "CEP 01310100",
    "CNPJ 12.345.678/0001-90",
    "Av. das Palmeiras, 1200",
    "Rua do Porto, 45 - Santos/SP",
    "apto 1203, 12º andar, torre 2",
    "unidades 1203 e 1204",
    "Phone Number ID 109876543210001",
    "entrada de 20% e 120 parcelas de R$ 2.500",
    "condomínio R$ 850,00 e IPTU R$ 1.200/ano",
    "12345678901",
  ])("leaves %s as it is", (text) => {
    expect(maskContactData(text)).toBe(text);
  });

  it("masks every contact in a conversation and keeps the facts around them", () => {
    const conversation = [
      "Lead: Oi, sou a Maria (maria@gmail.com), meu whats é (11) 98765-4321.",
      "Lead: Qual o valor do 2 quartos de 62 m²? Vi R$ 489.000 no anúncio.",
      "Corretor: Olá Maria! Entrega em 12/2027. Liga no 11 3456-7890 ou +55 11 99876-5432.",
      "Lead: Meu CPF é 529.982.247-25, pode fazer a ficha.",
    ].join("\n");
    expect(maskContactData(conversation)).toBe(
      [
        `Lead: Oi, sou a Maria (${email}), meu whats é ${phone}.`,
        "Lead: Qual o valor do 2 quartos de 62 m²? Vi R$ 489.000 no anúncio.",
        `Corretor: Olá Maria! Entrega em 12/2027. Liga no ${phone} ou ${phone}.`,
        `Lead: Meu CPF é ${cpf}, pode fazer a ficha.`,
      ].join("\n"),
    );
  });

  it("masks a number inside a wa.me link and two numbers in a row", () => {
    expect(maskContactData("https://wa.me/5511987654321")).toBe(`https://wa.me/${phone}`);
    expect(maskContactData("11 98765-4321 / 11 3456-7890")).toBe(`${phone} / ${phone}`);
  });

  it("returns text with nothing to mask unchanged", () => {
    expect(maskContactData("")).toBe("");
    expect(maskContactData("Bom dia! Posso ajudar?")).toBe("Bom dia! Posso ajudar?");
  });
});
