import { standInConfigFromEnv, STAND_IN_MODEL } from "./config";
import { startAiStandIn } from "./stand-in";

const standIn = await startAiStandIn(standInConfigFromEnv());
const { log } = standIn.context.config;

log(`pronto em ${standIn.url}  (API compatível com a OpenAI em ${standIn.baseUrl})`);
log(`app: AI_BASE_URL=${standIn.baseUrl} AI_MODEL=${STAND_IN_MODEL} AI_TRANSCRIPTION_MODEL=${STAND_IN_MODEL}`);

async function stop(signal: string) {
  log(`${signal}: encerrando`);
  await standIn.close();
  process.exit(0);
}
process.once("SIGINT", () => void stop("SIGINT"));
process.once("SIGTERM", () => void stop("SIGTERM"));
