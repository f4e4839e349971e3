import "server-only";
import { router } from "@/server/api/trpc";
import { changePassword } from "./change-password";
import { get } from "./get";

export const meRouter = router({ get, changePassword });
