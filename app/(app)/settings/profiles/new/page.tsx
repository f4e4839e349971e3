import { Permission } from "@/server/auth/permissions";
import { currentUser, requireAny } from "../../../_components/current-user";
import { ProfileForm } from "../profile-form";

export default async function NewProfilePage() {
  requireAny(await currentUser(), [Permission.PROFILES_MANAGE]);
  return <ProfileForm />;
}
