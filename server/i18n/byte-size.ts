// Sizes travel as numbers and are written in the reader's locale: "6,2 MB" in pt-BR, "6.2 MB" in en.

const KB = 1024;
const MB = 1024 * 1024;

/**
 * Megabytes rounded up to one decimal, for error parameters the catalogue formats with
 * `{sizeMb, number, ::unit/megabyte .#}`: a file just over a limit never reads as equal to it.
 */
export function megabytesRoundedUp(bytes: number): number {
  return Math.ceil((bytes / MB) * 10) / 10;
}

/** A file's size for display: KB below a megabyte, else MB with one decimal, rounded up. */
export function formatByteSize(bytes: number, locale: string): string {
  const [value, unit] = bytes < MB ? [Math.max(1, Math.ceil(bytes / KB)), "kilobyte"] : [megabytesRoundedUp(bytes), "megabyte"];
  return new Intl.NumberFormat(locale, { style: "unit", unit, maximumFractionDigits: 1 }).format(value);
}
