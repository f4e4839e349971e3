export type CronSchedule = {
  source: string;
  minutes: Set<number>;
  hours: Set<number>;
  daysOfMonth: Set<number>;
  months: Set<number>;
  daysOfWeek: Set<number>;
  /** Vixie semantics: when both day fields are restricted, a day matching either one fires. */
  dayOr: boolean;
};

const monthNames = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
const dayNames = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

const macros: Record<string, string> = {
  "@yearly": "0 0 1 1 *",
  "@annually": "0 0 1 1 *",
  "@monthly": "0 0 1 * *",
  "@weekly": "0 0 * * 0",
  "@daily": "0 0 * * *",
  "@midnight": "0 0 * * *",
  "@hourly": "0 * * * *",
};

type FieldSpec = { min: number; max: number; names?: string[]; namesStart?: number };

const fieldSpecs: FieldSpec[] = [
  { min: 0, max: 59 },
  { min: 0, max: 23 },
  { min: 1, max: 31 },
  { min: 1, max: 12, names: monthNames, namesStart: 1 },
  { min: 0, max: 7, names: dayNames, namesStart: 0 },
];

/** Standard 5-field cron, always in UTC. */
export function parseCron(source: string): CronSchedule {
  const trimmed = source.trim();
  if (/^(CRON_)?TZ=/i.test(trimmed)) {
    throw new Error(`Cron "${source}": time zones are not supported by the local executor (UTC only)`);
  }
  const expanded = macros[trimmed.toLowerCase()] ?? trimmed;
  const fields = expanded.split(/\s+/);
  if (fields.length !== 5) throw new Error(`Cron "${source}": expected 5 fields, got ${fields.length}`);
  const [minute, hour, dom, month, dow] = fields.map((field, i) => parseField(field, fieldSpecs[i]!, source));
  const daysOfWeek = new Set([...dow!].map((d) => (d === 7 ? 0 : d)));
  return {
    source,
    minutes: minute!,
    hours: hour!,
    daysOfMonth: dom!,
    months: month!,
    daysOfWeek,
    dayOr: !isUnrestricted(fields[2]!) && !isUnrestricted(fields[4]!),
  };
}

function isUnrestricted(field: string): boolean {
  return field.startsWith("*") || field === "?";
}

function parseField(field: string, spec: FieldSpec, source: string): Set<number> {
  const values = new Set<number>();
  for (const part of field.split(",")) {
    const [rangeText, stepText] = part.split("/");
    const step = stepText === undefined ? 1 : parseNumber(stepText, spec, source, false);
    if (step < 1) throw new Error(`Cron "${source}": invalid step in "${part}"`);
    let [from, to] = [spec.min, spec.max];
    if (rangeText !== "*" && rangeText !== "?") {
      const [a, b] = (rangeText ?? "").split("-");
      from = parseNumber(a ?? "", spec, source, true);
      to = b === undefined ? (stepText === undefined ? from : spec.max) : parseNumber(b, spec, source, true);
    }
    if (from > to) throw new Error(`Cron "${source}": invalid range "${part}"`);
    for (let v = from; v <= to; v += step) values.add(v);
  }
  return values;
}

function parseNumber(text: string, spec: FieldSpec, source: string, bounded: boolean): number {
  const nameIndex = spec.names?.indexOf(text.toUpperCase()) ?? -1;
  const value = nameIndex >= 0 ? nameIndex + (spec.namesStart ?? 0) : /^\d+$/.test(text) ? Number(text) : NaN;
  if (Number.isNaN(value) || (bounded && (value < spec.min || value > spec.max))) {
    throw new Error(`Cron "${source}": invalid value "${text}"`);
  }
  return value;
}

const minuteMs = 60_000;
const searchLimitMs = 5 * 366 * 86_400_000;

/** The first minute strictly after `after` (ms since epoch) at which the schedule fires. */
export function nextCronFire(schedule: CronSchedule, after: number): number {
  let t = Math.floor(after / minuteMs) * minuteMs + minuteMs;
  const limit = t + searchLimitMs;
  while (t <= limit) {
    const d = new Date(t);
    const [year, month, day, hour] = [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours()];
    if (!schedule.months.has(month + 1)) {
      t = Date.UTC(year, month + 1, 1);
    } else if (!dayMatches(schedule, d)) {
      t = Date.UTC(year, month, day + 1);
    } else if (!schedule.hours.has(hour)) {
      t = Date.UTC(year, month, day, hour + 1);
    } else if (!schedule.minutes.has(d.getUTCMinutes())) {
      t += minuteMs;
    } else {
      return t;
    }
  }
  throw new Error(`Cron "${schedule.source}" never fires`);
}

function dayMatches(schedule: CronSchedule, d: Date): boolean {
  const dom = schedule.daysOfMonth.has(d.getUTCDate());
  const dow = schedule.daysOfWeek.has(d.getUTCDay());
  return schedule.dayOr ? dom || dow : dom && dow;
}
