import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { serverApi } from "@/app/_trpc/server";
import { LogoutButton } from "@/app/(app)/_components/logout-button";
import { MIN_PASSWORD_LENGTH } from "@/server/services/auth/password";
import { ChangePasswordForm } from "./change-password-form";

// Where the (app) layout sends a user signed in with a one-time password.
export default async function NewPasswordPage() {
  const api = await serverApi();
  const me = await api.me.get().catch(() => null);
  if (!me) redirect("/login");
  if (!me.mustChangePassword) redirect("/inbox");
  const t = await getTranslations("auth");
  return (
    <main className="flex min-h-screen items-center justify-center p-4">
      <div className="w-full max-w-sm rounded-card border border-line bg-surface p-8 shadow-sm">
        <h1 className="text-xl font-semibold">{t("newPassword.title")}</h1>
        <p className="mt-1 mb-6 text-sm text-ink-muted">{t("newPassword.description")}</p>
        <ChangePasswordForm email={me.email} minLength={MIN_PASSWORD_LENGTH} oneTime />
        <div className="mt-4 flex justify-center">
          <LogoutButton />
        </div>
      </div>
    </main>
  );
}
