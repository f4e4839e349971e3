import { describe, expect, it } from "vitest";
import { matches, parseExpression } from "./expression";

const check = (source: string, context: { event?: unknown; async?: unknown }) => matches(parseExpression(source), context);

describe("expression matching", () => {
  const event = { name: "app/order.created", data: { orderId: "o-1", total: 30, vip: true, nested: { a: 1 } } };

  it("compares fields across the run's event and the incoming one", () => {
    expect(check("event.data.orderId == async.data.orderId", { event, async: { data: { orderId: "o-1" } } })).toBe(true);
    expect(check("event.data.orderId == async.data.orderId", { event, async: { data: { orderId: "o-2" } } })).toBe(false);
  });

  it("compares against literals of each kind", () => {
    expect(check("event.data.orderId == 'o-1'", { event })).toBe(true);
    expect(check('event.data.orderId != "o-1"', { event })).toBe(false);
    expect(check("event.data.total == 30", { event })).toBe(true);
    expect(check("event.data.total >= 30.5", { event })).toBe(false);
    expect(check("event.data.vip == true && event.data.total > 10", { event })).toBe(true);
    expect(check("event.data.vip == false || event.name == 'app/order.created'", { event })).toBe(true);
    expect(check("!(event.data.total < 10)", { event })).toBe(true);
    expect(check("event.data['nested'].a == 1", { event })).toBe(true);
  });

  it("does not match when a field is missing, even if both sides are missing", () => {
    expect(check("event.data.missing == async.data.missing", { event, async: { data: {} } })).toBe(false);
    expect(check("event.data.missing != 'x'", { event })).toBe(false);
  });

  it("lets one true side of || win over an erroring side, as CEL does", () => {
    expect(check("event.data.missing == 1 || event.data.total == 30", { event })).toBe(true);
    expect(check("event.data.missing == 1 && event.data.total == 30", { event })).toBe(false);
  });

  it("treats an explicit null as a value", () => {
    expect(check("event.data.x == null", { event: { data: { x: null } } })).toBe(true);
  });

  it("refuses syntax outside the subset", () => {
    for (const source of ["size(event.data) > 1", "event.data.x in [1]", "user.id == 1", "event.data.x ==", "event.data.x + 1 == 2"]) {
      expect(() => parseExpression(source), source).toThrow(/Unsupported expression/);
    }
  });
});
