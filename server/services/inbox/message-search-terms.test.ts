import { describe, expect, it } from "vitest";
import { messageSearchTerms } from "./message-search-terms";

describe("messageSearchTerms", () => {
  it("splits words from the numbers a broker searches for", () => {
    expect(messageSearchTerms("apartamento 302 torre B2 varanda ")).toEqual({ words: "apartamento torre varanda", prefix: null, fragments: ["302", "B2"] });
  });

  it("reads the last word as typed so far, unless the search ends with a space", () => {
    expect(messageSearchTerms("planta do aparta")).toEqual({ words: "planta do", prefix: "aparta", fragments: [] });
    expect(messageSearchTerms("planta do aparta ")).toEqual({ words: "planta do aparta", prefix: null, fragments: [] });
    expect(messageSearchTerms("promoção!")).toEqual({ words: "promoção", prefix: null, fragments: [] });
  });

  it("keeps tsquery syntax out: operators are separators", () => {
    expect(messageSearchTerms("a & b | !c:* 'd'")).toEqual({ words: "a b c d", prefix: null, fragments: [] });
    expect(messageSearchTerms("(11) 98765-4321")).toEqual({ words: "", prefix: null, fragments: ["11", "98765", "4321"] });
  });
});
