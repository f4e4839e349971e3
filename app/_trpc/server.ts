import "server-only";
import { cache } from "react";
import { createCaller } from "@/server/api/root";
import { createRequestContext } from "@/server/api/request-context";

// Server components call procedures in-process, with the same permission checks as the browser.
export const serverApi = cache(async () => createCaller(await createRequestContext()));
