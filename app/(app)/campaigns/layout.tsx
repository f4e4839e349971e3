import type { ReactNode } from "react";
import { Permission } from "@/server/auth/permissions";
import { currentUser, requireAny } from "../_components/current-user";

// Checked here, above the pages' loading.tsx: a refusal thrown inside a streamed page would keep HTTP 200.
export default async function CampaignsLayout({ children }: { children: ReactNode }) {
  requireAny(await currentUser(), [Permission.CAMPAIGNS]);
  return children;
}
