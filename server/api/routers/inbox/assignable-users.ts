import "server-only";
import { listAssignableUsers } from "@/server/services/inbox/list-assignable-users";
import { inboxProcedure } from "./procedure";

export const assignableUsers = inboxProcedure.query(({ ctx }) => listAssignableUsers(ctx.db));
