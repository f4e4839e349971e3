import "server-only";
import { router } from "@/server/api/trpc";
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
});
