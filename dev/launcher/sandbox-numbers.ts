import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../generated/prisma/client";

// Tells the WhatsApp sandbox which business numbers exist, so its phone page can write to them.
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
  } finally {
    await db.$disconnect();
  }
}
