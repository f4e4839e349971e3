import { describe, expect, it } from "vitest";
import { COUNTER_FROM, textCounter } from "./text-counter";

describe("the composer's character counter", () => {
  it("stays out of the way of ordinary messages", () => {
    expect(textCounter("Olá, Maria! Segue a tabela.")).toBeNull();
    expect(textCounter("a".repeat(COUNTER_FROM - 1))).toBeNull();
  });

  it("counts as Meta does once the text nears 4096, and says by how much it is over", () => {
    expect(textCounter("a".repeat(3600))).toEqual({ length: 3600, max: 4096, over: 0 });
    expect(textCounter(`${"a".repeat(4095)}😀`)).toEqual({ length: 4096, max: 4096, over: 0 });
    expect(textCounter("a".repeat(4120))).toEqual({ length: 4120, max: 4096, over: 24 });
  });
});
