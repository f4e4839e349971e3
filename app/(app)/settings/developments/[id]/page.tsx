import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Permission } from "@/server/auth/permissions";
import { currentUser, hasAny } from "../../../_components/current-user";
import { Forbidden } from "../../../_components/forbidden";
import { DevelopmentDetail } from "./development-detail";

export default async function DevelopmentPage({ params }: { params: Promise<{ id: string }> }) {
  if (!hasAny(await currentUser(), [Permission.DEVELOPMENTS_MANAGE])) return <Forbidden />;
  const { id } = await params;
  const t = await getTranslations("developments");
  return (
    <>
      <Link href="/settings/developments" className="text-sm text-brand hover:underline">
        ← {t("backToList")}
      </Link>
      <DevelopmentDetail developmentId={id} />
    </>
  );
}
