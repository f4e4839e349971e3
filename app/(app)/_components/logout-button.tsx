import { getTranslations } from "next-intl/server";
import { Button } from "@/app/_components/ui/button";
import { signOut } from "@/server/auth";

export async function LogoutButton() {
  const t = await getTranslations("auth");
  async function logout() {
    "use server";
    await signOut({ redirectTo: "/login" });
  }
  return (
    <form action={logout}>
      <Button type="submit" variant="ghost" size="sm">
        {t("logout")}
      </Button>
    </form>
  );
}
