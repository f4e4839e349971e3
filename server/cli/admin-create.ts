import "server-only";
// `npm run admin:create -- --email admin@empresa.com.br [--name "Nome"]`: creates the first
// administrator of a production database (DATABASE_URL), or resets an existing account to
// administrator with a one-time password. ADMIN_INITIAL_PASSWORD, when set, is that password;
// otherwise one is generated and printed once. Either way the first login must choose a new one.
import { parseArgs } from "node:util";
import { Prisma } from "@/generated/prisma/client";
import { createDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { translateError } from "@/server/i18n/translate-error";
import { bootstrapAdmin } from "@/server/services/users/bootstrap-admin";
import { resolveCliDatabaseUrl } from "@/prisma/cli/database-url";

const USAGE = "Uso: npm run admin:create -- --email admin@empresa.com.br [--name \"Nome Sobrenome\"]";

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const { values } = (() => {
  try {
    return parseArgs({ options: { email: { type: "string" }, name: { type: "string" }, help: { type: "boolean" } } });
  } catch (error) {
    return fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
})();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (!values.email) fail(`Informe o e-mail do administrador.\n${USAGE}`);

const db = createDb(resolveCliDatabaseUrl());
try {
  const result = await bootstrapAdmin(db, { email: values.email, name: values.name, password: process.env.ADMIN_INITIAL_PASSWORD || undefined });
  console.log(result.created ? `Administrador criado: ${result.email}` : `Conta ${result.email} redefinida como administrador; as sessões abertas dela foram encerradas.`);
  if (result.generated) console.log(`Senha de uso único: ${result.oneTimePassword}`);
  else console.log("Senha de uso único: a de ADMIN_INITIAL_PASSWORD.");
  console.log("No primeiro acesso o Comunicador pede uma nova senha. Guarde esta só até lá.");
} catch (error) {
  if (error instanceof AppError) fail(translateError("pt-BR", error.key, error.params));
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2021") fail("O banco não tem as tabelas do Comunicador: rode `npm run db:migrate` antes.");
  throw error;
} finally {
  await db.$disconnect();
}
