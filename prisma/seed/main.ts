// `npm run db:seed` (and `prisma db seed`): demo data on an empty database.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../generated/prisma/client";
import { resolveCliDatabaseUrl } from "../cli/database-url";
import { DEMO_LOGINS, seedDemo } from "./demo";
import { DEMO_PASSWORD } from "./users";

const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: resolveCliDatabaseUrl() }) });
try {
  if ((await db.user.count()) > 0) {
    console.log("O banco já tem usuários: nada a semear.");
  } else {
    await seedDemo(db);
    console.log(`Dados de demonstração criados. Senha de todos: ${DEMO_PASSWORD}`);
    for (const login of DEMO_LOGINS) console.log(`  ${login.role}: ${login.email}`);
  }
} finally {
  await db.$disconnect();
}
