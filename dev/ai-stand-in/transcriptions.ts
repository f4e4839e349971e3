import { createHash } from "node:crypto";
import { parseMultipart, sendJson } from "../whatsapp-sandbox/http-io";
import type { Router } from "../whatsapp-sandbox/router";
import { readSpokenText } from "../voice-note/spoken-wav";
import { admitted } from "./api-guard";
import type { StandInContext } from "./context";
import { badRequest } from "./openai-errors";

// What a lead "says" in audio the stand-in cannot read: one of these, chosen by the bytes' hash.
export const HEARD_PHRASES = [
  "Oi, tudo bem? Queria saber mais sobre o apartamento.",
  "Bom dia! Qual o valor do apartamento de 2 quartos?",
  "Vocês aceitam financiamento pelo banco?",
  "Dá pra visitar o decorado no sábado de manhã?",
  "Onde fica o empreendimento?",
  "Tem a planta do apartamento de 3 quartos?",
];

/** The words of a voice note: the text a spoken WAV carries (dev/voice-note), else a phrase by hash. */
export function transcript(bytes: Uint8Array): string {
  const spoken = readSpokenText(bytes);
  if (spoken) return spoken;
  const index = createHash("sha256").update(bytes).digest().readUInt32BE(0) % HEARD_PHRASES.length;
  return HEARD_PHRASES[index]!;
}

export function addTranscriptionRoutes(router: Router, standIn: StandInContext) {
  router.post("/v1/audio/transcriptions", async ({ req, res, body }) => {
    const form = await parseMultipart(await body(), req.headers["content-type"] ?? "");
    const file = form?.get("file");
    const model = form?.get("model");
    standIn.record("/v1/audio/transcriptions", {
      model: typeof model === "string" ? model : null,
      file: file instanceof Blob ? { name: file instanceof File ? file.name : null, type: file.type, size: file.size } : null,
    });
    if (!(await admitted(standIn, req, res))) return;
    if (!form) return badRequest(res, "Could not parse multipart form");
    if (!(file instanceof Blob)) return badRequest(res, "'file' is a required property", "file");
    if (typeof model !== "string" || !model) return badRequest(res, "'model' is a required property", "model");

    const text = transcript(new Uint8Array(await file.arrayBuffer()));
    const format = form.get("response_format") ?? "json";
    if (format === "text") {
      res.writeHead(200, { "content-type": "text/plain; charset=utf-8" });
      return void res.end(text);
    }
    if (format === "verbose_json") return sendJson(res, 200, { task: "transcribe", language: "portuguese", duration: 0, text, segments: [] });
    sendJson(res, 200, { text });
  });
}
