import { randomBytes } from "node:crypto";

// Unique suffixes let tests seed side by side in one database without resets.
export const uniqueSuffix = () => randomBytes(4).toString("hex");
