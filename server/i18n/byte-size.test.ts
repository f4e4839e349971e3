import { describe, expect, it } from "vitest";
import { translator } from "@/test/translator";
import { formatByteSize, megabytesRoundedUp } from "./byte-size";

const MB = 1024 * 1024;

describe("byte sizes", () => {
  it("writes a size in the reader's locale, rounded up", () => {
    expect(formatByteSize(6.12 * MB, "pt-BR")).toBe("6,2 MB");
    expect(formatByteSize(6.12 * MB, "en")).toBe("6.2 MB");
    expect(formatByteSize(5 * MB, "pt-BR")).toBe("5 MB");
    expect(formatByteSize(300, "en")).toBe("1 kB");
    expect(formatByteSize(100 * 1024, "pt-BR")).toBe("100 kB");
  });

  it("never shows a file just over a limit as equal to it", () => {
    expect(megabytesRoundedUp(16 * MB + 1)).toBe(16.1);
    expect(translator("pt-BR")("errors.outbound.mediaSize", { kind: "video", sizeMb: megabytesRoundedUp(16 * MB + 1), maxMb: 16 })).toBe(
      "O vídeo tem 16,1 MB; o limite do WhatsApp é 16 MB.",
    );
    expect(translator("en")("errors.outbound.mediaSize", { kind: "video", sizeMb: 16.1, maxMb: 16 })).toContain("16.1 MB");
  });
});
