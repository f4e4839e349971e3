import { createCallerFactory, router } from "./trpc";
import { meRouter } from "./routers/me/router";
import { usersRouter } from "./routers/users/router";

export const appRouter = router({
  me: meRouter,
  users: usersRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
