import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { auth } from "@/server/auth";
import { LoginForm } from "./login-form";

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  if ((await auth())?.user) redirect("/inbox");
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
