import { describe, expect, it } from "vitest";
import { readSpokenText, spokenWav } from "./spoken-wav";

describe("spoken WAV", () => {
  it("carries the text in a RIFF LIST/INFO ICMT chunk and reads it back", () => {
    const text = "Oi, queria saber o valor do apartamento de 2 quartos, dá pra visitar no sábado?";
    const wav = spokenWav(text);
    expect(wav.subarray(0, 4).toString("ascii")).toBe("RIFF");
    expect(wav.readUInt32LE(4)).toBe(wav.length - 8);
    expect(wav.subarray(8, 12).toString("ascii")).toBe("WAVE");
    expect(wav.includes(Buffer.from("ICMT"))).toBe(true);
    expect(readSpokenText(wav)).toBe(text);
  });

  it("is a playable PCM file as long as the words take to say, within limits", () => {
    const wav = spokenWav("um dois três quatro cinco seis sete oito nove dez");
    const data = wav.indexOf(Buffer.from("data"));
    expect(wav.readUInt16LE(wav.indexOf(Buffer.from("fmt ")) + 8)).toBe(1);
    expect(wav.readUInt32LE(data + 4)).toBe(3 * 8_000);
    expect(spokenWav("oi").readUInt32LE(spokenWav("oi").indexOf(Buffer.from("data")) + 4)).toBe(8_000);
  });

  it("keeps odd-sized chunks aligned, so chunks after the comment still read", () => {
    for (const text of ["a", "ab", "ação", "é"]) expect(readSpokenText(spokenWav(text))).toBe(text);
  });

  it("answers null for audio without a comment and for anything that is not a WAV", () => {
    const plain = spokenWav("x");
    const withoutComment = Buffer.from(plain);
    withoutComment.write("XXXX", withoutComment.indexOf(Buffer.from("ICMT")), "ascii");
    expect(readSpokenText(withoutComment)).toBeNull();
    expect(readSpokenText(Buffer.concat([Buffer.from("OggS"), Buffer.alloc(60)]))).toBeNull();
    expect(readSpokenText(new Uint8Array())).toBeNull();
    expect(readSpokenText(plain.subarray(0, 30))).toBeNull();
  });
});
