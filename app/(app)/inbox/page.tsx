import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { PageHeader } from "@/app/_components/ui/card";
import { Permission } from "@/server/auth/permissions";
import { currentUser, hasAny } from "../_components/current-user";
import { Forbidden } from "../_components/forbidden";

// The live inbox arrives with its own issue; until then brokers land here after login.
export default async function InboxPage() {
  if (!hasAny(await currentUser(), [Permission.INBOX_USE])) return <Forbidden />;
  const t = await getTranslations("inbox");
  return (
    <main className="mx-auto max-w-5xl p-6">
      <PageHeader title={t("title")} />
      <EmptyState title={t("empty")} />
    </main>
  );
}
