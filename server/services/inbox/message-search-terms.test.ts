import { describe, expect, it } from "vitest";
import { messageSearchTerms } from "./message-search-terms";

describe("messageSearchTerms", () => {
  it("leaves whole words and numbers to Postgres's parser, as the search was written", () => {
    expect(messageSearchTerms("apartamento 302 torre B2 varanda ")).toEqual({ words: "apartamento 302 torre B2 varanda", prefixQuery: null });
    expect(messageSearchTerms("(11) 98765-4321 ")).toEqual({ words: "(11) 98765-4321", prefixQuery: null });
  });

  it("reads the last word as typed so far, unless the search ends with a space or a sign", () => {
    expect(messageSearchTerms("planta do aparta")).toEqual({ words: "planta do", prefixQuery: "aparta:*" });
    expect(messageSearchTerms("planta do aparta ")).toEqual({ words: "planta do aparta", prefixQuery: null });
    expect(messageSearchTerms("promoção!")).toEqual({ words: "promoção!", prefixQuery: null });
    expect(messageSearchTerms("Promoç")).toEqual({ words: "", prefixQuery: "Promoç:*" });
  });

  it("types a number as a prefix, also of the negative number Postgres reads after a dash", () => {
    expect(messageSearchTerms("conversa 42")).toEqual({ words: "conversa", prefixQuery: "42:* | -42:*" });
    expect(messageSearchTerms("98765-43")).toEqual({ words: "98765-", prefixQuery: "43:* | -43:*" });
    expect(messageSearchTerms("torre B2")).toEqual({ words: "torre", prefixQuery: "B2:*" });
  });

  it("keeps the searcher's tsquery syntax out of the prefix", () => {
    expect(messageSearchTerms("a & b | !c:* 'd'")).toEqual({ words: "a & b | !c:* 'd'", prefixQuery: null });
    expect(messageSearchTerms("x:*|y")).toEqual({ words: "x:*|", prefixQuery: "y:*" });
  });
});
