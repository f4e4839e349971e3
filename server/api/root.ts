import "server-only";
import { createCallerFactory, router } from "./trpc";
import { meRouter } from "./routers/me/router";
import { usersRouter } from "./routers/users/router";
import { leadsRouter } from "./routers/leads/router";
import { profilesRouter } from "./routers/profiles/router";
import { queuesRouter } from "./routers/queues/router";
import { standardMessagesRouter } from "./routers/standard-messages/router";
import { auditRouter } from "./routers/audit/router";
import { channelsRouter } from "./routers/channels/router";
import { templatesRouter } from "./routers/templates/router";
import { developmentsRouter } from "./routers/developments/router";
import { inboxRouter } from "./routers/inbox/router";
import { campaignsRouter } from "./routers/campaigns/router";

export const appRouter = router({
  me: meRouter,
  users: usersRouter,
  leads: leadsRouter,
  profiles: profilesRouter,
  queues: queuesRouter,
  standardMessages: standardMessagesRouter,
  audit: auditRouter,
  channels: channelsRouter,
  templates: templatesRouter,
  developments: developmentsRouter,
  inbox: inboxRouter,
  campaigns: campaignsRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
