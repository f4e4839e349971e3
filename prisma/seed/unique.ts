import { randomBytes } from "node:crypto";

// Unique suffixes let tests seed side by side in one database without resets.
export const uniqueSuffix = () => randomBytes(4).toString("hex");

// Letters only, for a name a search must find by itself: a hex suffix with four digits also
// matches other tests' phone numbers.
export const uniqueWord = () => uniqueSuffix().replace(/\d/g, (d) => "ghijklmnop"[Number(d)] ?? "");
