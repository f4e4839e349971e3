// How the stand-ins read their settings from the environment: unset or blank is "use the default".
export type Env = Record<string, string | undefined>;

export function envInt(env: Env, name: string): number | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer; got "${raw}".`);
  return value;
}

export function envFlag(env: Env, name: string): boolean | undefined {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw) return undefined;
  if (["on", "true", "1", "yes"].includes(raw)) return true;
  if (["off", "false", "0", "no"].includes(raw)) return false;
  throw new Error(`${name} must be "on" or "off"; got "${raw}".`);
}

export function envText(env: Env, name: string): string | undefined {
  return env[name]?.trim() || undefined;
}

/** Only the settings the environment gave, so the rest keep their defaults. */
export function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}
