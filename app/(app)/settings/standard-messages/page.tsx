import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/app/_components/ui/card";
import { Permission } from "@/server/auth/permissions";
import { currentUser, requireAny } from "../../_components/current-user";
import { StandardMessagesScreen } from "./standard-messages-screen";

// Managers keep the global messages here; brokers (INBOX_USE) keep their personal ones.
export default async function StandardMessagesPage() {
  const user = await currentUser();
  requireAny(user, [Permission.STANDARD_MESSAGES_MANAGE, Permission.INBOX_USE]);
  const t = await getTranslations("standardMessages");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <StandardMessagesScreen agentName={user.name} />
    </>
  );
}
