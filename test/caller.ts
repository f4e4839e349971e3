import { createCaller } from "@/server/api/root";
import { testDb } from "./db";

export function callerFor(user: { id: string } | null) {
  return createCaller({ db: testDb(), session: user ? { user: { id: user.id } } : null, locale: "pt-BR" });
}
