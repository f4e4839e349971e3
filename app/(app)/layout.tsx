import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { publicRealtimeConfig } from "@/app/_realtime/realtime-config";
import { RealtimeProvider } from "@/app/_realtime/realtime-provider";
import { Permission, SETTINGS_PERMISSIONS } from "@/server/auth/permissions";
import { InboxNotifications } from "./inbox/_components/inbox-notifications";
import { InboxUserProvider } from "./inbox/_lib/inbox-user";
import { currentUser, hasAny } from "./_components/current-user";
import { LogoutButton } from "./_components/logout-button";
import { MainNav } from "./_components/main-nav";
import { UserMenu, type UserMenuLink } from "./_components/user-menu";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await currentUser();
  // A one-time password opens nothing but the screen that replaces it (the procedures refuse too).
  if (user.mustChangePassword) redirect("/new-password");
  // Brokers keep personal standard messages; the page also serves managers' global ones.
  const userLinks: UserMenuLink[] = [
    ...(hasAny(user, [Permission.INBOX_USE]) ? [{ href: "/settings/standard-messages", label: "myStandardMessages" as const }] : []),
    { href: "/account/password", label: "changePassword" },
  ];
  const items = [
    ...(hasAny(user, [Permission.INBOX_USE]) ? [{ href: "/inbox", label: "inbox" as const }, { href: "/leads", label: "leads" as const }] : []),
    ...(hasAny(user, [Permission.CAMPAIGNS]) ? [{ href: "/campaigns", label: "campaigns" as const }] : []),
    ...(hasAny(user, SETTINGS_PERMISSIONS) ? [{ href: "/settings", label: "settings" as const }] : []),
  ];
  // Realtime and notifications follow the broker on every page, not only the inbox; campaign
  // pages listen for progress, so Campanhas holders without the inbox get the socket too.
  const withInbox = hasAny(user, [Permission.INBOX_USE]) ? (
    <InboxUserProvider user={{ id: user.id, name: user.name, manages: hasAny(user, [Permission.INBOX_MANAGE]) }}>
      <InboxNotifications />
      {children}
    </InboxUserProvider>
  ) : (
    children
  );
  const withRealtime = hasAny(user, [Permission.INBOX_USE, Permission.CAMPAIGNS]) ? <RealtimeProvider config={publicRealtimeConfig()}>{withInbox}</RealtimeProvider> : withInbox;
  return (
    <div className="flex min-h-screen flex-col">
      <header className="flex h-14 items-center justify-between gap-2 border-b border-line bg-surface px-2 sm:gap-4 sm:px-4">
        <div className="flex min-w-0 items-center gap-2 overflow-x-auto sm:gap-4">
          <span className="hidden font-semibold text-brand sm:inline">Comunicador</span>
          <MainNav items={items} />
        </div>
        <div className="flex shrink-0 items-center gap-3 text-sm">
          <UserMenu name={user.name} links={userLinks} />
          <LogoutButton />
        </div>
      </header>
      <div className="flex-1">{withRealtime}</div>
    </div>
  );
}
