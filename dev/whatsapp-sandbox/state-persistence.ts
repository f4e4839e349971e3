import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { BusinessNumber, ChatMessage, Lead, MediaItem, Template } from "./state-types";

export type StateSnapshot = {
  numbers: BusinessNumber[];
  leads: Lead[];
  messages: ChatMessage[];
  media: MediaItem[];
  templates: Template[];
};

/** JSON state in SANDBOX_STATE_FILE; media bytes beside it in media/<id>.bin. */
export function createPersistence(stateFile: string | undefined, log: (line: string) => void) {
  const mediaDir = stateFile ? join(dirname(stateFile), "media") : undefined;

  function load(): StateSnapshot | undefined {
    if (!stateFile || !existsSync(stateFile)) return undefined;
    try {
      return JSON.parse(readFileSync(stateFile, "utf8")) as StateSnapshot;
    } catch (error) {
      log(`não consegui ler ${stateFile} (${(error as Error).message}); começando vazio`);
      return undefined;
    }
  }

  function save(snapshot: StateSnapshot): void {
    if (!stateFile) return;
    mkdirSync(dirname(stateFile), { recursive: true });
    const temporary = `${stateFile}.tmp`;
    writeFileSync(temporary, JSON.stringify(snapshot));
    renameSync(temporary, stateFile);
  }

  async function saveMedia(id: string, bytes: Buffer): Promise<void> {
    if (!mediaDir) return;
    mkdirSync(mediaDir, { recursive: true });
    await writeFile(join(mediaDir, `${id}.bin`), bytes);
  }

  function loadMedia(id: string): Buffer | undefined {
    if (!mediaDir) return undefined;
    const path = join(mediaDir, `${id}.bin`);
    return existsSync(path) ? readFileSync(path) : undefined;
  }

  return { enabled: Boolean(stateFile), load, save, saveMedia, loadMedia };
}

export type Persistence = ReturnType<typeof createPersistence>;
