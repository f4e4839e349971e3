import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Permission } from "@/server/auth/permissions";
import { currentUser, requireAny } from "../../../_components/current-user";
import { DevelopmentDetail } from "./development-detail";

export default async function DevelopmentPage({ params }: { params: Promise<{ id: string }> }) {
  requireAny(await currentUser(), [Permission.DEVELOPMENTS_MANAGE]);
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
