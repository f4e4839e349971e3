import "server-only";
import { randomInt } from "node:crypto";

// No 0/O, 1/l/I: read aloud or copied from a screen without doubt. 16 symbols of 31 ≈ 79 bits.
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

export function generateOneTimePassword(): string {
  const symbols = Array.from({ length: 16 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return [0, 4, 8, 12].map((start) => symbols.slice(start, start + 4).join("")).join("-");
}
