import "server-only";
import type { Env } from "@/server/env";
import type { LoginLimits } from "@/server/services/auth/login-throttle";

export function loginLimits(config: Env): LoginLimits {
  return {
    maxFailures: config.LOGIN_MAX_FAILURES,
    windowMinutes: config.LOGIN_WINDOW_MINUTES,
    maxFailuresPerEmail: config.LOGIN_MAX_FAILURES_PER_EMAIL,
    maxFailuresPerIp: config.LOGIN_MAX_FAILURES_PER_IP,
  };
}
