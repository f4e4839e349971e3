import "server-only";
import { router } from "@/server/api/trpc";
import { get } from "./get";
import { history } from "./history";
import { list } from "./list";
import { newConversationOptions } from "./new-conversation-options";
import { startConversation } from "./start-conversation";

export const leadsRouter = router({ list, get, history, newConversationOptions, startConversation });
