import "server-only";
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";
import type { Db } from "@/server/db";
import { loadSessionActor, type SessionClaims } from "@/server/auth/load-actor";
import { can, canAny, type Permission } from "@/server/auth/permissions";
import { AppError } from "@/server/errors";
import { translateError } from "@/server/i18n/translate-error";

export type TrpcContext = {
  db: Db;
  session: SessionClaims | null;
  locale: string;
  // The caller's address for the login limits (server/auth/client-address.ts); null when unknown.
  clientAddress: string | null;
  // Re-issues this browser's session after its own password change; absent outside HTTP (tests).
  renewSession?: (email: string, password: string) => Promise<boolean>;
};
// Declared on every permission-gated procedure; the access tests read it to prove each one refuses.
// `duringPasswordChange`: still answers while the user's password is a one-time one.
export type ProcedureMeta = { permissions?: Permission[]; public?: boolean; duringPasswordChange?: boolean };

const t = initTRPC.context<TrpcContext>().meta<ProcedureMeta>().create({
  transformer: superjson,
  errorFormatter({ shape, error, ctx }) {
    const cause = error.cause;
    const appError = cause instanceof AppError ? cause : null;
    // Unknown errors never leak their message to the browser.
    const message = appError
      ? translateError(ctx?.locale, appError.key, appError.params)
      : error.code === "INTERNAL_SERVER_ERROR"
        ? translateError(ctx?.locale, "common.internal")
        : error.message;
    return {
      ...shape,
      message,
      data: {
        ...shape.data,
        appErrorKey: appError?.key ?? null,
        zodIssues: cause instanceof ZodError ? cause.issues : null,
      },
    };
  },
});

export const createCallerFactory = t.createCallerFactory;
export const router = t.router;

const mapAppErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof AppError) {
    const cause = result.error.cause;
    throw new TRPCError({ code: cause.code, message: cause.key, cause });
  }
  return result;
});

export const publicProcedure = t.procedure.use(mapAppErrors);

export const protectedProcedure = publicProcedure.use(async ({ ctx, meta, next }) => {
  const found = ctx.session ? await loadSessionActor(ctx.db, ctx.session) : null;
  if (!found) throw new TRPCError({ code: "UNAUTHORIZED", cause: new AppError("UNAUTHORIZED", "common.unauthorized") });
  // A one-time password (admin reset, admin:create) opens nothing but the way to replace it.
  if (found.mustChangePassword && !meta?.duringPasswordChange) {
    throw new TRPCError({ code: "FORBIDDEN", cause: new AppError("FORBIDDEN", "password.changeRequired") });
  }
  return next({ ctx: { ...ctx, actor: found.actor, mustChangePassword: found.mustChangePassword } });
});

export function permissionProcedure(...anyOf: Permission[]) {
  return protectedProcedure.meta({ permissions: anyOf }).use(({ ctx, next }) => {
    if (!canAny(ctx.actor, anyOf)) throw new TRPCError({ code: "FORBIDDEN", cause: new AppError("FORBIDDEN", "common.forbidden") });
    return next();
  });
}

export { can };
