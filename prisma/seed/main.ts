// `npm run db:seed` (and `prisma db seed`): demo data on an empty database, in the local demo only.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../generated/prisma/client";
import { isLocalDemo, LOCAL_DEMO_FLAG } from "../../server/runtime-mode";
import { resolveCliDatabaseUrl } from "../cli/database-url";
import { DEMO_LOGINS, seedDemo } from "./demo";
import { DEMO_PASSWORD } from "./users";

// A DATABASE_URL is production unless the developer says otherwise, as for `npm start`: demo
// accounts with a published password must never land there by a stray command.
if (process.env.DATABASE_URL && !isLocalDemo(process.env)) {
  console.error(`DATABASE_URL definida: dados de demonstração (senha pública) só na demonstração local. Para semear um banco de desenvolvimento: ${LOCAL_DEMO_FLAG}=1 npm run db:seed`);
  process.exit(1);
}

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
