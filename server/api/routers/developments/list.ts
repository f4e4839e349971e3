import "server-only";
import { listDevelopments } from "@/server/services/developments/list-developments";
import { developmentsProcedure } from "./procedure";

export const list = developmentsProcedure.query(({ ctx }) => listDevelopments(ctx.db));
