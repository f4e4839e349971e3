import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../generated/prisma/client";
import { registerSandboxTemplates } from "./sandbox-templates";

// Tells the WhatsApp sandbox which business numbers exist, so its phone page can write to them,
// and which templates Meta already holds for them.
export async function registerSandboxNumbers(databaseUrl: string, sandboxUrl: string) {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  try {
    const channels = await db.channel.findMany({ select: { phoneNumberId: true, wabaId: true, displayPhoneNumber: true, name: true } });
    for (const channel of channels) {
      await fetch(`${sandboxUrl}/_sandbox/numbers/${channel.phoneNumberId}`, {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ wabaId: channel.wabaId, displayPhoneNumber: channel.displayPhoneNumber, verifiedName: channel.name }),
      });
    }
    await registerSandboxTemplates(db, sandboxUrl);
    // The sandbox plays Meta: its page decides template reviews, which the app otherwise waits on.
    console.log(`\x1b[1m[comunicador]\x1b[0m revisão de templates (a Meta local): ${sandboxUrl}/#meta-review`);
  } finally {
    await db.$disconnect();
  }
}
