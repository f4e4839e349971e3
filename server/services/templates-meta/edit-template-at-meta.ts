import { openCredential } from "@/server/crypto/credentials";
import { graphConfigFromEnv } from "@/server/meta/graph-config";
import { graphRequest } from "@/server/meta/graph-request";
import { successResponseSchema, type TemplateComponent } from "@/server/meta/graph-schemas";

type Edit = { category: string; components: TemplateComponent[] };

// POST /{template-id}: Meta's in-place edit of a template it already knows (name and language
// stay). The Graph client has no method for it yet, so this builds the request on its transport.
export function editTemplateAtMeta(channel: { accessTokenEnc: string }, metaTemplateId: string, edit: Edit) {
  const transport = {
    ...graphConfigFromEnv(),
    accessToken: openCredential(channel.accessTokenEnc),
    fetch: (input: string, init?: RequestInit) => fetch(input, init),
    timeoutMs: 20_000,
  };
  return graphRequest(transport, { method: "POST", path: metaTemplateId, json: edit }, successResponseSchema);
}
