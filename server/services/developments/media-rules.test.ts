import { describe, expect, it } from "vitest";
import { acceptAttribute, checkUpload, resolveMimeType } from "./media-rules";
import { contentMatchesType } from "./sniff-media";

const MB = 1024 * 1024;

describe("media upload rules (Meta's limits)", () => {
  it("takes JPEG/PNG photos up to 5 MB", () => {
    expect(checkUpload({ kind: "PHOTO", fileName: "fachada.png", mimeType: "image/png", size: 5 * MB })).toMatchObject({ ok: true, metaClass: "image" });
    expect(checkUpload({ kind: "PHOTO", fileName: "fachada.png", mimeType: "image/png", size: 5 * MB + 1 })).toEqual({
      ok: false,
      code: "mediaTooLarge",
      params: { sizeMb: 5.1, maxMb: 5 },
    });
    expect(checkUpload({ kind: "PHOTO", fileName: "f.jpg", mimeType: "image/jpg", size: 10 })).toMatchObject({ ok: true, mimeType: "image/jpeg" });
    expect(checkUpload({ kind: "PHOTO", fileName: "f.webp", mimeType: "image/webp", size: 10 })).toMatchObject({ ok: false, code: "mediaTypeNotAccepted" });
  });

  it("takes MP4 videos up to 16 MB and documents up to 100 MB", () => {
    expect(checkUpload({ kind: "VIDEO", fileName: "tour.mp4", mimeType: "video/mp4", size: 16 * MB }).ok).toBe(true);
    expect(checkUpload({ kind: "VIDEO", fileName: "tour.mp4", mimeType: "video/mp4", size: 16 * MB + 1 })).toMatchObject({ code: "mediaTooLarge", params: { maxMb: 16 } });
    expect(checkUpload({ kind: "DOCUMENT", fileName: "memorial.pdf", mimeType: "application/pdf", size: 100 * MB }).ok).toBe(true);
    expect(checkUpload({ kind: "DOCUMENT", fileName: "memorial.pdf", mimeType: "application/pdf", size: 100 * MB + 1 })).toMatchObject({ code: "mediaTooLarge" });
    expect(checkUpload({ kind: "DOCUMENT", fileName: "vazio.pdf", mimeType: "application/pdf", size: 0 })).toMatchObject({ code: "mediaEmpty" });
  });

  it("matches the kind: a video is no photo, a price table may be a PDF or an image", () => {
    expect(checkUpload({ kind: "PHOTO", fileName: "tour.mp4", mimeType: "video/mp4", size: 10 })).toMatchObject({ code: "mediaTypeNotAccepted" });
    expect(checkUpload({ kind: "PRICE_TABLE", fileName: "tabela.png", mimeType: "image/png", size: 10 }).ok).toBe(true);
    expect(checkUpload({ kind: "PRICE_TABLE", fileName: "tabela.xlsx", mimeType: "", size: 10 })).toMatchObject({ ok: true, metaClass: "document" });
    expect(checkUpload({ kind: "VIDEO", fileName: "a.html", mimeType: "text/html", size: 10 }).ok).toBe(false);
  });

  it("falls back to the extension only when the browser gives no type", () => {
    expect(resolveMimeType("", "Planta.PDF")).toBe("application/pdf");
    expect(resolveMimeType("application/octet-stream", "x.docx")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(resolveMimeType("text/html", "x.pdf")).toBe("text/html");
  });

  it("lists what the file picker accepts per kind", () => {
    expect(acceptAttribute("PHOTO").split(",")).toEqual(["image/jpeg", "image/png", ".jpg", ".jpeg", ".png"]);
    expect(acceptAttribute("VIDEO")).toContain(".mp4");
  });
});

describe("content sniffing", () => {
  it("checks the first bytes against the declared type", () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]);
    expect(contentMatchesType("image/png", png)).toBe(true);
    expect(contentMatchesType("image/jpeg", png)).toBe(false);
    expect(contentMatchesType("application/pdf", new TextEncoder().encode("%PDF-1.4"))).toBe(true);
    expect(contentMatchesType("image/png", new TextEncoder().encode("<html><script>"))).toBe(false);
    expect(contentMatchesType("video/mp4", new Uint8Array([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70]))).toBe(true);
    expect(contentMatchesType("text/html", new TextEncoder().encode("<html>"))).toBe(false);
  });
});
