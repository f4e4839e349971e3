import "server-only";
import { listProfiles } from "@/server/services/profiles/list-profiles";
import { profilesProcedure } from "./procedure";

export const list = profilesProcedure.query(({ ctx }) => listProfiles(ctx.db));
