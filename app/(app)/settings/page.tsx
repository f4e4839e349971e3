import { redirect } from "next/navigation";
import { currentUser, hasAny } from "../_components/current-user";
import { SETTINGS_SECTIONS, sectionPermissions } from "./sections";

export default async function SettingsIndex() {
  const user = await currentUser();
  const first = SETTINGS_SECTIONS.find((s) => hasAny(user, sectionPermissions(s)));
  redirect(first?.href ?? "/inbox");
}
