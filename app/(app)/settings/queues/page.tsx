import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/app/_components/ui/button";
import { PageHeader } from "@/app/_components/ui/card";
import { Permission } from "@/server/auth/permissions";
import { currentUser, requireAny } from "../../_components/current-user";
import { QueuesList } from "./queues-list";

export default async function QueuesPage() {
  requireAny(await currentUser(), [Permission.QUEUES_MANAGE]);
  const t = await getTranslations("queues");
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <Button asChild>
            <Link href="/settings/queues/new">{t("newQueue")}</Link>
          </Button>
        }
      />
      <QueuesList />
    </>
  );
}
