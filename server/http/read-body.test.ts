import { describe, expect, it } from "vitest";
import { streamingRequest } from "@/test/streaming-request";
import { BodyTooLargeError, readBodyWithin, readFormWithin } from "./read-body";

const URL_BASE = "http://localhost:3000/upload";
const KB = 1024;

describe("readBodyWithin", () => {
  it("returns the exact bytes, also those that are not valid UTF-8", async () => {
    const bytes = Buffer.from([0x7b, 0xff, 0xfe, 0xc3, 0x28, 0x7d]);
    const read = await readBodyWithin(new Request(URL_BASE, { method: "POST", body: bytes }), 6);
    expect(Buffer.from(read).equals(bytes)).toBe(true);
  });

  it("returns an empty buffer for a request without a body", async () => {
    expect((await readBodyWithin(new Request(URL_BASE, { method: "POST" }), 10)).length).toBe(0);
  });

  it("reads a chunked body up to the limit exactly", async () => {
    const { request } = streamingRequest(URL_BASE, { chunkBytes: 64 * KB, chunks: 4 });
    expect((await readBodyWithin(request, 256 * KB)).length).toBe(256 * KB);
  });

  it("stops a chunked body as soon as it passes the limit and cancels the rest", async () => {
    const stream = streamingRequest(URL_BASE, { chunkBytes: 64 * KB, chunks: 10_000 });
    await expect(readBodyWithin(stream.request, 256 * KB)).rejects.toBeInstanceOf(BodyTooLargeError);
    // One chunk past the limit at most (the stream may have one more queued).
    expect(stream.pulledBytes()).toBeLessThanOrEqual(6 * 64 * KB);
    expect(stream.cancelled()).toBe(true);
  });

  it("refuses a declared Content-Length over the limit without reading anything", async () => {
    const stream = streamingRequest(URL_BASE, { chunkBytes: KB, chunks: 10, headers: { "content-length": String(1024 * KB) } });
    await expect(readBodyWithin(stream.request, 10 * KB)).rejects.toBeInstanceOf(BodyTooLargeError);
    expect(stream.pulledBytes()).toBe(0);
  });
});

describe("readFormWithin", () => {
  const multipart = (form: FormData) => new Request(URL_BASE, { method: "POST", body: form });

  it("parses a multipart form within the limit", async () => {
    const form = new FormData();
    form.set("title", "Planta");
    form.set("file", new File([new Uint8Array([1, 2, 3])], "planta.pdf", { type: "application/pdf" }));
    const read = await readFormWithin(multipart(form), 10 * KB);
    const file = read?.get("file");
    expect(read?.get("title")).toBe("Planta");
    expect(file instanceof File && file.name).toBe("planta.pdf");
    expect(file instanceof File && new Uint8Array(await file.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
  });

  it("answers null for bytes that are not multipart", async () => {
    const request = new Request(URL_BASE, { method: "POST", body: "não é multipart", headers: { "content-type": "multipart/form-data; boundary=x" } });
    expect(await readFormWithin(request, 10 * KB)).toBeNull();
  });

  it("refuses a form past the limit", async () => {
    const form = new FormData();
    form.set("file", new File([new Uint8Array(20 * KB)], "grande.bin"));
    await expect(readFormWithin(multipart(form), 10 * KB)).rejects.toBeInstanceOf(BodyTooLargeError);
  });
});
