import { sandboxConfigFromEnv } from "./config";
import { startSandbox } from "./sandbox";

const options = sandboxConfigFromEnv();
const sandbox = await startSandbox(options);
const { config } = sandbox.context;

config.log(`pronto em ${sandbox.url}  (página do celular: ${sandbox.url}/)`);
config.log(`Graph API: GRAPH_API_BASE_URL=${sandbox.url}  token: SANDBOX_ACCESS_TOKEN${options.accessToken ? "" : " (padrão)"}`);
config.log(
  config.webhookUrl && config.webhooks
    ? `webhooks → ${config.webhookUrl}, assinados com META_APP_SECRET${options.appSecret ? "" : " (padrão do sandbox)"}`
    : "webhooks desligados (defina SANDBOX_WEBHOOK_URL)",
);
if (config.stateFile) config.log(`estado salvo em ${config.stateFile}`);

async function stop(signal: string) {
  config.log(`${signal}: encerrando`);
  await sandbox.close();
  process.exit(0);
}
process.once("SIGINT", () => void stop("SIGINT"));
process.once("SIGTERM", () => void stop("SIGTERM"));
