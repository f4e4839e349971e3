// Support for the leads e2e specs: direct database access to seed records of their own.
import { PrismaPg } from "@prisma/adapter-pg";
import { existsSync, readFileSync } from "node:fs";
import { e2eDatabaseUrlFile } from "../dev/launcher/e2e-database-url";
import { PrismaClient } from "../generated/prisma/client";
import { seedLead } from "../prisma/seed/leads";
import { uniqueSuffix } from "../prisma/seed/unique";

// The e2e launcher records the fresh database it created for this run (dev/launcher/main.ts).
export function currentE2eDatabaseUrl(): string {
  if (process.env.E2E_DATABASE_URL) return process.env.E2E_DATABASE_URL;
  const file = e2eDatabaseUrlFile(process.cwd(), Number(process.env.E2E_PORT ?? 3100));
  if (!existsSync(file)) throw new Error(`e2e: ${file} não existe — o launcher de e2e não rodou?`);
  return readFileSync(file, "utf8").trim();
}

let db: Promise<PrismaClient> | undefined;

export function e2eDb(): Promise<PrismaClient> {
  db ??= Promise.resolve(new PrismaClient({ adapter: new PrismaPg({ connectionString: currentE2eDatabaseUrl() }) }));
  return db;
}

/** A fresh lead in Residencial Jardins owned by the user with `ownerEmail`, seeded with the seed factories. */
export async function seedJardinsLead(ownerEmail: string, name = `Lead Nova Conversa ${uniqueSuffix()}`) {
  const db = await e2eDb();
  const owner = await db.user.findUniqueOrThrow({ where: { email: ownerEmail } });
  const jardins = await db.development.findUniqueOrThrow({ where: { name: "Residencial Jardins" } });
  return seedLead(db, { name, ownerId: owner.id, developmentIds: [jardins.id] });
}
