// One table for the whole run, printed at the end (and pasted into the README).
export type BenchTable = { row(measure: string, result: string, detail: string, note: string): void; print(): void };

export function benchTable(title: string): BenchTable {
  const rows: string[][] = [];
  return {
    row: (...cells) => {
      rows.push(cells);
      console.log(`  ${cells.join(" | ")}`);
    },
    print() {
      console.log(`\n${title}\n`);
      console.log("| Measure | Result | Detail | Note |\n|---|---|---|---|");
      for (const cells of rows) console.log(`| ${cells.join(" | ")} |`);
    },
  };
}
