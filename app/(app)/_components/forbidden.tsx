import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/app/_components/ui/empty-state";

export async function Forbidden() {
  const t = await getTranslations("errors");
  return (
    <div role="alert" data-testid="forbidden">
      <EmptyState title={t("page.forbidden")} hint={t("page.forbiddenHint")} />
    </div>
  );
}
