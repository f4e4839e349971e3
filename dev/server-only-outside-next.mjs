// Preloaded (`node --import`) by the scripts that run server modules outside Next: the launcher,
// seeds, the admin CLI and the bench. "server-only" throws on import unless resolved under React
// Server Components' "react-server" condition, and turning that condition on for a whole script
// would switch every package (react, next-intl) to its RSC build. So only this one package is
// pointed at its own empty server entry. Vitest (alias) and Playwright (e2e/tsconfig.json) do the same.
import { register } from "node:module";

register(
  "data:text/javascript," +
    encodeURIComponent(`
      export async function resolve(specifier, context, next) {
        if (specifier !== "server-only") return next(specifier, context);
        const entry = await next(specifier, context);
        return { url: new URL("empty.js", entry.url).href, shortCircuit: true };
      }
    `),
);
