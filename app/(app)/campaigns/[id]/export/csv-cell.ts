// A cell a spreadsheet could run as a formula (=, +, -, @, tab, CR at the start) gets a leading
// apostrophe, then every cell is quoted: lead names come from WhatsApp and from imports.
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | null | undefined): string {
  const text = value ?? "";
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

export const CSV_SEPARATOR = ";";

export const csvLine = (cells: (string | null | undefined)[]) => `${cells.map(csvCell).join(CSV_SEPARATOR)}\r\n`;
