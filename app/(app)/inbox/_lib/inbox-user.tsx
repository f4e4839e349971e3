"use client";

import { createContext, useContext, type ReactNode } from "react";

export type InboxUser = { id: string; name: string; manages: boolean };

const InboxUserContext = createContext<InboxUser | null>(null);

export function InboxUserProvider({ user, children }: { user: InboxUser; children: ReactNode }) {
  return <InboxUserContext.Provider value={user}>{children}</InboxUserContext.Provider>;
}

export function useInboxUser(): InboxUser {
  const user = useContext(InboxUserContext);
  if (!user) throw new Error("useInboxUser must be used inside <InboxUserProvider>");
  return user;
}
