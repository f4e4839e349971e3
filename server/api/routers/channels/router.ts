import "server-only";
import { router } from "@/server/api/trpc";
import { assistantCall } from "./assistant-call";
import { assistantCalls } from "./assistant-calls";
import { assistantSettings } from "./assistant-settings";
import { assistantUsage } from "./assistant-usage";
import { checkHealth } from "./check-health";
import { create } from "./create";
import { get } from "./get";
import { links } from "./links";
import { list } from "./list";
import { queueOptions } from "./queue-options";
import { receptionStatus } from "./reception-status";
import { replaceAccessToken } from "./replace-access-token";
import { replaceAppSecret } from "./replace-app-secret";
import { revealVerifyToken } from "./reveal-verify-token";
import { sendTest } from "./send-test";
import { setAssistant } from "./set-assistant";
import { update } from "./update";
import { updateLinks } from "./update-links";

export const channelsRouter = router({
  list,
  get,
  create,
  update,
  replaceAccessToken,
  replaceAppSecret,
  revealVerifyToken,
  sendTest,
  checkHealth,
  receptionStatus,
  queueOptions,
  links,
  updateLinks,
  assistantSettings,
  setAssistant,
  assistantUsage,
  assistantCalls,
  assistantCall,
});
