import { getTranslations } from "next-intl/server";
import { Permission } from "@/server/auth/permissions";
import { currentUser, requireAny } from "../../_components/current-user";
import { ListPageHeader } from "../_components/list-page-header";
import { QueuesList } from "./queues-list";

export default async function QueuesPage() {
  requireAny(await currentUser(), [Permission.QUEUES_MANAGE]);
  const t = await getTranslations("queues");
  return (
    <>
      <ListPageHeader title={t("title")} description={t("description")} newHref="/settings/queues/new" newLabel={t("newQueue")} />
      <QueuesList />
    </>
  );
}
