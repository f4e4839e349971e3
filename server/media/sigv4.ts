import { createHash, createHmac } from "node:crypto";

// AWS Signature Version 4 for S3, single-chunk signed payload (AWS S3 API reference,
// "Signature Calculations for the Authorization Header: Transferring Payload in a Single Chunk").

const ALGORITHM = "AWS4-HMAC-SHA256";

export const EMPTY_PAYLOAD_HASH = sha256Hex("");

export type SigV4Request = {
  method: string;
  /** The path exactly as sent, already encoded with `encodeS3Path`. */
  canonicalUri: string;
  /** Every header to sign (host, x-amz-date and x-amz-content-sha256 among them); names in any case. */
  headers: Record<string, string>;
  payloadHash: string;
  amzDate: string;
  region: string;
  service: string;
  accessKeyId: string;
  secretAccessKey: string;
};

export type SigV4Result = {
  canonicalRequest: string;
  stringToSign: string;
  signature: string;
  signedHeaders: string;
  authorization: string;
};

export function sha256Hex(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

function hmac(key: string | Buffer, data: string): Buffer {
  return createHmac("sha256", key).update(data, "utf8").digest();
}

/** `YYYYMMDD'T'HHMMSS'Z'` in UTC, the x-amz-date format. */
export function toAmzDate(date: Date): string {
  return date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

/** UriEncode() from the spec: every byte but A-Z a-z 0-9 - _ . ~ as %XX (uppercase); "/" kept between segments. */
export function encodeS3Path(path: string): string {
  return path
    .split("/")
    .map((segment) =>
      Array.from(Buffer.from(segment, "utf8"), (byte) => {
        const char = String.fromCharCode(byte);
        return /[A-Za-z0-9\-_.~]/.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
      }).join(""),
    )
    .join("/");
}

function canonicalHeaders(headers: Record<string, string>): { block: string; signedHeaders: string } {
  const entries = Object.entries(headers)
    .map(([name, value]) => [name.toLowerCase(), value.trim().replace(/\s+/g, " ")] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    block: entries.map(([name, value]) => `${name}:${value}\n`).join(""),
    signedHeaders: entries.map(([name]) => name).join(";"),
  };
}

export function signingKey(secretAccessKey: string, date: string, region: string, service: string): Buffer {
  const kDate = hmac(`AWS4${secretAccessKey}`, date);
  return hmac(hmac(hmac(kDate, region), service), "aws4_request");
}

/** Requests without a query string only: object PUT and GET need none. */
export function signSigV4(request: SigV4Request): SigV4Result {
  const { block, signedHeaders } = canonicalHeaders(request.headers);
  const canonicalRequest = [request.method, request.canonicalUri, "", block, signedHeaders, request.payloadHash].join("\n");
  const date = request.amzDate.slice(0, 8);
  const scope = `${date}/${request.region}/${request.service}/aws4_request`;
  const stringToSign = [ALGORITHM, request.amzDate, scope, sha256Hex(canonicalRequest)].join("\n");
  const signature = createHmac("sha256", signingKey(request.secretAccessKey, date, request.region, request.service))
    .update(stringToSign, "utf8")
    .digest("hex");
  const authorization = `${ALGORITHM} Credential=${request.accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
  return { canonicalRequest, stringToSign, signature, signedHeaders, authorization };
}
