import { describe, expect, it } from "vitest";
import { EMPTY_PAYLOAD_HASH, encodeS3Path, sha256Hex, signSigV4, toAmzDate } from "./sigv4";

// The examples published in the AWS S3 API reference ("Signature Calculations for the Authorization
// Header: Transferring Payload in a Single Chunk" → "Examples: Signature Calculations").
const example = {
  amzDate: "20130524T000000Z",
  region: "us-east-1",
  service: "s3",
  accessKeyId: "AKIAIOSFODNN7EXAMPLE",
  secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
};
const host = "examplebucket.s3.amazonaws.com";

describe("signSigV4 against AWS's published examples", () => {
  it("GET Object /test.txt with Range: bytes=0-9", () => {
    const signed = signSigV4({
      ...example,
      method: "GET",
      canonicalUri: "/test.txt",
      headers: { Host: host, Range: "bytes=0-9", "x-amz-content-sha256": EMPTY_PAYLOAD_HASH, "x-amz-date": example.amzDate },
      payloadHash: EMPTY_PAYLOAD_HASH,
    });
    expect(EMPTY_PAYLOAD_HASH).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(signed.canonicalRequest).toBe(
      [
        "GET",
        "/test.txt",
        "",
        "host:examplebucket.s3.amazonaws.com",
        "range:bytes=0-9",
        "x-amz-content-sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "x-amz-date:20130524T000000Z",
        "",
        "host;range;x-amz-content-sha256;x-amz-date",
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
      ].join("\n"),
    );
    expect(signed.stringToSign).toBe(
      "AWS4-HMAC-SHA256\n20130524T000000Z\n20130524/us-east-1/s3/aws4_request\n7344ae5b7ee6c3e7e6b0fe0640412a37625d1fbfff95c48bbb2dc43964946972",
    );
    expect(signed.signature).toBe("f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41");
    expect(signed.authorization).toBe(
      "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, " +
        "SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, " +
        "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41",
    );
  });

  it("PUT Object test$file.text with the body 'Welcome to Amazon S3.'", () => {
    const payloadHash = sha256Hex(Buffer.from("Welcome to Amazon S3."));
    expect(payloadHash).toBe("44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072");
    const signed = signSigV4({
      ...example,
      method: "PUT",
      canonicalUri: `/${encodeS3Path("test$file.text")}`,
      headers: {
        Host: host,
        Date: "Fri, 24 May 2013 00:00:00 GMT",
        "x-amz-date": example.amzDate,
        "x-amz-storage-class": "REDUCED_REDUNDANCY",
        "x-amz-content-sha256": payloadHash,
      },
      payloadHash,
    });
    expect(signed.canonicalRequest.split("\n").slice(0, 2)).toEqual(["PUT", "/test%24file.text"]);
    expect(signed.signedHeaders).toBe("date;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class");
    expect(signed.stringToSign.split("\n")[3]).toBe("9e0e90d9c76de8fa5b200d8c849cd5b8dc7a3be3951ddb7f6a76b4158342019d");
    expect(signed.signature).toBe("98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd");
  });

  it("changes the signature when the secret, the body hash or a signed header changes", () => {
    const base = {
      ...example,
      method: "PUT",
      canonicalUri: "/b/k",
      headers: { host: "h", "x-amz-date": example.amzDate, "x-amz-content-sha256": EMPTY_PAYLOAD_HASH },
      payloadHash: EMPTY_PAYLOAD_HASH,
    };
    const reference = signSigV4(base).signature;
    expect(signSigV4({ ...base, secretAccessKey: "other" }).signature).not.toBe(reference);
    expect(signSigV4({ ...base, payloadHash: sha256Hex("x") }).signature).not.toBe(reference);
    expect(signSigV4({ ...base, headers: { ...base.headers, host: "h2" } }).signature).not.toBe(reference);
  });
});

describe("encodeS3Path", () => {
  it("percent-encodes every byte outside the unreserved set, keeping the slashes", () => {
    expect(encodeS3Path("outbound/c1/ab-planta baixa+(1)é~_.pdf")).toBe("outbound/c1/ab-planta%20baixa%2B%281%29%C3%A9~_.pdf");
    expect(encodeS3Path("a*b!c'd")).toBe("a%2Ab%21c%27d");
  });
});

describe("toAmzDate", () => {
  it("formats UTC without separators or milliseconds", () => {
    expect(toAmzDate(new Date("2013-05-24T00:00:00.123Z"))).toBe("20130524T000000Z");
  });
});
