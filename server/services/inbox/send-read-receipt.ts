import "server-only";
import { openCredential } from "@/server/crypto/credentials";
import { createGraphClient } from "@/server/meta/graph-client";
import { graphConfigFromEnv } from "@/server/meta/graph-config";

export type ReadReceipt = { phoneNumberId: string; accessTokenEnc: string; wamid: string };
export type ReadReceiptSender = (receipt: ReadReceipt) => Promise<void>;

const TIMEOUT_MS = 5_000;

// Straight to the Graph API, not through Inngest: a read receipt is worth nothing minutes later,
// so one short attempt is enough and a failure is only logged.
export const sendReadReceipt: ReadReceiptSender = async (receipt) => {
  const graph = createGraphClient({ accessToken: openCredential(receipt.accessTokenEnc), ...graphConfigFromEnv(), timeoutMs: TIMEOUT_MS });
  try {
    await graph.markAsRead(receipt.phoneNumberId, receipt.wamid);
  } catch (error) {
    console.warn(`[inbox] confirmação de leitura não enviada (${receipt.wamid}): ${error instanceof Error ? error.message : String(error)}`);
  }
};
