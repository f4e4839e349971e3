import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { serverApi } from "@/app/_trpc/server";
import { LoginForm } from "./login-form";

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  // Only a session the server still accepts skips the form: a JWT ended by a password change or a
  // deactivation would otherwise bounce between here and the app's pages.
  const me = await (await serverApi()).me.get().catch(() => null);
  if (me) redirect(me.mustChangePassword ? "/new-password" : "/inbox");
  const { callbackUrl } = await searchParams;
  const t = await getTranslations("auth");
  return (
    <main className="flex min-h-screen items-center justify-center p-4">
      <div className="w-full max-w-sm rounded-card border border-line bg-surface p-8 shadow-sm">
        <h1 className="text-xl font-semibold">{t("title")}</h1>
        <p className="mt-1 mb-6 text-sm text-ink-muted">{t("subtitle")}</p>
        <LoginForm callbackUrl={callbackUrl ?? "/inbox"} />
      </div>
    </main>
  );
}
