import { describe, expect, it } from "vitest";
import { isMediaDownloadUrl, isMetaMediaId } from "./media-source";

describe("isMetaMediaId", () => {
  it("accepts Meta's numeric ids", () => {
    expect(isMetaMediaId("1037543291543636")).toBe(true);
  });

  it.each(["../../me", "123/../../x", "1?x=", "1#x", "12 3", "", "1".repeat(33), "١٢٣", "0x1f", "me"])("refuses %j", (id) => {
    expect(isMetaMediaId(id)).toBe(false);
  });

  it("refuses what is not a string", () => {
    expect(isMetaMediaId(123)).toBe(false);
    expect(isMetaMediaId(undefined)).toBe(false);
  });
});

describe("isMediaDownloadUrl", () => {
  const META = "https://graph.facebook.com";
  const SANDBOX = "http://127.0.0.1:8290";

  it.each([
    "https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=1037543291543636&ext=1&hash=x",
    "https://scontent.xx.fbcdn.net/v/t61/123.jpg",
    "https://mmg.whatsapp.net/d/f/abc.enc",
  ])("accepts Meta's media host %s", (url) => {
    expect(isMediaDownloadUrl(url, META)).toBe(true);
  });

  it("accepts the Graph base URL's own origin (the sandbox in the local demo)", () => {
    expect(isMediaDownloadUrl(`${SANDBOX}/whatsapp_business/attachments/?mid=1`, SANDBOX)).toBe(true);
  });

  it.each([
    ["another host", "https://evil.example/file"],
    ["an http downgrade", "http://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=1"],
    ["user info before the host", "https://lookaside.fbsbx.com@evil.example/file"],
    ["user info on Meta's host", "https://user:pass@lookaside.fbsbx.com/file"],
    ["a look-alike suffix", "https://lookaside.fbsbx.com.evil.example/file"],
    ["a look-alike domain", "https://evilfbcdn.net/file"],
    ["a backslash trick", "https://evil.example\\@lookaside.fbsbx.com/file"],
    ["another port", "https://lookaside.fbsbx.com:8443/file"],
    ["another scheme", "file:///etc/passwd"],
    ["garbage", "não é url"],
  ])("refuses %s, whatever the Graph base URL", (_, url) => {
    expect(isMediaDownloadUrl(url, META)).toBe(false);
    expect(isMediaDownloadUrl(url, SANDBOX)).toBe(false);
  });

  it("refuses the sandbox when Graph is Meta's, and another port of the sandbox's host", () => {
    expect(isMediaDownloadUrl(`${SANDBOX}/whatsapp_business/attachments/?mid=1`, META)).toBe(false);
    expect(isMediaDownloadUrl("http://127.0.0.1:9999/file", SANDBOX)).toBe(false);
  });
});
