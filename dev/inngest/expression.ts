/**
 * The subset of CEL that Inngest triggers, `cancelOn` and `waitForEvent` use in practice:
 * paths under `event` / `async`, string/number/bool/null literals, comparisons, `!`, `&&`, `||`
 * and parentheses. Anything else is a parse error, so an unsupported expression is refused
 * where it is registered instead of silently never matching.
 */
export type Expr =
  | { type: "literal"; value: unknown }
  | { type: "path"; root: string; keys: string[] }
  | { type: "not"; operand: Expr }
  | { type: "binary"; op: BinaryOp; left: Expr; right: Expr };

type BinaryOp = "==" | "!=" | "<" | "<=" | ">" | ">=" | "&&" | "||";

type Token =
  | { kind: "string"; value: string }
  | { kind: "number"; value: number }
  | { kind: "ident"; value: string }
  | { kind: "punct"; value: string };

const roots = new Set(["event", "async"]);
const puncts = ["==", "!=", "<=", ">=", "&&", "||", "<", ">", "!", ".", "[", "]", "(", ")"];
const escapes: Record<string, string> = { n: "\n", t: "\t", r: "\r", "\\": "\\", "'": "'", '"': '"' };

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i]!;
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === "'" || ch === '"') {
      let value = "";
      i++;
      while (i < source.length && source[i] !== ch) {
        if (source[i] === "\\") {
          const escaped = escapes[source[i + 1] ?? ""];
          if (escaped === undefined) throw new Error(`unsupported escape at ${i}`);
          value += escaped;
          i += 2;
        } else {
          value += source[i++];
        }
      }
      if (i >= source.length) throw new Error("unterminated string");
      i++;
      tokens.push({ kind: "string", value });
    } else if (/[0-9]/.test(ch) || (ch === "-" && /[0-9]/.test(source[i + 1] ?? ""))) {
      const match = /^-?\d+(\.\d+)?/.exec(source.slice(i))!;
      tokens.push({ kind: "number", value: Number(match[0]) });
      i += match[0].length;
    } else if (/[A-Za-z_]/.test(ch)) {
      const match = /^[A-Za-z_][A-Za-z0-9_]*/.exec(source.slice(i))!;
      tokens.push({ kind: "ident", value: match[0] });
      i += match[0].length;
    } else {
      const punct = puncts.find((p) => source.startsWith(p, i));
      if (!punct) throw new Error(`unexpected "${ch}" at ${i}`);
      tokens.push({ kind: "punct", value: punct });
      i += punct.length;
    }
  }
  return tokens;
}

export function parseExpression(source: string): Expr {
  try {
    return parseTokens(tokenize(source));
  } catch (error) {
    throw new Error(`Unsupported expression "${source}": ${(error as Error).message}`);
  }
}

function parseTokens(tokens: Token[]): Expr {
  let pos = 0;
  const peek = () => tokens[pos];
  const isPunct = (value: string) => peek()?.kind === "punct" && peek()?.value === value;
  const expect = (value: string) => {
    if (!isPunct(value)) throw new Error(`expected "${value}" at token ${pos}`);
    pos++;
  };

  const binaryLevel = (ops: BinaryOp[], next: () => Expr, chain: boolean) => (): Expr => {
    let left = next();
    while (ops.some(isPunct)) {
      const op = tokens[pos++]!.value as BinaryOp;
      left = { type: "binary", op, left, right: next() };
      if (!chain) break;
    }
    return left;
  };

  const primary = (): Expr => {
    const token = tokens[pos++];
    if (!token) throw new Error("unexpected end of expression");
    if (token.kind === "string" || token.kind === "number") return { type: "literal", value: token.value };
    if (token.kind === "punct" && token.value === "!") return { type: "not", operand: primary() };
    if (token.kind === "punct" && token.value === "(") {
      const inner = or();
      expect(")");
      return inner;
    }
    if (token.kind === "ident") {
      if (token.value === "true" || token.value === "false") return { type: "literal", value: token.value === "true" };
      if (token.value === "null") return { type: "literal", value: null };
      if (!roots.has(token.value)) throw new Error(`unknown identifier "${token.value}"`);
      return { type: "path", root: token.value, keys: pathKeys() };
    }
    throw new Error(`unexpected "${token.value}"`);
  };

  const pathKeys = (): string[] => {
    const keys: string[] = [];
    for (;;) {
      if (isPunct(".")) {
        pos++;
        const ident = tokens[pos++];
        if (ident?.kind !== "ident") throw new Error("expected a field name after '.'");
        keys.push(ident.value);
      } else if (isPunct("[")) {
        pos++;
        const key = tokens[pos++];
        if (key?.kind !== "string" && key?.kind !== "number") throw new Error("expected a literal index");
        keys.push(String(key.value));
        expect("]");
      } else {
        return keys;
      }
    }
  };

  const comparison = binaryLevel(["==", "!=", "<=", ">=", "<", ">"], primary, false);
  const and = binaryLevel(["&&"], comparison, true);
  const or: () => Expr = binaryLevel(["||"], and, true);

  const expr = or();
  if (pos !== tokens.length) throw new Error(`unexpected "${tokens[pos]!.value}"`);
  return expr;
}

const parsedExpressions = new Map<string, Expr>();

/** parseExpression, once per source: triggers, batch and concurrency keys are evaluated per event and per call. */
export function cachedExpression(source: string): Expr {
  let expr = parsedExpressions.get(source);
  if (!expr) {
    expr = parseExpression(source);
    parsedExpressions.set(source, expr);
  }
  return expr;
}

export type ExprContext = { event?: unknown; async?: unknown };

/** CEL raises an error on a missing field; an expression that errors does not match. */
export function matches(expr: Expr, context: ExprContext): boolean {
  try {
    return evaluate(expr, context) === true;
  } catch {
    return false;
  }
}

function evaluate(expr: Expr, context: ExprContext): unknown {
  switch (expr.type) {
    case "literal":
      return expr.value;
    case "path":
      return expr.keys.reduce<unknown>((value, key) => {
        if (value === null || typeof value !== "object" || !Object.hasOwn(value, key)) {
          throw new Error(`no such key: ${key}`);
        }
        return (value as Record<string, unknown>)[key];
      }, context[expr.root as keyof ExprContext]);
    case "not":
      return !asBool(evaluate(expr.operand, context));
    case "binary":
      return evaluateBinary(expr.op, expr.left, expr.right, context);
  }
}

function evaluateBinary(op: BinaryOp, leftExpr: Expr, rightExpr: Expr, context: ExprContext): boolean {
  if (op === "&&" || op === "||") {
    const short = op === "||";
    const [left, right] = [leftExpr, rightExpr].map((side) => attempt(() => asBool(evaluate(side, context))));
    if (left === short || right === short) return short;
    if (left instanceof Error) throw left;
    if (right instanceof Error) throw right;
    return !short;
  }
  const left = evaluate(leftExpr, context);
  const right = evaluate(rightExpr, context);
  if (op === "==") return deepEqual(left, right);
  if (op === "!=") return !deepEqual(left, right);
  const comparable = (typeof left === "number" && typeof right === "number") || (typeof left === "string" && typeof right === "string");
  if (!comparable) throw new Error(`cannot compare ${typeof left} ${op} ${typeof right}`);
  const [a, b] = [left as number | string, right as number | string];
  return op === "<" ? a < b : op === "<=" ? a <= b : op === ">" ? a > b : a >= b;
}

function attempt<T>(fn: () => T): T | Error {
  try {
    return fn();
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

function asBool(value: unknown): boolean {
  if (typeof value !== "boolean") throw new Error(`expected a boolean, got ${typeof value}`);
  return value;
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) => deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/**
 * The value of a key expression (a batch's `key`) as a string that groups equal values; a key that
 * cannot be evaluated (a missing field) groups with the other such events.
 */
export function keyValue(expr: Expr, context: ExprContext): string {
  try {
    return JSON.stringify(evaluate(expr, context)) ?? "null";
  } catch {
    return "null";
  }
}
