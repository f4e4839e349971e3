import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../generated/prisma/client";
import { DEMO_LOGINS, seedDemo } from "../../prisma/seed/demo";

const connect = (databaseUrl: string) => new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });

// Local demo only (launch-plan.ts): seeds demo data on an empty database; returns the demo logins when they exist.
export async function seedIfEmpty(databaseUrl: string, env: NodeJS.ProcessEnv) {
  // Seed factories read these from process.env; assigning undefined would store the string "undefined".
  for (const name of ["CREDENTIALS_ENCRYPTION_KEY", "MEDIA_DIR"] as const) {
    if (!process.env[name] && env[name]) process.env[name] = env[name];
  }
  const db = connect(databaseUrl);
  try {
    if ((await db.user.count()) === 0) {
      console.log("[comunicador] banco vazio: criando dados de demonstração…");
      await seedDemo(db);
    }
    const demo = await db.user.count({ where: { email: { in: DEMO_LOGINS.map((l) => l.email) } } });
    return demo > 0 ? DEMO_LOGINS : null;
  } finally {
    await db.$disconnect();
  }
}

/** Active demo accounts in a production database (seeded there by an older version): their password is public. */
export async function demoAccountsIn(databaseUrl: string): Promise<string[]> {
  const db = connect(databaseUrl);
  try {
    const users = await db.user.findMany({ where: { email: { in: DEMO_LOGINS.map((l) => l.email) }, active: true }, select: { email: true } });
    return users.map((u) => u.email);
  } finally {
    await db.$disconnect();
  }
}
