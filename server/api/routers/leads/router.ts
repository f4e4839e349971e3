import "server-only";
import { router } from "@/server/api/trpc";
import { clearMarketingOptOut } from "./clear-marketing-opt-out";
import { get } from "./get";
import { history } from "./history";
import { list } from "./list";
import { newConversationOptions } from "./new-conversation-options";
import { qualify } from "./qualify";
import { saveQualification } from "./save-qualification";
import { startConversation } from "./start-conversation";
import { summarize } from "./summarize";

export const leadsRouter = router({ list, get, history, newConversationOptions, startConversation, summarize, qualify, saveQualification, clearMarketingOptOut });
