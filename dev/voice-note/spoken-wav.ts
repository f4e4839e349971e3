// A voice note the stand-ins can "hear": a short, silent WAV whose RIFF LIST/INFO `ICMT` (comment)
// chunk carries the words the lead "said". The WhatsApp sandbox's phone page sends these, and the
// AI stand-in (dev/ai-stand-in) transcribes them back to that text. Any player opens the file.
const SAMPLE_RATE = 8_000;
const SECONDS_PER_WORD = 0.3;
const MIN_SECONDS = 1;
const MAX_SECONDS = 8;

function chunk(id: string, body: Buffer): Buffer {
  const header = Buffer.alloc(8);
  header.write(id, 0, "ascii");
  header.writeUInt32LE(body.length, 4);
  // RIFF chunks start on even offsets: an odd body gets one pad byte that its size does not count.
  return Buffer.concat([header, body, body.length % 2 ? Buffer.alloc(1) : Buffer.alloc(0)]);
}

function formatChunk(): Buffer {
  const body = Buffer.alloc(16);
  body.writeUInt16LE(1, 0); // PCM
  body.writeUInt16LE(1, 2); // mono
  body.writeUInt32LE(SAMPLE_RATE, 4);
  body.writeUInt32LE(SAMPLE_RATE, 8); // bytes per second at 8 bits, mono
  body.writeUInt16LE(1, 12); // block align
  body.writeUInt16LE(8, 14); // bits per sample
  return chunk("fmt ", body);
}

/** A WAV of silence, as long as the text would take to say, carrying the text in ICMT. */
export function spokenWav(text: string): Buffer {
  const words = text.trim().split(/\s+/).filter(Boolean).length;
  const seconds = Math.min(MAX_SECONDS, Math.max(MIN_SECONDS, words * SECONDS_PER_WORD));
  // 8-bit PCM is unsigned: 128 is silence.
  const samples = Buffer.alloc(Math.round(seconds * SAMPLE_RATE), 128);
  const info = Buffer.concat([Buffer.from("INFO", "ascii"), chunk("ICMT", Buffer.concat([Buffer.from(text, "utf8"), Buffer.alloc(1)]))]);
  const body = Buffer.concat([Buffer.from("WAVE", "ascii"), formatChunk(), chunk("LIST", info), chunk("data", samples)]);
  return chunk("RIFF", body);
}

type Chunk = { id: string; body: Uint8Array };

function* chunksOf(bytes: Uint8Array, start: number, end: number): Generator<Chunk> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = start;
  while (offset + 8 <= end) {
    const id = String.fromCharCode(...bytes.subarray(offset, offset + 4));
    const size = view.getUint32(offset + 4, true);
    const bodyEnd = Math.min(end, offset + 8 + size);
    yield { id, body: bytes.subarray(offset + 8, bodyEnd) };
    offset = offset + 8 + size + (size % 2);
  }
}

const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));

/** The text a spoken WAV carries; null for anything else (no RIFF/WAVE, no ICMT, empty comment). */
export function readSpokenText(bytes: Uint8Array): string | null {
  if (bytes.length < 12 || ascii(bytes, 0, 4) !== "RIFF" || ascii(bytes, 8, 12) !== "WAVE") return null;
  for (const { id, body } of chunksOf(bytes, 12, bytes.length)) {
    if (id !== "LIST" || body.length < 4 || ascii(body, 0, 4) !== "INFO") continue;
    for (const entry of chunksOf(body, 4, body.length)) {
      if (entry.id !== "ICMT") continue;
      const end = entry.body.indexOf(0);
      const text = new TextDecoder().decode(end === -1 ? entry.body : entry.body.subarray(0, end)).trim();
      if (text) return text;
    }
  }
  return null;
}
