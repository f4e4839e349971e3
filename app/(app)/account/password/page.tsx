import { getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/app/_components/ui/card";
import { ChangePasswordForm } from "@/app/new-password/change-password-form";
import { MIN_PASSWORD_LENGTH } from "@/server/services/auth/password";
import { currentUser } from "../../_components/current-user";

export default async function ChangePasswordPage() {
  const user = await currentUser();
  const t = await getTranslations("auth.changePassword");
  return (
    <main className="mx-auto max-w-md p-4 md:p-6">
      <PageHeader title={t("title")} description={t("description")} />
      <Card>
        <ChangePasswordForm email={user.email} minLength={MIN_PASSWORD_LENGTH} oneTime={false} />
      </Card>
    </main>
  );
}
